// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QQuickItem>
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

/// Finds a visible item by objectName, walking the visual tree (pages pushed
/// on Kirigami's page stack are not QObject children of the window).
inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root) {
        return nullptr;
    }
    if (root->objectName() == name) {
        return root;
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace pasapas::test
