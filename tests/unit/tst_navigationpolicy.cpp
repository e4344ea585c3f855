// SPDX-License-Identifier: GPL-3.0-or-later
// What a session may open: the guide's hosts plus the mediator's allow-list,
// and never the addresses that leave the web.
#include "navigationpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

class NavigationPolicyTest : public QObject
{
    Q_OBJECT

private:
    static NavigationPolicy policy()
    {
        return NavigationPolicy({HostPattern::parse(u"www.caf.fr"_s), HostPattern::parse(u"*.ameli.fr"_s), HostPattern::parse(u"emploi.localhost:*"_s)},
                                {HostPattern::parse(u"franceconnect.gouv.fr"_s)});
    }

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("reason");
        const int top = int(NavigationTarget::TopLevel);
        const int frame = int(NavigationTarget::Frame);
        const int window = int(NavigationTarget::NewWindow);

        QTest::newRow("guide host") << u"https://www.caf.fr/allocataires"_s << top << QString();
        QTest::newRow("guide host, other port") << u"https://www.caf.fr:8443/"_s << top << u"other-site"_s;
        QTest::newRow("subdomain pattern") << u"https://assure.ameli.fr/"_s << top << QString();
        QTest::newRow("subdomain pattern, bare domain") << u"https://ameli.fr/"_s << top << QString();
        QTest::newRow("look-alike host") << u"https://ameli.fr.example.com/"_s << top << u"other-site"_s;
        QTest::newRow("suffix without dot") << u"https://evilameli.fr/"_s << top << u"other-site"_s;
        QTest::newRow("global allow-list") << u"https://franceconnect.gouv.fr/"_s << top << QString();
        QTest::newRow("global allow-list in a frame") << u"https://franceconnect.gouv.fr/"_s << frame << QString();
        QTest::newRow("other site") << u"https://www.example.org/"_s << top << u"other-site"_s;
        QTest::newRow("other site in a frame") << u"https://ads.example.org/"_s << frame << u"other-site"_s;
        QTest::newRow("other site in a new window") << u"https://www.example.org/"_s << window << u"other-site"_s;
        QTest::newRow("practice port") << u"http://emploi.localhost:41234/"_s << top << QString();
        QTest::newRow("user info trick") << u"https://www.caf.fr@evil.example/"_s << top << u"other-site"_s;
        QTest::newRow("IP address") << u"http://192.168.1.1/"_s << top << u"other-site"_s;
        QTest::newRow("about:blank frame") << u"about:blank"_s << frame << QString();
        QTest::newRow("about:srcdoc frame") << u"about:srcdoc"_s << frame << QString();
        QTest::newRow("about:version") << u"about:version"_s << top << u"browser-page"_s;
        QTest::newRow("javascript: page") << u"javascript:alert(1)"_s << top << u"forbidden-address"_s;
        QTest::newRow("javascript: window") << u"javascript:alert(1)"_s << window << u"forbidden-address"_s;
        QTest::newRow("javascript: frame") << u"javascript:''"_s << frame << QString();
        QTest::newRow("data: page") << u"data:text/html,<h1>x</h1>"_s << top << u"forbidden-address"_s;
        QTest::newRow("data: frame") << u"data:text/html,<h1>x</h1>"_s << frame << QString();
        QTest::newRow("blob of the site") << u"blob:https://www.caf.fr/0e6a-41"_s << top << QString();
        QTest::newRow("blob of another site") << u"blob:https://evil.example/0e6a-41"_s << top << u"forbidden-address"_s;
        QTest::newRow("file:") << u"file:///etc/passwd"_s << top << u"forbidden-address"_s;
        QTest::newRow("file: frame") << u"file:///etc/passwd"_s << frame << u"forbidden-address"_s;
        QTest::newRow("view-source:") << u"view-source:https://www.caf.fr/"_s << top << u"forbidden-address"_s;
        QTest::newRow("ftp:") << u"ftp://ftp.example.org/"_s << top << u"forbidden-address"_s;
        QTest::newRow("chrome:") << u"chrome://settings"_s << top << u"browser-page"_s;
        QTest::newRow("chrome: frame") << u"chrome://gpu"_s << frame << u"browser-page"_s;
        QTest::newRow("devtools:") << u"devtools://devtools/bundled/inspector.html"_s << top << u"browser-page"_s;
        QTest::newRow("chrome-extension:") << u"chrome-extension://abc/page.html"_s << top << u"browser-page"_s;
        QTest::newRow("mailto:") << u"mailto:someone@example.org"_s << top << u"external-app"_s;
        QTest::newRow("tel:") << u"tel:+33100000000"_s << top << u"external-app"_s;
        QTest::newRow("intent:") << u"intent://scan/#Intent;scheme=zxing;end"_s << top << u"external-app"_s;
        QTest::newRow("unknown scheme") << u"whatsapp://send?text=x"_s << window << u"external-app"_s;
        QTest::newRow("upper-case scheme") << u"FILE:///etc/passwd"_s << top << u"forbidden-address"_s;
    }

    void decide()
    {
        QFETCH(QString, url);
        QFETCH(int, target);
        QFETCH(QString, reason);
        const NavigationDecision decision = policy().decide(QUrl(url), NavigationTarget(target));
        QCOMPARE(blockReasonKey(decision.reason), reason);
        QCOMPARE(decision.allowed(), reason.isEmpty());
    }

    void reasonKeysRoundTrip()
    {
        for (int r = int(BlockReason::OtherSite); r <= int(BlockReason::FileOutsideSession); ++r) {
            QCOMPARE(blockReasonFromKey(blockReasonKey(BlockReason(r))), BlockReason(r));
        }
        QCOMPARE(blockReasonFromKey(u"nothing-like-it"_s), BlockReason::None);
    }

    void emptyPolicyAllowsNoSite()
    {
        const NavigationPolicy none;
        QVERIFY(!none.decide(QUrl(u"https://www.caf.fr/"_s), NavigationTarget::TopLevel).allowed());
        QVERIFY(none.decide(QUrl(u"about:blank"_s), NavigationTarget::Frame).allowed());
    }

    void hostListText()
    {
        QStringList errors;
        const QList<HostPattern> hosts = parseHostList(u"# sites communs\nfranceconnect.gouv.fr\n\n  *.impots.gouv.fr  \nhttps://www.ants.gouv.fr/\nAMELI.FR"_s, &errors);
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts.at(0).pattern(), u"franceconnect.gouv.fr"_s);
        QCOMPARE(hosts.at(1).pattern(), u"*.impots.gouv.fr"_s);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(u"ligne 5 : « https://www.ants.gouv.fr/ »"_s), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(u"ligne 6 : « AMELI.FR »"_s), qPrintable(errors.at(1)));
    }

    void debuggingFlagsAreDropped()
    {
        QCOMPARE(withoutDebuggingFlags(u"--remote-debugging-port=9222 --disable-gpu --auto-open-devtools-for-tabs --remote-allow-origins=*"_s),
                 u"--disable-gpu"_s);
        QCOMPARE(withoutDebuggingFlags(u"--enable-logging"_s), u"--enable-logging"_s);
        QCOMPARE(withoutDebuggingFlags(u"-remote-debugging-port=9222 -remote-debugging-pipe --no-sandbox"_s), u"--no-sandbox"_s);
        // The pages are French, whatever was asked.
        QCOMPARE(webEngineFlags({}), u"--lang=fr-FR"_s);
        QCOMPARE(webEngineFlags(u"--lang=en-US --disable-gpu --remote-debugging-port=9222"_s), u"--disable-gpu --lang=fr-FR"_s);
    }
};

QTEST_GUILESS_MAIN(NavigationPolicyTest)
#include "tst_navigationpolicy.moc"
