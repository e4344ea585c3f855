// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <unistd.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QString folderPrefix = u"session-"_s;
const QString lockSuffix = u".lock"_s;

/// Creates the folder owner-only if missing; true when it is a real folder of
/// ours, set to 0700.
bool makePrivateFolder(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QDir().mkdir(path, ownerOnly);
    }
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isDir() || info.ownerId() != ::getuid()) {
        return false;
    }
    return QFile::setPermissions(path, ownerOnly);
}

QString randomSuffix()
{
    static constexpr QLatin1StringView characters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    QString suffix;
    for (int i = 0; i < 6; ++i) {
        suffix.append(characters.at(QRandomGenerator::global()->bounded(int(characters.size()))));
    }
    return suffix;
}

} // namespace

QString sessionFoldersBase()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // Without a runtime folder (no XDG_RUNTIME_DIR), a per-user name in the shared temporary folder.
    const QString base = runtime.isEmpty() ? u"%1/pasapas-sessions-%2"_s.arg(QDir::tempPath()).arg(::getuid()) : runtime + u"/pasapas-sessions"_s;
    return makePrivateFolder(base) ? base : QString();
}

SessionFolder::SessionFolder(const QString &base)
{
    if (base.isEmpty()) {
        return;
    }
    const QDir dir(base);
    // The lock comes before the folder, so that no living session's folder is
    // ever without its lock.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QString name = folderPrefix + randomSuffix();
        auto lock = std::make_unique<QLockFile>(dir.filePath(name + lockSuffix));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) {
                continue; // name in use
            }
            return;
        }
        if (dir.mkdir(name, ownerOnly)) {
            m_path = dir.filePath(name);
            m_lock = std::move(lock);
            return;
        }
        if (!QFileInfo::exists(dir.filePath(name))) {
            return; // not a name clash: the folder cannot be made
        }
    }
}

SessionFolder::~SessionFolder()
{
    remove();
}

SessionFolder::SessionFolder(SessionFolder &&other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
    , m_lock(std::move(other.m_lock))
{
}

SessionFolder &SessionFolder::operator=(SessionFolder &&other) noexcept
{
    if (this != &other) {
        remove();
        m_path = std::exchange(other.m_path, QString());
        m_lock = std::move(other.m_lock);
    }
    return *this;
}

bool SessionFolder::isValid() const
{
    return !m_path.isEmpty();
}

QString SessionFolder::path() const
{
    return m_path;
}

QString SessionFolder::filePath(const QString &name) const
{
    const QString fileName = QFileInfo(name).fileName();
    if (m_path.isEmpty() || fileName.isEmpty() || fileName == u"."_s || fileName == u".."_s) {
        return {};
    }
    return m_path + u'/' + fileName;
}

QStringList SessionFolder::files() const
{
    if (m_path.isEmpty()) {
        return {};
    }
    return QDir(m_path).entryList(QDir::Files | QDir::Hidden, QDir::Time);
}

bool SessionFolder::remove()
{
    if (m_path.isEmpty()) {
        return false;
    }
    const bool removed = QDir(m_path).removeRecursively();
    m_path.clear();
    // Released even if something stayed: the next clean-up removes it.
    m_lock.reset();
    return removed;
}

QStringList removeLeftoverSessionFolders(const QString &base)
{
    QStringList removed;
    if (base.isEmpty()) {
        return removed;
    }
    const QDir dir(base);
    const QStringList folders = dir.entryList({folderPrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
    for (const QString &name : folders) {
        // Only a dead owner's lock can be taken (QLockFile checks the process
        // id); never by age, as a session may last for hours.
        QLockFile lock(dir.filePath(name + lockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            continue;
        }
        const QString path = dir.filePath(name);
        if (QDir(path).removeRecursively()) {
            removed.append(path);
        }
        // The lock file goes when `lock` does, after the folder.
    }
    // Lock files whose folder is gone (a crash between the two).
    const QStringList locks = dir.entryList({folderPrefix + u'*' + lockSuffix}, QDir::Files | QDir::Hidden);
    for (const QString &name : locks) {
        if (!QFileInfo::exists(dir.filePath(name.chopped(lockSuffix.size())))) {
            QLockFile lock(dir.filePath(name));
            lock.setStaleLockTime(0);
            lock.tryLock(0); // taken only if stale, and deleted at once
        }
    }
    return removed;
}

} // namespace pasapas
