// SPDX-License-Identifier: GPL-3.0-or-later
// The page protocol in one place: what bridge.js sends and reads is what
// pageprotocol.h says, at the same version; a script of another version is
// said once in the log, not at every event.
#include "pagebridge.h"
#include "pageprotocol.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
/// bridge.js as the app injects it (after qwebchannel.js).
QString bridgeScript()
{
    const QString script = PageBridge::userScript();
    const qsizetype start = script.indexOf(u"Pas à pas page bridge"_s);
    return start < 0 ? QString() : script.mid(start);
}

QSet<QString> captures(const QString &text, const QString &pattern)
{
    QSet<QString> found;
    QRegularExpressionMatchIterator it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext()) {
        found.insert(it.next().captured(1));
    }
    return found;
}

PageWatch fullWatch()
{
    PageWatch watch;
    watch.stepId = u"a"_s;
    watch.target = {Locator{Locator::Kind::Role, u"button"_s, u"Valider"_s}};
    watch.completion = Completion::Kind::Tap;
    watch.insist = true;
    auto next = std::make_shared<PageWatch>();
    next->stepId = u"b"_s;
    watch.next = next;
    return watch;
}
} // namespace

class PageProtocolTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptSpeaksTheAppsVersion()
    {
        const QString script = bridgeScript();
        QVERIFY(!script.isEmpty());
        const QRegularExpressionMatch match = QRegularExpression(u"const PROTOCOL = (\\d+);"_s).match(script);
        QVERIFY2(match.hasMatch(), "bridge.js declares its PROTOCOL");
        QCOMPARE(match.captured(1).toInt(), kPageProtocolVersion);
        QVERIFY(script.contains(u"report('ready', {version: PROTOCOL,"_s));
    }

    void scriptSendsTheEventsTheAppKnows()
    {
        const QSet<QString> sent = captures(bridgeScript(), u"report\\('(\\w+)'"_s);
        const QSet<QString> known(pageEventNames().cbegin(), pageEventNames().cend());
        QCOMPARE(sent, known);
    }

    void scriptReadsTheWatchTheAppSends()
    {
        const QSet<QString> read = captures(bridgeScript(), u"\\bwatch\\.(\\w+)"_s);
        const QVariantMap sent = watchToVariant(fullWatch());
        const QSet<QString> keys(sent.keyBegin(), sent.keyEnd());
        QCOMPARE(read, keys);
        QCOMPARE(sent.value(u"completion"_s).toString(), u"tap"_s); // a guide file's name
        QCOMPARE(sent.value(u"next"_s).toMap().value(u"stepId"_s).toString(), u"b"_s);
        const QVariantMap locator = sent.value(u"target"_s).toList().value(0).toMap();
        QCOMPARE(locator.value(u"kind"_s).toString(), u"role"_s);
        QCOMPARE(locator.value(u"name"_s).toString(), u"Valider"_s);
        QVERIFY(watchToVariant(PageWatch{}).isEmpty());
    }

    void theRightVersionSaysNothing()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        PageBridge bridge;
        int ready = 0;
        connect(&bridge, &PageBridge::ready, this, [&ready] {
            ++ready;
        });
        bridge.report(u"ready"_s, {{u"version"_s, kPageProtocolVersion}});
        QCOMPARE(ready, 1);
    }

    void anotherVersionIsSaidOnce()
    {
        PageBridge bridge;
        int ready = 0;
        connect(&bridge, &PageBridge::ready, this, [&ready] {
            ++ready;
        });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"protocol version 1, the app version"_s));
        bridge.report(u"ready"_s, {{u"version"_s, 1}});
        bridge.report(u"ready"_s, {{u"version"_s, 1}}); // said once only
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown event \"viewport\""_s));
        bridge.report(u"viewport"_s, {});
        bridge.report(u"viewport"_s, {});
        QCOMPARE(ready, 2);
    }
};

QTEST_GUILESS_MAIN(PageProtocolTest)
#include "tst_pageprotocol.moc"
