// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pasapas
{

/// Prepares Qt WebEngine. Must run before the QGuiApplication is created.
/// Cheap: no browser profile or renderer is started here. Remote debugging
/// is turned off whatever the environment asks.
void initializeWebEngine();

/// Chromium flags without the ones that open developer tools or a debugging port.
[[nodiscard]] QString withoutDebuggingFlags(const QString &chromiumFlags);

} // namespace pasapas
