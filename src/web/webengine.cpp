// SPDX-License-Identifier: GPL-3.0-or-later
#include "webengine.h"
#include "navigationpolicy.h"
#include "sessionprofile.h"

#include <QCoreApplication>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

using namespace Qt::StringLiterals;

namespace pasapas
{

void initializeWebEngine()
{
    // No remote developer tools: they would open every session to whoever connects.
    qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    const QString flags = qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.isEmpty()) {
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", withoutDebuggingFlags(flags).toLocal8Bit());
    }
    SessionProfile::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QtWebEngineQuick::initialize();
}

} // namespace pasapas
