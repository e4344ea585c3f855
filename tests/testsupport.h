// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <unistd.h>
#include <utility>

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

/// The folders the app, Qt and the browser could write to (the XDG folders
/// and TMPDIR), made under root, private to their owner: each variable's
/// name and its folder. cacheDir, when given, is XDG_CACHE_HOME's folder.
inline QList<std::pair<const char *, QString>> makePrivateFolders(const QString &root, const QString &cacheDir = {})
{
    QList<std::pair<const char *, QString>> folders;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const bool kept = !cacheDir.isEmpty() && qstrcmp(name, "XDG_CACHE_HOME") == 0;
        const QString path = kept ? cacheDir : root + u'/' + QString::fromLatin1(name).toLower();
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        folders.append({name, path});
    }
    return folders;
}

/// Every folder the app, Qt and the browser could write to (the XDG
/// folders and TMPDIR) under one private temporary root: the test starts
/// from nothing (no PIN, no saved settings) and leaves nothing behind.
/// Make it before the QGuiApplication and keep it to the end.
class PrivateFolders
{
public:
    PrivateFolders()
    {
        for (const auto &[name, path] : makePrivateFolders(m_root.path())) {
            qputenv(name, path.toLocal8Bit());
        }
    }
    bool isValid() const
    {
        return m_root.isValid();
    }
    QString path() const
    {
        return m_root.path();
    }

private:
    QTemporaryDir m_root;
};

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
