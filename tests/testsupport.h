// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QString>

#include <unistd.h>

namespace pasapas::test
{

/// Qt WebEngine refuses to start its sandbox as root. Tests run as root on
/// CI machines: only then is the sandbox turned off, never for a normal user.
inline void allowWebEngineAsRoot()
{
    if (::geteuid() == 0) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
}

inline QString screenshotPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(PASAPAS_SCREENSHOT_DIR));
    return QStringLiteral(PASAPAS_SCREENSHOT_DIR) + QLatin1Char('/') + name;
}

inline QString testData(const QString &relative)
{
    return QStringLiteral(PASAPAS_TEST_DATA) + QLatin1Char('/') + relative;
}

} // namespace pasapas::test
