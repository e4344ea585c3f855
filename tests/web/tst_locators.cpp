// SPDX-License-Identifier: GPL-3.0-or-later
// The page script's locators (src/web/page/bridge.js) on small pages in a
// real Qt WebEngine page, one row per case. Each row is a guide of two steps,
// loaded by the real guide loader and played by the real session engine,
// whose watch reaches the page over QWebChannel as in the app:
//   "cas"    the row's target (and frame), looked for on the loaded page;
//   "temoin" a witness always on the page, asked for right after.
// Messages keep their order both ways, so when the witness is reported the
// page has already said whether it found the case's target: a row that finds
// nothing is known at once, without waiting for a time-out.
#include "guideloader.h"
#include "locatorcases.h"
#include "pagebridge.h"
#include "pagescripts.h"
#include "sessionengine.h"
#include "testsupport.h"
#include "webengine.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{

constexpr int startTimeoutMs = test::pageStartTimeoutMs;

const QSize viewportSize(800, 600);
const QUrl pageAddress(u"https://pages.pasapas.test/cas"_s);

using test::runJavaScript;

/// "x,y WxH", to a tenth of a CSS pixel.
QString rectText(const QRectF &r)
{
    return u"%1,%2 %3x%4"_s.arg(r.x(), 0, 'f', 1).arg(r.y(), 0, 'f', 1).arg(r.width(), 0, 'f', 1).arg(r.height(), 0, 'f', 1);
}

} // namespace

class LocatorsTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QWebEngineProfile> m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = std::make_unique<QWebEngineProfile>(); // off the record, like the session's
        QVERIFY(m_profile->isOffTheRecord());
        QVERIFY(!PageBridge::userScript().isEmpty());
    }

    void cleanupTestCase()
    {
        m_profile.reset();
    }

    void locate_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("stepTarget");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("knownFault");
        QTest::addColumn<QString>("obstacle");
        const QList<test::LocatorCase> cases = test::locatorCases();
        for (const test::LocatorCase &c : cases) {
            QTest::newRow(c.name) << c.body << c.stepTarget << c.expected << c.knownFault << c.obstacle;
        }
    }

    void locate()
    {
        QFETCH(QString, body);
        QFETCH(QString, stepTarget);
        QFETCH(QString, expected);
        QFETCH(QString, knownFault);
        QFETCH(QString, obstacle);

        // The watch comes from the real loader and engine, never written here.
        const GuideLoadResult loaded = parseGuide(test::caseGuide(stepTarget).toUtf8(), u"tst_locators"_s);
        for (const Diagnostic &diagnostic : loaded.diagnostics) {
            qWarning("%s", qPrintable(diagnostic.toString()));
        }
        QVERIFY2(loaded.guide.has_value(), "the row's guide does not load");
        SessionEngine engine(*loaded.guide);
        PageBridge bridge;
        // As SessionController wires them.
        connect(&engine, &SessionEngine::pageWatchChanged, &bridge, [&] {
            bridge.setWatch(engine.pageWatch());
        });

        // As SessionPage.qml sets up its web view (the channel outlives the page).
        QWebChannel channel;
        channel.registerObject(u"pasapas"_s, bridge.channelObject());
        QWebEnginePage page(m_profile.get());
        QWebEngineView view; // a page without a view has a viewport of 0×0
        view.setPage(&page);
        view.resize(viewportSize);
        view.show();
        test::installPageBridge(page, channel);

        QSignalSpy pageLoaded(&page, &QWebEnginePage::loadFinished);
        QSignalSpy ready(&bridge, &PageBridge::ready);
        QSignalSpy found(&bridge, &PageBridge::targetFound);
        QSignalSpy covered(&bridge, &PageBridge::targetCovered);
        page.setHtml(test::casePage(body), pageAddress);
        // The whole page (its frames too) before anything is looked for.
        QTRY_VERIFY_WITH_TIMEOUT(!pageLoaded.isEmpty() && !ready.isEmpty(), startTimeoutMs);
        QVERIFY(pageLoaded.constFirst().constFirst().toBool());
        QCOMPARE(runJavaScript(&page, u"innerWidth + 'x' + innerHeight"_s).toString(), u"%1x%2"_s.arg(viewportSize.width()).arg(viewportSize.height()));

        engine.start(); // the page looks for the case's target at once
        engine.next(); // then for the witness
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty() && found.constLast().constFirst().toString() == u"temoin", startTimeoutMs);

        // What the page found for the case, and what it should have found:
        // "nothing", or a place in the top page's viewport.
        QStringList steps;
        for (const QList<QVariant> &args : std::as_const(found)) {
            steps.append(args.constFirst().toString());
        }
        QString got = u"nothing"_s;
        if (steps == QStringList{u"cas"_s, u"temoin"_s}) {
            got = rectText(found.constFirst().at(1).toRectF());
        } else if (steps != QStringList{u"temoin"_s}) {
            got = u"found for "_s + steps.join(u", "_s);
        }
        // Something in the way of the case's target: its way out, last said.
        static const QHash<SessionEngine::Obstacle, QString> kinds{{SessionEngine::Obstacle::CookieBanner, u"cookies"_s},
            {SessionEngine::Obstacle::SiteDialog, u"dialog"_s}, {SessionEngine::Obstacle::ClosedSection, u"closed"_s}};
        for (const QList<QVariant> &args : std::as_const(covered)) {
            if (args.constFirst().toString() == u"cas") {
                got = u"covered:"_s + kinds.value(args.at(1).value<SessionEngine::Obstacle>(), u"?"_s) + u' ' + rectText(args.at(2).toRectF());
            }
        }
        QString want = u"nothing"_s;
        if (!expected.isEmpty()) {
            const QVariantList measured = runJavaScript(&page, test::elementRectScript(expected)).toList();
            QCOMPARE(measured.size(), 4); // the expected element is there
            const QRectF rect(measured.at(0).toDouble(), measured.at(1).toDouble(), measured.at(2).toDouble(), measured.at(3).toDouble());
            QVERIFY2(rect.width() > 0 && rect.height() > 0, qPrintable(u"the expected element has no size: "_s + rectText(rect)));
            want = rectText(rect);
        }
        if (!obstacle.isEmpty()) {
            want = u"covered:"_s + obstacle + u' ' + want;
        }
        if (!knownFault.isEmpty()) {
            QEXPECT_FAIL("", qPrintable(knownFault), Abort);
        }
        QCOMPARE(got, want);
    }
};

int main(int argc, char *argv[])
{
    return pasapas::test::webTestMain<LocatorsTest>(argc, argv);
}
#include "tst_locators.moc"
