// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pasapas
{

/// Prepares Qt WebEngine. Must run before the QGuiApplication is created.
/// Cheap: no browser profile or renderer is started here. Remote debugging
/// is turned off whatever the environment asks.
void initializeWebEngine();

} // namespace pasapas
