// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace pasapas
{

/// The owner-only (0700) folder that holds session folders: in the runtime
/// folder (private, usually in memory), else in the temporary folder with the
/// user id in its name. Created if needed; empty if it cannot be made private
/// (for instance a folder of that name owned by someone else).
[[nodiscard]] QString sessionFoldersBase();

/// A private folder for the documents downloaded during one session,
/// base/session-XXXXXX, removed with everything in it when the session ends.
/// A lock file beside it (base/session-XXXXXX.lock) tells other processes
/// that its owner is alive; removeLeftoverSessionFolders() clears the folders
/// whose owner crashed.
class SessionFolder
{
public:
    explicit SessionFolder(const QString &base = sessionFoldersBase());
    ~SessionFolder();
    SessionFolder(SessionFolder &&other) noexcept;
    /// Removes this folder first, then takes the other one.
    SessionFolder &operator=(SessionFolder &&other) noexcept;
    SessionFolder(const SessionFolder &) = delete;
    SessionFolder &operator=(const SessionFolder &) = delete;

    /// The folder was created and is locked; false after remove().
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString path() const;
    /// The path for a file of that name in the folder. Only the last part of
    /// name is used, so that no name leads outside; empty for "", "." and "..".
    [[nodiscard]] QString filePath(const QString &name) const;
    /// File names in the folder, newest first.
    [[nodiscard]] QStringList files() const;

    /// Deletes the folder with its contents, then releases the lock. Whether
    /// the folder is gone; the object is invalid afterwards in any case.
    bool remove();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

/// Removes the session folders in base whose owner is gone: no lock file, or
/// a lock file of a process that no longer runs. Folders of living sessions
/// (of this process or another) stay. Returns the removed folders' paths.
QStringList removeLeftoverSessionFolders(const QString &base = sessionFoldersBase());

} // namespace pasapas
