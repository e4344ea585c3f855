// SPDX-License-Identifier: GPL-3.0-or-later
#include "heaptrim.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>

#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pasapas
{

namespace
{
/// Resident bytes, from /proc/self/statm (its second field, in pages).
qint64 resident()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) : 0;
}
} // namespace

HeapTrim trimFreeHeap()
{
    HeapTrim trim;
    trim.residentBefore = resident();
    QElapsedTimer timer;
    timer.start();
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
    trim.microseconds = timer.nsecsElapsed() / 1000;
    trim.residentAfter = resident();
    return trim;
}

HeapTrimmer::HeapTrimmer(int quietMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(quietMs);
    connect(&m_timer, &QTimer::timeout, this, [] {
        QThreadPool::globalInstance()->start([] {
            const HeapTrim trim = trimFreeHeap();
            qCDebug(lcApp,
                "free heap given back: %.1f MiB in %lld µs",
                double(trim.residentBefore - trim.residentAfter) / (1024 * 1024),
                static_cast<long long>(trim.microseconds));
        });
    });
}

void HeapTrimmer::soon()
{
    m_timer.start();
}

} // namespace pasapas
