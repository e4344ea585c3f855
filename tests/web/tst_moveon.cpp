// SPDX-License-Identifier: GPL-3.0-or-later
// After a tap that ends a step, the page script looks for the next step's
// target at once, at the end of the tap's own dispatch, without waiting for
// the app (bridge.js, moveOnAfter). Real taps in a real Qt WebEngine page,
// with the real loader, engine and channel. Each row is a page where the
// tap reveals the next target in its own way; the next step must be found,
// and never said to be « in a closed section » on the way, which a look
// taken before the tap's default action (a <details> opening) would say.
#include "guideloader.h"
#include "pagebridge.h"
#include "pagescripts.h"
#include "sessionengine.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
const QString guideJson = uR"({
  "id": "essai-suite", "version": 1, "category": "everyday",
  "title": {"fr": "Essai de la suite"}, "summary": {"fr": "Deux touches de suite."}, "minutes": 1,
  "start": "https://pages.pasapas.test/", "allowedHosts": ["pages.pasapas.test"],
  "steps": [
    {"id": "un", "instruction": {"fr": "Touchez le premier."}, "target": [{"css": "#un"}], "complete": {"on": "tap"}},
    {"id": "deux", "instruction": {"fr": "Touchez le deuxième."}, "target": [{"css": "#deux"}], "complete": {"on": "tap"}},
    {"id": "fin", "instruction": {"fr": "C'est fini."}, "complete": {"on": "done"}}
  ]
})"_s;

QString page(const QString &body)
{
    return u"<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><style>body{font:16px sans-serif;margin:16px}"
           "button,summary{display:block;margin:16px 0;min-height:40px}</style>"
           "<script>window.reacted = 0;</script></head><body>%1</body></html>"_s.arg(body);
}
} // namespace

class MoveOnTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextTarget_data()
    {
        QTest::addColumn<QString>("body");
        // The page's own handler shows the next button, as most sites do.
        QTest::newRow("shown by the page") << page(uR"(<button id="un" onclick="reacted++; document.getElementById('deux').hidden = false">Un</button>
<button id="deux" hidden>Deux</button>)"_s);
        // The tap opens a section: the browser does it after the tap's dispatch.
        QTest::newRow("in the section the tap opens") << page(uR"(<details><summary id="un" onclick="reacted++">Plus de choix</summary>
<button id="deux">Deux</button></details>)"_s);
        // The page keeps the tap to itself: the end of the dispatch never comes.
        QTest::newRow("the page stops the tap") << page(uR"(<div><button id="un" onclick="reacted++; event.stopPropagation(); document.getElementById('deux').hidden = false">Un</button></div>
<button id="deux" hidden>Deux</button>)"_s);
    }

    void nextTarget()
    {
        QFETCH(QString, body);
        const GuideLoadResult loaded = parseGuide(guideJson.toUtf8(), u"tst_moveon"_s);
        for (const Diagnostic &diagnostic : loaded.diagnostics) {
            qWarning("%s", qPrintable(diagnostic.toString()));
        }
        QVERIFY2(loaded.guide.has_value(), "the guide does not load");
        SessionEngine engine(*loaded.guide);
        PageBridge bridge;
        // As SessionController wires them.
        connect(&engine, &SessionEngine::pageWatchChanged, &bridge, [&] {
            bridge.setWatch(engine.pageWatch());
        });
        connect(&bridge, &PageBridge::targetFound, &engine, &SessionEngine::targetFound);
        connect(&bridge, &PageBridge::tapped, &engine, &SessionEngine::targetTapped);

        QWebEngineProfile profile;
        QWebChannel channel;
        channel.registerObject(u"pasapas"_s, bridge.channelObject());
        QWebEnginePage webPage(&profile);
        QWebEngineView view;
        view.setPage(&webPage);
        view.resize(600, 400);
        view.show();
        test::installPageBridge(webPage, channel);
        QSignalSpy ready(&bridge, &PageBridge::ready);
        QSignalSpy found(&bridge, &PageBridge::targetFound);
        QSignalSpy covered(&bridge, &PageBridge::targetCovered);
        QSignalSpy moved(&bridge, &PageBridge::targetMoved);
        webPage.setHtml(body, QUrl(u"https://pages.pasapas.test/"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), test::pageStartTimeoutMs);

        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty() && found.constLast().constFirst().toString() == u"un", test::pageStartTimeoutMs);
        QVERIFY2(engine.pageWatch().next, "the engine offers the next step to the page");
        const QRectF un = found.constLast().at(1).toRectF();
        QTest::mouseClick(view.focusProxy(), Qt::LeftButton, {}, un.center().toPoint());

        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty() && found.constLast().constFirst().toString() == u"deux", test::pageStartTimeoutMs);
        QCOMPARE(engine.currentStep()->id, u"deux"_s);
        QCOMPARE(test::runJavaScript(&webPage, u"reacted"_s).toInt(), 1); // the page had the tap
        for (const QList<QVariant> &args : std::as_const(covered)) {
            QVERIFY2(args.constFirst().toString() != u"deux", "the next target was said to be hidden on the way");
        }
        // What was found is the next button, where it is now.
        const QVariantList r = test::runJavaScript(&webPage, u"(function(){const r=document.getElementById('deux').getBoundingClientRect();return [r.x,r.y,r.width,r.height];})()"_s).toList();
        QCOMPARE(r.size(), 4);
        QCOMPARE(found.constLast().at(1).toRectF().toRect(), QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble()).toRect());
        // "moved" says a change: never the place "found" has just said (one message less per step).
        for (const QList<QVariant> &args : std::as_const(moved)) {
            QVERIFY2(args.constFirst().toString() != u"deux"_s || args.at(1).toRectF().toRect() != found.constLast().at(1).toRectF().toRect(),
                     "the place just found was sent again as moved");
        }
    }
};

int main(int argc, char *argv[])
{
    return pasapas::test::webTestMain<MoveOnTest>(argc, argv);
}
#include "tst_moveon.moc"
