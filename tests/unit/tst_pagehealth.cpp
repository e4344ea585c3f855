// SPDX-License-Identifier: GPL-3.0-or-later
// How the session's page is doing: a site that hangs is said after a while,
// a first renderer crash reloads by itself, a second one close after is shown.
#include "pagehealth.h"

#include <QSignalSpy>
#include <QTest>

using namespace pasapas;

class PageHealthTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLoadThatDoesNotEndIsSlow()
    {
        PageHealth health;
        QCOMPARE(health.slowAfterMs(), 30000);
        health.setSlowAfterMs(50);
        health.loadStarted();
        QCOMPARE(health.verdict().failure, PageFailure::None);
        QTRY_COMPARE(health.verdict().failure, PageFailure::Slow);
        // It comes after all: the message goes by itself.
        health.loadEnded({});
        QCOMPARE(health.verdict().failure, PageFailure::None);
    }

    void aLoadThatEndsInTimeIsNeverSlow()
    {
        PageHealth health;
        health.setSlowAfterMs(50);
        QSignalSpy changed(&health, &PageHealth::verdictChanged);
        health.loadStarted();
        health.loadEnded({});
        // Nothing signals a message that does not come: the wait is the check.
        QTest::qWait(200);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(health.verdict().failure, PageFailure::None);
    }

    void aFailedLoadIsShownUntilTheNextLoad()
    {
        PageHealth health;
        health.loadStarted();
        health.loadEnded({PageFailure::Site, false});
        QCOMPARE(health.verdict().failure, PageFailure::Site);
        health.loadEnded({}); // a late "finished" for the error page changes nothing
        QCOMPARE(health.verdict().failure, PageFailure::Site);
        health.loadStarted();
        QCOMPARE(health.verdict().failure, PageFailure::None);
    }

    void anErrorPageOfTheSiteIsAProblem()
    {
        // The browser may report the load of a 503 page as a success: the page's own status says.
        PageHealth health;
        health.loadStarted();
        health.loadEnded({});
        health.documentStatus(200);
        QCOMPARE(health.verdict().failure, PageFailure::None);
        health.documentStatus(503);
        QCOMPARE(health.verdict().failure, PageFailure::Site);
        health.loadStarted();
        health.documentStatus(0); // unknown: nothing said
        QCOMPARE(health.verdict().failure, PageFailure::None);
    }

    void clearKeepsThePageLoss()
    {
        PageHealth health;
        health.loadEnded({PageFailure::None, true});
        QCOMPARE(health.verdict().pageLost, true);
        health.clear();
        QCOMPARE(health.verdict().pageLost, true);
    }

    void aFirstCrashReloadsASecondIsShown()
    {
        PageHealth health;
        QSignalSpy reload(&health, &PageHealth::reloadWanted);
        health.crashed();
        QCOMPARE(reload.count(), 1);
        QCOMPARE(health.verdict().failure, PageFailure::None);
        health.crashed(); // again at once: the person decides
        QCOMPARE(reload.count(), 1);
        QCOMPARE(health.verdict().failure, PageFailure::Crash);

        // Long after the last one, a crash reloads again.
        PageHealth later;
        later.setCrashWindowMs(50);
        QSignalSpy reloadLater(&later, &PageHealth::reloadWanted);
        later.crashed();
        QTest::qWait(120);
        later.crashed();
        QCOMPARE(reloadLater.count(), 2);
        QCOMPARE(later.verdict().failure, PageFailure::None);
    }
};

QTEST_GUILESS_MAIN(PageHealthTest)
#include "tst_pagehealth.moc"
