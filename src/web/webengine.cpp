// SPDX-License-Identifier: GPL-3.0-or-later
#include "webengine.h"
#include "sessionprofile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

using namespace Qt::StringLiterals;

namespace pasapas
{

QString withoutDebuggingFlags(const QString &chromiumFlags)
{
    QStringList kept;
    const QStringList flags = chromiumFlags.split(u' ', Qt::SkipEmptyParts);
    for (const QString &flag : flags) {
        if (!flag.startsWith(u"--remote-debugging"_s) && !flag.startsWith(u"--auto-open-devtools"_s) && !flag.startsWith(u"--remote-allow-origins"_s)) {
            kept.append(flag);
        }
    }
    return kept.join(u' ');
}

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
