// SPDX-License-Identifier: GPL-3.0-or-later
// The free heap given back: real allocations of this process, real malloc_trim.
#include "heaptrim.h"

#include <QTest>

#include <cstdlib>
#include <vector>

using namespace pasapas;

class TestHeapTrim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freedMiddleOfTheHeapGoesBack()
    {
#if !defined(__GLIBC__)
        QSKIP("malloc_trim is glibc's");
#endif
        // 48 MiB in small blocks (below malloc's mmap threshold), all freed
        // but one above them: malloc keeps the freed middle of its heap.
        constexpr qint64 total = 48LL * 1024 * 1024;
        constexpr qint64 size = 1000;
        std::vector<char *> blocks;
        blocks.reserve(total / size);
        for (qint64 i = 0; i < total / size; ++i) {
            blocks.push_back(static_cast<char *>(std::malloc(size)));
            static_cast<volatile char *>(blocks.back())[size - 1] = 1;
        }
        auto *top = static_cast<char *>(std::malloc(size));
        static_cast<volatile char *>(top)[0] = 1;
        for (char *block : blocks) {
            std::free(block);
        }
        const HeapTrim trim = trimFreeHeap();
        std::free(top);
        QVERIFY(trim.residentBefore > total);
        QVERIFY2(trim.residentBefore - trim.residentAfter > total / 2,
            qPrintable(QStringLiteral("%1 → %2 bytes").arg(trim.residentBefore).arg(trim.residentAfter)));
        QVERIFY(trim.microseconds >= 0);
    }
};

QTEST_GUILESS_MAIN(TestHeapTrim)
#include "tst_heaptrim.moc"
