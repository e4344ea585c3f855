// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace pasapas
{

/// The activity journal: a SQLite file (Qt SQL, QSQLITE) with one row per
/// session and one per step whose target was looked for. Its schema is
/// versioned (PRAGMA user_version) and migrated when opened; rows older
/// than 13 months go at each opening. A file that cannot be used (corrupt,
/// locked by another program) is moved aside and a fresh one is started,
/// with a message for the mediator space: the journal never stops a session,
/// it only fails to record.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(pasapas::Journal)

public:
    /// The schema version this build writes.
    static constexpr int kSchemaVersion = 2;
    /// How long rows are kept.
    static constexpr int kKeepMonths = 13;

    /// When the file is opened: at once, or at the first call that needs it
    /// (the app's start does not wait for SQLite).
    enum class Opening {
        Now,
        OnFirstUse,
    };

    /// Opens (or creates) the file, now or on first use; now decides what the purge at opening removes.
    explicit Journal(const QString &filePath, const QDateTime &now = QDateTime::currentDateTimeUtc(), Opening opening = Opening::Now);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /// The default file: journal.sqlite in the app's data folder.
    [[nodiscard]] static QString defaultPath();

    [[nodiscard]] bool isOpen()
    {
        ensureOpen();
        return m_db.isOpen();
    }
    /// Whether the file was opened (or tried) yet: false until the first use with Opening::OnFirstUse.
    [[nodiscard]] bool opened() const
    {
        return !m_openAt.isValid();
    }
    [[nodiscard]] QString filePath() const
    {
        return m_path;
    }
    /// What went wrong, in French for the mediator space; empty when all is well.
    [[nodiscard]] QString problem()
    {
        ensureOpen();
        return m_problem;
    }
    /// Where an unusable file was moved, when one was.
    [[nodiscard]] QString setAside()
    {
        ensureOpen();
        return m_setAside;
    }
    /// The connection, for queries (ActivityQuery). Invalid when the journal could not open.
    [[nodiscard]] QSqlDatabase database()
    {
        ensureOpen();
        return m_db;
    }

    /// Writes one session and its steps in one transaction. False (and
    /// problem()) when it could not: the caller goes on.
    bool record(const SessionRecord &session);
    /// Removes the sessions that started before now minus kKeepMonths. Returns how many went.
    int purge(const QDateTime &now);

private:
    /// Opens the file if it was left for the first use.
    void ensureOpen();
    bool openFile(const QDateTime &now);
    bool migrate();
    void close();
    void moveAside(const QString &why);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_problem;
    QString m_openError; ///< why the file could not be opened, as SQLite says it
    QString m_setAside;
    QDateTime m_openAt; ///< the purge's "now" while the opening waits for the first use; invalid once opened
};

} // namespace pasapas
