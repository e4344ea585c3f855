// SPDX-License-Identifier: GPL-3.0-or-later
// Guide studio, record mode: time from a real tap on the page to the step
// proposed from it (the page script's description over QWebChannel, then
// src/core/studio), median over 20 taps on 20 buttons. The proposal card's
// drawing is not included: bench_recordscreen times it in the app.
// Run: ./tools/dev env QT_QPA_PLATFORM=offscreen build/bin/bench_record
#include "benchsupport.h"
#include "pagescripts.h"
#include "stepproposal.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace pasapas;

class RecordBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tapToProposal()
    {
        QWebEngineProfile profile;
        QWebEnginePage page(&profile);
        QWebEngineView view;
        view.setPage(&page);
        view.resize(800, 900);
        view.show();
        QWebChannel channel;
        PageBridge bridge;
        channel.registerObject(u"pasapas"_s, bridge.channelObject());
        test::installPageBridge(page, channel);
        bridge.setRecording(true);

        QString buttons;
        for (int i = 0; i < 20; ++i) {
            buttons += u"<button type=\"button\" style=\"display:block;height:36px;margin:4px\">Bouton %1</button>"_s.arg(i);
        }
        QSignalSpy ready(&bridge, &PageBridge::ready);
        page.setHtml(u"<!DOCTYPE html><html lang=\"fr\"><body>"_s + buttons + u"</body></html>"_s, QUrl(u"https://pages.pasapas.test/banc"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), test::pageStartTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            test::runJavaScript(&page, u"!!window.__pasapasRecorder && window.__pasapasRecorder.recording"_s, QWebEngineScript::ApplicationWorld).toBool(),
            test::pageStartTimeoutMs);

        Step proposed;
        QElapsedTimer clock;
        QList<double> ms;
        connect(&bridge, &PageBridge::elementRecorded, this, [&](const QVariantMap &element, const QRectF &, const QUrl &url) {
            proposed = proposeStep(ElementDescription::fromJson(QJsonObject::fromVariantMap(element)), url, {});
            ms.append(double(clock.nsecsElapsed()) / 1e6);
        });
        for (int i = 0; i < 20; ++i) {
            const QVariantList centre = test::runJavaScript(&page,
                                                            u"(function () { const r = document.querySelectorAll('button')[%1].getBoundingClientRect();"
                                                            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"_s.arg(i))
                                            .toList();
            QCOMPARE(centre.size(), 2);
            const qsizetype before = ms.size();
            clock.start();
            QTest::mouseClick(view.focusProxy(), Qt::LeftButton, {}, QPoint(qRound(centre.at(0).toDouble()), qRound(centre.at(1).toDouble())));
            QTRY_VERIFY_WITH_TIMEOUT(ms.size() > before, test::pageStartTimeoutMs);
            QCOMPARE(proposed.frenchWords, u"Bouton %1"_s.arg(i));
        }
        bench::print("record mode: tap to proposed step (not drawn)", ms, "<= 100 ms");
    }
};

int main(int argc, char *argv[])
{
    return pasapas::test::webTestMain<RecordBench>(argc, argv);
}

#include "bench_record.moc"
