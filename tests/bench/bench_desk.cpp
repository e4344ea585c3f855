// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's opening with a full journal: 50,000 sessions over 13
// months (with their steps' outcomes) in a real SQLite file, then what
// Desk::refresh does when "Activité" opens: the period's figures for 12
// months, the guides' health and the months model. Target: 200 ms.
#include "activitymodel.h"
#include "activityquery.h"
#include "benchsupport.h"
#include "journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pasapas;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path = dir.filePath(u"journal.sqlite"_s);
    constexpr int kSessions = 50000;
    QElapsedTimer fill;
    fill.start();
    {
        Journal journal(path, now);
        QRandomGenerator random(15);
        const QStringList categories{u"work"_s, u"family"_s, u"health"_s, u"taxes"_s, u"identity"_s, u"housing"_s};
        const QStringList languages{u"fr"_s, u"ar"_s, u"fa"_s, u"uk"_s, u"ru"_s, u"ro"_s, u"es"_s, u"pt"_s, u"tr"_s, u"en"_s};
        // The filling is not what is measured: no waiting for the disk.
        {
            QSqlQuery pragma(journal.database());
            pragma.exec(u"PRAGMA synchronous = OFF"_s);
            pragma.exec(u"PRAGMA journal_mode = MEMORY"_s);
            pragma.finish(); // a statement left open would stop every commit
        }
        for (int i = 0; i < kSessions; ++i) {
            SessionRecord s;
            s.guideId = u"guide-%1"_s.arg(random.bounded(40));
            s.category = categories.at(random.bounded(int(categories.size())));
            s.interfaceLanguage = languages.at(random.bounded(int(languages.size())));
            s.guideLanguage = u"fr"_s;
            s.start = now.addSecs(-qint64(random.bounded(390 * 24)) * 3600);
            s.durationSeconds = random.bounded(3600);
            s.stepsTotal = 12;
            s.outcome = SessionOutcome(random.bounded(3));
            s.stepsReached = s.outcome == SessionOutcome::Finished ? 12 : 1 + random.bounded(11);
            s.stopStep = s.stepsReached;
            s.helpCalls = random.bounded(2);
            for (int step = 0; step < 12; ++step) {
                s.steps.append({step, u"step-%1"_s.arg(step), 1, random.bounded(50) == 0 ? 1 : 0, random.bounded(80) == 0 ? 1 : 0});
            }
            journal.record(s);
        }
    }
    std::printf("journal filled with %d sessions in %lld ms\n", kSessions, static_cast<long long>(fill.elapsed()));

    QList<double> opening;
    QList<double> reopening;
    QList<double> healthOnly;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        Journal journal(path, now); // opening checks, migrates and purges the file too
        const double opened = double(timer.nsecsElapsed()) / 1e6;
        const QDate today = now.date();
        const ActivitySummary summary = ActivityQuery::summarize(journal.database(), today.addMonths(-11), today);
        const double summarized = double(timer.nsecsElapsed()) / 1e6;
        const QList<GuideHealthRow> health = ActivityQuery::guideHealth(journal.database(), now);
        healthOnly.append(double(timer.nsecsElapsed()) / 1e6 - summarized);
        ActivityMonthModel model;
        model.setSummary(summary);
        opening.append(double(timer.nsecsElapsed()) / 1e6);
        reopening.append(double(timer.nsecsElapsed()) / 1e6 - opened);
        if (run == 0) {
            std::printf("%d sessions in the period, %lld months, %lld steps in guide health\n", summary.sessions, static_cast<long long>(summary.months.size()),
                        static_cast<long long>(health.size()));
        }
    }
    bench::print("journal opened + dashboard figures (50,000 sessions)", opening, "<= 200 ms");
    bench::print("dashboard figures only (Desk::refresh's queries)", reopening, "<= 200 ms");
    bench::print("of which guide health (30 days)", healthOnly, "-");
    return 0;
}
