// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace pasapas::bench
{

/// The p-th quantile (0…1) of timings, nearest rank.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

/// One line of figures: median, p95 and max of timings in milliseconds.
inline void print(const char *what, const QList<double> &ms, const char *target)
{
    std::printf("%-56s n=%3lld  median %7.1f ms  p95 %7.1f ms  max %7.1f ms   (target: %s)\n",
                what,
                static_cast<long long>(ms.size()),
                percentile(ms, 0.5),
                percentile(ms, 0.95),
                percentile(ms, 1.0),
                target);
}

/// The machine's load average over 1, 5 and 15 minutes, printed beside each table:
/// figures taken on a busy machine are read as ratios of the same run.
inline QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QByteArrayLiteral("unknown");
    }
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() < 3 ? QByteArrayLiteral("unknown") : fields.at(0) + ' ' + fields.at(1) + ' ' + fields.at(2);
}

/// CPU time a process has used so far, user and system, all its threads, in
/// ms (10 ms steps): on a machine others share, it moves much less than the
/// time on the clock.
inline double cpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // utime and stime are the 14th and 15th fields of the line (11 and 12 after the name).
    return fields.size() > 12 ? double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000.0 / double(sysconf(_SC_CLK_TCK)) : 0;
}

/// Waits until predicate() holds, in a real event loop that wakes at once
/// for what comes in (the page's reports, a frame drawn) and looks again
/// every millisecond. QTest::qWaitFor sleeps the GUI thread 10 ms between
/// looks: the page's report then waits in the queue, and a timing taken
/// with it measures the test's sleep as well as the app.
template <typename Predicate>
bool waitLive(Predicate predicate, int timeoutMs)
{
    if (predicate()) {
        return true;
    }
    QEventLoop loop;
    QTimer look;
    look.setInterval(1);
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (predicate()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    look.start();
    loop.exec();
    return predicate();
}

} // namespace pasapas::bench
