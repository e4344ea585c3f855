// SPDX-License-Identifier: GPL-3.0-or-later
// What a failed page load means for the person: the network, the site, or
// nothing at all (a refused page, a page replaced by the next one).
#include "pagefailure.h"

#include <QTest>

using namespace pasapas;

Q_DECLARE_METATYPE(LoadErrorDomain)
Q_DECLARE_METATYPE(LoadVerdict)

class PageFailureTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<LoadErrorDomain>("domain");
        QTest::addColumn<int>("code");
        QTest::addColumn<LoadVerdict>("verdict");
        const LoadVerdict nothing{};
        const LoadVerdict network{PageFailure::Network, false};
        const LoadVerdict site{PageFailure::Site, false};
        QTest::newRow("no error") << LoadErrorDomain::None << 0 << nothing;
        QTest::newRow("no Wi-Fi: name not resolved") << LoadErrorDomain::Dns << -105 << network;
        QTest::newRow("connection refused") << LoadErrorDomain::Connection << -102 << network;
        QTest::newRow("timed out") << LoadErrorDomain::Connection << -7 << network;
        // Not the Wi-Fi: the site cannot prove who it is (or the tablet's clock is wrong).
        QTest::newRow("bad certificate") << LoadErrorDomain::Certificate << -202 << LoadVerdict{PageFailure::Unsafe, false};
        QTest::newRow("expired certificate") << LoadErrorDomain::Certificate << -201 << LoadVerdict{PageFailure::Unsafe, false};
        QTest::newRow("internal error") << LoadErrorDomain::Internal << -2 << network;
        QTest::newRow("server error 500") << LoadErrorDomain::HttpStatus << 500 << site;
        QTest::newRow("not found 404") << LoadErrorDomain::HttpStatus << 404 << site;
        QTest::newRow("broken HTTP answer") << LoadErrorDomain::Http << -320 << site;
        QTest::newRow("replaced by the next page") << LoadErrorDomain::Internal << kNetErrorAborted << nothing;
        QTest::newRow("refused by the session") << LoadErrorDomain::Internal << kNetErrorBlockedByClient << LoadVerdict{PageFailure::None, true};
    }

    void classify()
    {
        QFETCH(LoadErrorDomain, domain);
        QFETCH(int, code);
        QFETCH(LoadVerdict, verdict);
        const LoadVerdict got = classifyFailedLoad(domain, code);
        QCOMPARE(got.failure, verdict.failure);
        QCOMPARE(got.pageLost, verdict.pageLost);
    }
};

QTEST_GUILESS_MAIN(PageFailureTest)
#include "tst_pagefailure.moc"
