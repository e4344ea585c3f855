// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// One list of statements per schema version: migrations[n] takes version n to n + 1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 0 → 1: sessions and the locators' outcomes per step.
        {
            u"CREATE TABLE sessions ("
            "id INTEGER PRIMARY KEY, guide_id TEXT NOT NULL, guide_version INTEGER NOT NULL, category TEXT NOT NULL,"
            " interface_language TEXT NOT NULL, guide_language TEXT NOT NULL, mode TEXT NOT NULL,"
            " start_hour TEXT NOT NULL, duration_bucket TEXT NOT NULL, steps_reached INTEGER NOT NULL, steps_total INTEGER NOT NULL,"
            " outcome TEXT NOT NULL, stop_step INTEGER NOT NULL DEFAULT 0,"
            " stuck_presses INTEGER NOT NULL DEFAULT 0, recoveries INTEGER NOT NULL DEFAULT 0,"
            " takeovers INTEGER NOT NULL DEFAULT 0, help_calls INTEGER NOT NULL DEFAULT 0,"
            " read_aloud INTEGER NOT NULL DEFAULT 0, text_scale REAL NOT NULL DEFAULT 1)"_s,
            u"CREATE TABLE step_outcomes ("
            "session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, step_index INTEGER NOT NULL,"
            " step_id TEXT NOT NULL, first_time INTEGER NOT NULL DEFAULT 0, fallback INTEGER NOT NULL DEFAULT 0,"
            " missing INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (session_id, step_index))"_s,
        },
        // 1 → 2: the dashboard reads by period, and guide health by guide.
        {
            u"CREATE INDEX sessions_by_start ON sessions(start_hour)"_s,
            u"CREATE INDEX step_outcomes_by_session ON step_outcomes(session_id)"_s,
        },
    };
    return steps;
}

bool run(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        qCWarning(lcJournal, "%s: %s", qPrintable(sql.left(60)), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}
} // namespace

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

Journal::Journal(const QString &filePath, const QDateTime &now, Opening opening)
    : m_path(filePath)
    , m_connection(u"pasapas-journal-%1"_s.arg(quintptr(this), 0, 16))
    , m_openAt(now.isValid() ? now : QDateTime::currentDateTimeUtc())
{
    if (opening == Opening::Now) {
        ensureOpen();
    }
}

void Journal::ensureOpen()
{
    if (!m_openAt.isValid()) {
        return;
    }
    const QDateTime now = m_openAt;
    m_openAt = QDateTime();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (openFile(now)) {
        return;
    }
    close();
    moveAside(m_openError);
    if (!openFile(now)) {
        m_problem = tr("Le journal d'activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.").arg(m_openError);
        close();
    }
}

Journal::~Journal()
{
    close();
}

bool Journal::openFile(const QDateTime &now)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    // A file another program holds is not waited for long: the app must go on.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=300"_s);
    const auto failed = [this](const QSqlError &error) {
        m_openError = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        return false;
    };
    if (!m_db.open()) {
        return failed(m_db.lastError());
    }
    QSqlQuery query(m_db);
    // A corrupt file fails here ("file is not a database", or a check that is not "ok"),
    // and a file another program is writing ("database is locked").
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
        return failed(query.lastError());
    }
    if (query.value(0).toString() != u"ok") {
        m_openError = query.value(0).toString();
        return false;
    }
    if (!run(query, u"PRAGMA foreign_keys = ON"_s) || !run(query, u"PRAGMA secure_delete = ON"_s)) {
        return failed(query.lastError());
    }
    if (!m_db.transaction()) {
        return failed(m_db.lastError());
    }
    if (!migrate()) {
        m_db.rollback();
        return failed(QSqlError(QString(), tr("version du fichier inconnue"), QSqlError::UnknownError));
    }
    if (!m_db.commit()) {
        return failed(m_db.lastError());
    }
    purge(now);
    return true;
}

bool Journal::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        qCWarning(lcJournal, "the journal's schema is version %d, newer than this app's %d", version, kSchemaVersion);
        return false;
    }
    for (int v = version; v < kSchemaVersion; ++v) {
        for (const QString &sql : migrations().at(v)) {
            if (!run(query, sql)) {
                return false;
            }
        }
    }
    return version == kSchemaVersion || run(query, u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
}

void Journal::close()
{
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void Journal::moveAside(const QString &why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString target = m_path + u".unusable-"_s + stamp;
    if (QFile::rename(m_path, target)) {
        QFile::remove(m_path + u"-journal"_s);
        m_setAside = target;
        m_problem = tr("Le journal d'activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.")
                        .arg(why, QFileInfo(target).fileName());
    } else {
        QFile::remove(m_path);
        m_problem = tr("Le journal d'activité était illisible ou bloqué (%1). Un nouveau journal a commencé.").arg(why);
    }
    qCWarning(lcJournal, "%s", qPrintable(m_problem));
}

int Journal::purge(const QDateTime &now)
{
    ensureOpen();
    if (!m_db.isOpen()) {
        return 0;
    }
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM sessions WHERE start_hour < ?"_s);
    query.addBindValue(startHour(now.toUTC().addMonths(-kKeepMonths)));
    if (!query.exec()) {
        qCWarning(lcJournal, "purge: %s", qPrintable(query.lastError().text()));
        return 0;
    }
    return query.numRowsAffected();
}

bool Journal::record(const SessionRecord &s)
{
    ensureOpen();
    if (!m_db.isOpen()) {
        return false;
    }
    QSqlQuery query(m_db);
    const auto fail = [&] {
        m_problem = tr("Une session n'a pas pu être comptée dans le journal d'activité (%1).").arg(query.lastError().text());
        qCWarning(lcJournal, "%s", qPrintable(m_problem));
        m_db.rollback();
        return false;
    };
    if (!m_db.transaction()) {
        return fail();
    }
    query.prepare(
        u"INSERT INTO sessions (guide_id, guide_version, category, interface_language, guide_language, mode, start_hour,"
        " duration_bucket, steps_reached, steps_total, outcome, stop_step, stuck_presses, recoveries, takeovers, help_calls,"
        " read_aloud, text_scale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : QVariantList{s.guideId,
                                              s.guideVersion,
                                              s.category,
                                              s.interfaceLanguage,
                                              s.guideLanguage,
                                              s.selfService ? u"self-service"_s : u"accompanied"_s,
                                              startHour(s.start),
                                              durationBucket(s.durationSeconds),
                                              s.stepsReached,
                                              s.stepsTotal,
                                              outcomeKey(s.outcome),
                                              s.outcome == SessionOutcome::Finished ? 0 : s.stopStep,
                                              s.stuckPresses,
                                              s.recoveries,
                                              s.takeovers,
                                              s.helpCalls,
                                              s.readAloud ? 1 : 0,
                                              std::round(s.textScale * 4) / 4}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return fail();
    }
    const qint64 sessionId = query.lastInsertId().toLongLong();
    query.prepare(u"INSERT INTO step_outcomes (session_id, step_index, step_id, first_time, fallback, missing) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const StepTally &step : s.steps) {
        for (const QVariant &value : QVariantList{sessionId, step.index, step.stepId, step.firstTime, step.fallback, step.missing}) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return fail();
        }
    }
    return m_db.commit() || fail();
}

} // namespace pasapas
