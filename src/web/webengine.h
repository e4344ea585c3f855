// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagefailure.h"

#include <QWebEngineLoadingInfo>

namespace pasapas
{

/// Prepares Qt WebEngine. Must run before the QGuiApplication is created.
/// Cheap: no browser profile or renderer is started here. Remote debugging
/// is turned off whatever the environment asks.
void initializeWebEngine();

/// What a failed load of the web view means (classifyFailedLoad() on its
/// error); nothing for a load that did not fail.
[[nodiscard]] LoadVerdict failedLoadVerdict(QWebEngineLoadingInfo::LoadStatus status, QWebEngineLoadingInfo::ErrorDomain errorDomain, int errorCode);

} // namespace pasapas
