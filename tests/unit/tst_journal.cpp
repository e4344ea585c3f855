// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycsv.h"
#include "activitymodel.h"
#include "activityquery.h"
#include "journal.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
const QDateTime now(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::UTC);

SessionRecord session(const QString &guideId, SessionOutcome outcome, const QDateTime &start = now.addDays(-1))
{
    SessionRecord s;
    s.guideId = guideId;
    s.guideVersion = 3;
    s.category = guideId.startsWith(u"caf") ? u"family"_s : u"work"_s;
    s.interfaceLanguage = u"ar"_s;
    s.guideLanguage = u"fr"_s;
    s.start = start;
    s.durationSeconds = 17 * 60 + 4;
    s.stepsTotal = 6;
    s.outcome = outcome;
    s.stepsReached = outcome == SessionOutcome::Finished ? 6 : 3;
    s.stopStep = outcome == SessionOutcome::Finished ? 0 : 3;
    s.steps = {{0, u"start"_s, 1, 0, 0}, {1, u"email"_s, 0, 2, 1}};
    return s;
}

/// Opens the file with its own connection, for looking at it as it is.
class Raw
{
public:
    explicit Raw(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Raw()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(u"raw"_s);
    }
    QVariant one(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql);
    }
    QSqlDatabase m_db;
};
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const
    {
        return m_dir.filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void writesOneRowPerSessionAndOnePerStep()
    {
        const QString file = path(u"write.sqlite"_s);
        {
            Journal journal(file, now);
            QVERIFY(journal.isOpen());
            QVERIFY(journal.problem().isEmpty());
            QVERIFY(journal.record(session(u"ft-inscription"_s, SessionOutcome::Abandoned, QDateTime(QDate(2026, 11, 19), QTime(14, 37, 12), QTimeZone::UTC))));
        }
        Raw raw(file);
        QCOMPARE(raw.one(u"SELECT COUNT(*) FROM sessions"_s).toInt(), 1);
        // Only the hour and a bucket of the time, never the exact time.
        QCOMPARE(raw.one(u"SELECT start_hour FROM sessions"_s).toString(), u"2026-11-19T14:00Z"_s);
        QCOMPARE(raw.one(u"SELECT duration_bucket FROM sessions"_s).toString(), u"15-30"_s);
        QCOMPARE(raw.one(u"SELECT outcome || ' ' || stop_step || '/' || steps_total FROM sessions"_s).toString(), u"abandoned 3/6"_s);
        QCOMPARE(raw.one(u"SELECT group_concat(step_id || ':' || first_time || fallback || missing, ' ') FROM step_outcomes"_s).toString(),
                 u"start:100 email:021"_s);
        QCOMPARE(raw.one(u"PRAGMA user_version"_s).toInt(), Journal::kSchemaVersion);
    }

    /// Anonymous by construction: a new column fails here until it is reviewed and added.
    void columnsAreOnTheReviewedAllowList()
    {
        const QString file = path(u"columns.sqlite"_s);
        { Journal journal(file, now); }
        const QSet<QString> reviewed{
            u"sessions.id"_s, u"sessions.guide_id"_s, u"sessions.guide_version"_s, u"sessions.category"_s,
            u"sessions.interface_language"_s, u"sessions.guide_language"_s, u"sessions.mode"_s, u"sessions.start_hour"_s,
            u"sessions.duration_bucket"_s, u"sessions.steps_reached"_s, u"sessions.steps_total"_s, u"sessions.outcome"_s,
            u"sessions.stop_step"_s, u"sessions.stuck_presses"_s, u"sessions.recoveries"_s, u"sessions.takeovers"_s,
            u"sessions.help_calls"_s, u"sessions.read_aloud"_s, u"sessions.text_scale"_s,
            u"step_outcomes.session_id"_s, u"step_outcomes.step_index"_s, u"step_outcomes.step_id"_s,
            u"step_outcomes.first_time"_s, u"step_outcomes.fallback"_s, u"step_outcomes.missing"_s,
        };
        Raw raw(file);
        QSet<QString> columns;
        QSqlQuery tables(raw.m_db);
        QVERIFY(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
        while (tables.next()) {
            QSqlQuery info(raw.m_db);
            QVERIFY(info.exec(u"PRAGMA table_info(%1)"_s.arg(tables.value(0).toString())));
            while (info.next()) {
                columns.insert(tables.value(0).toString() + u'.' + info.value(1).toString());
            }
        }
        QCOMPARE(columns - reviewed, QSet<QString>());
        QCOMPARE(reviewed - columns, QSet<QString>());
    }

    void migratesAVersionOneFile()
    {
        const QString file = path(u"v1.sqlite"_s);
        {
            Raw raw(file);
            QVERIFY(raw.exec(u"CREATE TABLE sessions (id INTEGER PRIMARY KEY, guide_id TEXT NOT NULL, guide_version INTEGER NOT NULL, category TEXT NOT NULL,"
                             " interface_language TEXT NOT NULL, guide_language TEXT NOT NULL, mode TEXT NOT NULL, start_hour TEXT NOT NULL,"
                             " duration_bucket TEXT NOT NULL, steps_reached INTEGER NOT NULL, steps_total INTEGER NOT NULL, outcome TEXT NOT NULL,"
                             " stop_step INTEGER NOT NULL DEFAULT 0, stuck_presses INTEGER NOT NULL DEFAULT 0, recoveries INTEGER NOT NULL DEFAULT 0,"
                             " takeovers INTEGER NOT NULL DEFAULT 0, help_calls INTEGER NOT NULL DEFAULT 0, read_aloud INTEGER NOT NULL DEFAULT 0,"
                             " text_scale REAL NOT NULL DEFAULT 1)"_s));
            QVERIFY(raw.exec(u"CREATE TABLE step_outcomes (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                             " step_index INTEGER NOT NULL, step_id TEXT NOT NULL, first_time INTEGER NOT NULL DEFAULT 0,"
                             " fallback INTEGER NOT NULL DEFAULT 0, missing INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (session_id, step_index))"_s));
            QVERIFY(raw.exec(u"INSERT INTO sessions (guide_id, guide_version, category, interface_language, guide_language, mode, start_hour,"
                             " duration_bucket, steps_reached, steps_total, outcome) VALUES ('caf-rsa', 1, 'family', 'fr', 'fr', 'accompanied',"
                             " '2026-10-02T09:00Z', '5-15', 4, 4, 'finished')"_s));
            QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
        }
        Journal journal(file, now);
        QVERIFY(journal.isOpen());
        QVERIFY(journal.problem().isEmpty());
        Raw raw(file);
        QCOMPARE(raw.one(u"PRAGMA user_version"_s).toInt(), 2);
        QCOMPARE(raw.one(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'sessions_by_start'"_s).toInt(), 1);
        QCOMPARE(raw.one(u"SELECT guide_id FROM sessions"_s).toString(), u"caf-rsa"_s);
    }

    void removesRowsOlderThanThirteenMonthsAtStart()
    {
        const QString file = path(u"purge.sqlite"_s);
        {
            Journal journal(file, now);
            QVERIFY(journal.record(session(u"old"_s, SessionOutcome::Finished, now.addMonths(-13).addDays(-1))));
            QVERIFY(journal.record(session(u"kept"_s, SessionOutcome::Finished, now.addMonths(-13).addDays(1))));
        }
        { Journal journal(file, now); }
        Raw raw(file);
        QCOMPARE(raw.one(u"SELECT group_concat(guide_id) FROM sessions"_s).toString(), u"kept"_s);
        // The old session's steps went with it.
        QCOMPARE(raw.one(u"SELECT COUNT(*) FROM step_outcomes"_s).toInt(), 2);
    }

    void corruptFileIsMovedAsideAndAFreshOneStarts()
    {
        const QString file = path(u"corrupt.sqlite"_s);
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, '\x5a'));
        garbage.close();
        Journal journal(file, now);
        QVERIFY(journal.isOpen());
        QVERIFY2(journal.problem().contains(u"mis de côté"_s), qPrintable(journal.problem()));
        QVERIFY(QFile::exists(journal.setAside()));
        QCOMPARE(QFileInfo(journal.setAside()).size(), 4096);
        QVERIFY(journal.record(session(u"after"_s, SessionOutcome::Finished)));
    }

    /// The app's start does not wait for SQLite: nothing is opened, created
    /// or moved aside before the first call that needs the file.
    void opensOnFirstUseWhenAsked()
    {
        const QString fresh = path(u"deferred/fresh.sqlite"_s);
        {
            Journal journal(fresh, now, Journal::Opening::OnFirstUse);
            QVERIFY(!journal.opened());
            QVERIFY(!QFile::exists(fresh));
            QVERIFY(journal.record(session(u"first"_s, SessionOutcome::Finished)));
            QVERIFY(journal.opened());
        }
        QCOMPARE(Raw(fresh).one(u"SELECT guide_id FROM sessions"_s).toString(), u"first"_s);

        const QString corrupt = path(u"deferred/corrupt.sqlite"_s);
        QFile garbage(corrupt);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, '\x5a'));
        garbage.close();
        Journal journal(corrupt, now, Journal::Opening::OnFirstUse);
        QCOMPARE(QFileInfo(corrupt).size(), 4096);
        // The mediator space's first look opens it, and sees what happened.
        QVERIFY2(journal.problem().contains(u"mis de côté"_s), qPrintable(journal.problem()));
        QVERIFY(journal.isOpen());
        QCOMPARE(QFileInfo(journal.setAside()).size(), 4096);
    }

    void lockedFileIsMovedAsideAndAFreshOneStarts()
    {
        const QString file = path(u"locked.sqlite"_s);
        { Journal journal(file, now); }
        Raw holder(file);
        QVERIFY(holder.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(holder.exec(u"DELETE FROM sessions"_s));
        Journal journal(file, now);
        QVERIFY(journal.isOpen());
        QVERIFY2(journal.problem().contains(u"locked"_s), qPrintable(journal.problem()));
        QVERIFY(QFile::exists(journal.setAside()));
        QVERIFY(journal.record(session(u"after"_s, SessionOutcome::Finished)));
    }

    void summarizesAPeriod()
    {
        const QString file = path(u"summary.sqlite"_s);
        Journal journal(file, now);
        QVERIFY(journal.record(session(u"ft-inscription"_s, SessionOutcome::Finished, QDateTime(QDate(2026, 10, 5), QTime(9, 0), QTimeZone::UTC))));
        QVERIFY(journal.record(session(u"ft-inscription"_s, SessionOutcome::Abandoned)));
        SessionRecord help = session(u"caf-rsa"_s, SessionOutcome::IdleReset);
        help.helpCalls = 1;
        help.stuckPresses = 2;
        help.interfaceLanguage = u"fr"_s;
        QVERIFY(journal.record(help));
        QVERIFY(journal.record(session(u"out-of-period"_s, SessionOutcome::Finished, QDateTime(QDate(2026, 8, 31), QTime(23, 0), QTimeZone::UTC))));

        const ActivitySummary summary = ActivityQuery::summarize(journal.database(), QDate(2026, 9, 15), QDate(2026, 11, 1));
        QCOMPARE(summary.sessions, 3);
        QCOMPARE(summary.finished, 1);
        QCOMPARE(summary.abandoned, 1);
        QCOMPARE(summary.idleResets, 1);
        QCOMPARE(summary.helpEvents, 3);
        QCOMPARE(summary.helpCalls, 1);
        QCOMPARE(summary.months.size(), 3);
        QCOMPARE(summary.months.at(0).sessions, 0); // September, empty but shown
        QCOMPARE(summary.months.at(2).byCategory.value(u"family"_s), 1);
        QStringList languages;
        for (const ActivityCount &count : summary.byLanguage) {
            languages.append(u"%1 %2/%3"_s.arg(count.key).arg(count.finished).arg(count.sessions));
        }
        QCOMPARE(languages.join(u", "_s), u"ar 1/2, fr 0/1"_s);
        QCOMPARE(summary.stops.size(), 2);
        QCOMPARE(summary.stops.at(0).step, 3);

        ActivityMonthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummary(summary);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.maximum(), 2);
        QCOMPARE(model.data(model.index(2), ActivityMonthModel::MonthRole).toString(), u"2026-11"_s);
        QCOMPARE(model.data(model.index(2), ActivityMonthModel::SegmentsRole).toList().size(), 2);
    }

    void guideHealthListsMissingAndFallbackStepsNewestFirst()
    {
        const QString file = path(u"health.sqlite"_s);
        Journal journal(file, now);
        SessionRecord older = session(u"ameli-compte"_s, SessionOutcome::Finished, now.addDays(-10));
        QVERIFY(journal.record(older));
        SessionRecord newer = session(u"caf-rsa"_s, SessionOutcome::Finished, now.addDays(-2));
        QVERIFY(journal.record(newer));
        SessionRecord tooOld = session(u"impots"_s, SessionOutcome::Finished, now.addDays(-40));
        QVERIFY(journal.record(tooOld));
        const QList<GuideHealthRow> rows = ActivityQuery::guideHealth(journal.database(), now);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).guideId, u"caf-rsa"_s);
        QCOMPARE(rows.at(0).step, 2);
        QCOMPARE(rows.at(0).missing, 1);
        QCOMPARE(rows.at(0).fallback, 2);
        QCOMPARE(rows.at(1).guideId, u"ameli-compte"_s);
    }

    void csvMatchesTheGoldenFile()
    {
        const QString file = path(u"csv.sqlite"_s);
        Journal journal(file, now);
        QVERIFY(journal.record(session(u"ft-inscription"_s, SessionOutcome::Finished)));
        QVERIFY(journal.record(session(u"ft-inscription"_s, SessionOutcome::Abandoned)));
        SessionRecord odd = session(u"guide, \"quoted\""_s, SessionOutcome::IdleReset);
        odd.selfService = true;
        QVERIFY(journal.record(odd));
        const QByteArray csv = toCsv(activityCsvHeader(), ActivityQuery::exportRows(journal.database(), now.date(), now.date()));
        QFile golden(test::testData(u"journal/activity.csv"_s));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(csv, golden.readAll());
    }

    void journalProblemNeverStopsARecordCall()
    {
        // A plain file where the folder should be: nothing can be opened, record() says no and goes on.
        QFile plain(path(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString file = path(u"plain/journal.sqlite"_s);
        Journal journal(file, now);
        QVERIFY(!journal.problem().isEmpty());
        QVERIFY(!journal.record(session(u"x"_s, SessionOutcome::Finished)));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
