// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlemonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace pasapas;

namespace
{

/// Records what a monitor says, in order: "warning", "2", "1", "end",
/// "expired"… ("end" is the warning going away, a number a new secondsLeft).
struct Log
{
    explicit Log(IdleMonitor *monitor)
    {
        QObject::connect(monitor, &IdleMonitor::warningChanged, monitor, [this, monitor] {
            events.append(monitor->isWarning() ? u"warning"_s : u"end"_s);
        });
        QObject::connect(monitor, &IdleMonitor::secondsLeftChanged, monitor, [this, monitor] {
            events.append(QString::number(monitor->secondsLeft()));
        });
        QObject::connect(monitor, &IdleMonitor::expired, monitor, [this] {
            events.append(u"expired"_s);
        });
    }

    QString take()
    {
        const QString result = events.join(u' ');
        events.clear();
        return result;
    }

    QStringList events;
};

} // namespace

class IdleMonitorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const IdleMonitor monitor;
        QVERIFY(!monitor.isEnabled());
        QVERIFY(!monitor.isWarning());
        QCOMPARE(monitor.secondsLeft(), 0);
        QCOMPARE(monitor.idleTimeout(), 3min);
        QCOMPARE(monitor.countdown(), 60s);
    }

    void warnsCountsDownAndExpiresOnce()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(150ms, 1200ms);
        Log log(&monitor);
        QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
        QSignalSpy expired(&monitor, &IdleMonitor::expired);
        QSignalSpy enabled(&monitor, &IdleMonitor::enabledChanged);

        monitor.setEnabled(true);
        QCOMPARE(enabled.count(), 1);
        monitor.setEnabled(true);
        QCOMPARE(enabled.count(), 1);
        QVERIFY(!monitor.isWarning());

        QVERIFY(warning.wait(5000));
        QVERIFY(monitor.isWarning());
        QCOMPARE(monitor.secondsLeft(), 2); // 1.2 s, rounded up
        // The number is set before the warning shows.
        QCOMPARE(log.take(), u"2 warning"_s);

        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.count(), 1);
        QVERIFY(!monitor.isWarning());
        QCOMPARE(monitor.secondsLeft(), 0);
        QCOMPARE(log.take(), u"1 end 0 expired"_s);

        // It waits for someone: no new warning, no second expiry.
        QVERIFY(!warning.wait(600));
        QCOMPARE(expired.count(), 1);
        QCOMPARE(log.take(), QString());

        // The next person's touch starts the count again.
        monitor.activity();
        QVERIFY(warning.wait(5000));
        QVERIFY(monitor.isWarning());
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.count(), 2);
        QCOMPARE(log.take(), u"2 warning 1 end 0 expired"_s);
    }

    void activityDuringTheWarningCancelsIt()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(150ms, 600ms);
        Log log(&monitor);
        QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
        QSignalSpy expired(&monitor, &IdleMonitor::expired);
        monitor.setEnabled(true);

        QVERIFY(warning.wait(5000));
        QVERIFY(monitor.isWarning());
        // From now on the idle wait is longer than what was left of the
        // countdown: an expiry of the cancelled countdown would come first.
        monitor.setTimeouts(1000ms, 600ms);
        QVERIFY(monitor.isWarning()); // a running countdown keeps going
        monitor.stillHere();
        QVERIFY(!monitor.isWarning());
        QCOMPARE(monitor.secondsLeft(), 0);
        QCOMPARE(log.take(), u"1 warning end 0"_s);

        warning.clear();
        QVERIFY(warning.wait(10000));
        QVERIFY(monitor.isWarning());
        QCOMPARE(expired.count(), 0);
        QCOMPARE(log.take(), u"1 warning"_s);

        monitor.activity();
        QVERIFY(!monitor.isWarning());
        QCOMPARE(expired.count(), 0);
    }

    void activityBeforeIdlenessPostponesTheWarning()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(400ms, 1000ms);
        QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
        monitor.setEnabled(true);

        // Touches every 100 ms for longer than the idle time: no warning.
        for (int i = 0; i < 6; ++i) {
            QVERIFY(!warning.wait(100));
            monitor.activity();
        }
        QCOMPARE(warning.count(), 0);

        // Once the touches stop, the warning comes.
        QVERIFY(warning.wait(5000));
        QVERIFY(monitor.isWarning());
    }

    void disabledMonitorNeverWarns()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(50ms, 200ms);
        QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
        QSignalSpy expired(&monitor, &IdleMonitor::expired);

        QVERIFY(!warning.wait(500));
        monitor.activity();
        monitor.stillHere();
        QVERIFY(!warning.wait(500));
        QCOMPARE(expired.count(), 0);
    }

    void disablingStopsTheWarning()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(100ms, 500ms);
        Log log(&monitor);
        QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
        QSignalSpy expired(&monitor, &IdleMonitor::expired);
        QSignalSpy enabled(&monitor, &IdleMonitor::enabledChanged);
        monitor.setEnabled(true);

        QVERIFY(warning.wait(5000));
        monitor.setEnabled(false);
        QCOMPARE(enabled.count(), 2);
        QVERIFY(!monitor.isEnabled());
        QVERIFY(!monitor.isWarning());
        QCOMPARE(log.take(), u"1 warning end 0"_s);

        // Past the end of the stopped countdown: nothing.
        QVERIFY(!expired.wait(1000));
        QCOMPARE(log.take(), QString());
        monitor.activity(); // does not switch it on
        QVERIFY(!monitor.isEnabled());
        QVERIFY(!warning.wait(300));
    }

    void reenablingRearms()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(100ms, 500ms);
        QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
        QSignalSpy expired(&monitor, &IdleMonitor::expired);
        monitor.setEnabled(true);

        // Let one warning run out; the monitor then waits.
        QVERIFY(expired.wait(5000));
        QVERIFY(!monitor.isWarning());
        warning.clear();
        QVERIFY(!warning.wait(400));

        // Switching off and on counts again, without any activity.
        monitor.setEnabled(false);
        monitor.setEnabled(true);
        QVERIFY(warning.wait(5000));
        QVERIFY(monitor.isWarning());

        // Off in the middle of the warning, on again: a fresh wait, then a fresh warning.
        monitor.setEnabled(false);
        monitor.setEnabled(true);
        QVERIFY(!monitor.isWarning());
        QVERIFY(warning.wait(5000));
        QVERIFY(monitor.isWarning());
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.count(), 2);
    }
};

QTEST_GUILESS_MAIN(IdleMonitorTest)
#include "tst_idlemonitor.moc"
