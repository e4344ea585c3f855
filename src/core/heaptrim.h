// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace pasapas
{

/// What one trimFreeHeap() gave back.
struct HeapTrim
{
    qint64 residentBefore = 0; ///< bytes of the process in memory
    qint64 residentAfter = 0;
    qint64 microseconds = 0;
};

/// Gives the system back the pages malloc holds free inside its heaps.
/// malloc keeps what a program freed for its next allocations, and gives
/// back only the top of each heap; what a start frees in the middle (QML
/// compiles, the guides' parse, the first frames' shaders) stays the
/// process's: about 18 MiB after a cold `--start` (issue 16).
/// Does nothing where the C library has no malloc_trim.
HeapTrim trimFreeHeap();

/// Trims the heap on a worker thread once the app has been quiet for a
/// moment after soon(): each call moves the trim later. Each trim is logged
/// (pasapas.app, debug) with what it gave back.
class HeapTrimmer : public QObject
{
    Q_OBJECT

public:
    explicit HeapTrimmer(int quietMs, QObject *parent = nullptr);

    /// Something just made and dropped a lot (a start, a page, a session's end).
    void soon();

private:
    QTimer m_timer;
};

} // namespace pasapas
