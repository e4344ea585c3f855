// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchsupport.h"
#include "guisupport.h"

#include <QQuickWindow>

namespace pasapas::bench
{

/// The window's next frame drawn, waited for live (see waitLive).
inline bool frameDrawn(QQuickWindow *window, int timeoutMs = 2000)
{
    const int before = test::framesDrawn(window);
    window->update();
    return waitLive(
        [&] {
            return test::framesDrawn(window) > before;
        },
        timeoutMs);
}

} // namespace pasapas::bench
