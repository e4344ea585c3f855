// SPDX-License-Identifier: GPL-3.0-or-later
// Guide studio, record mode (src/web/page/record.js) in a real Qt WebEngine
// page: a real tap selects an element instead of acting on the page, the
// element is described without any field value, the step proposed from the
// description (src/core/studio) finds that same element again with each of
// its locators, and "Faire l'action" lets one tap through. While a session
// step is repaired in place, the page's watch steps aside until recording ends.
#include "pagebridge.h"
#include "pagewatch.h"
#include "pagescripts.h"
#include "stepproposal.h"
#include "testsupport.h"
#include "webengine.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
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
const QString typed = u"SENTINELLE-TAPEE-4821"_s;
const QString prefilled = u"SENTINELLE-PREREMPLIE-7319"_s;

// Every tap the page itself sees lands in window.reacted (the page's own world).
const QString formPage = uR"html(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<style>body{font:16px sans-serif;margin:16px} input,button,a{display:block;margin:12px 0;min-height:32px}</style>
<script>window.reacted = []; addEventListener('click', function (e) { reacted.push(e.target.closest('[data-cas]') ? e.target.closest('[data-cas]').dataset.cas : 'page'); });</script>
</head><body><main id="contenu"><form id="form-9f3a" onsubmit="event.preventDefault()">
<div class="fr-input-group"><label for="input_42">Nom de famille <span class="fr-hint-text">Comme sur vos papiers</span></label>
<input id="input_42" name="nom" type="text" data-cas="nom"></div>
<div><label for="pw">Mot de passe</label><input id="pw" type="password" name="motDePasse" value="SENTINELLE-PREREMPLIE-7319" data-cas="mdp"></div>
<div><input type="checkbox" id="cgu" data-cas="cgu"><label for="cgu" data-cas="cgu-label">J'accepte les conditions</label></div>
<button type="button" class="sc-bdVaJa fr-btn" data-cas="valider"><span>Valider</span></button>
<a href="#suite" data-cas="suite">Continuer</a>
<div contenteditable="true" aria-label="Votre message" data-cas="message" style="min-height:32px">SENTINELLE-EDITABLE</div>
</form></main></body></html>)html"_s;

using test::runJavaScript;
} // namespace

class RecordTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<QWebEngineView> m_view;
    std::unique_ptr<QWebEnginePage> m_page;
    QWebChannel m_channel;
    PageBridge m_bridge;
    QList<QVariantMap> m_recorded;
    QUrl m_recordedOn; ///< the page the last element was recorded on

    QPoint centreOf(const QString &cas)
    {
        const QVariantList r = runJavaScript(m_page.get(),
                                             u"(function () { const r = document.querySelector('[data-cas=\"%1\"]').getBoundingClientRect();"
                                             " return [r.left + r.width / 2, r.top + r.height / 2]; })()"_s.arg(cas))
                                   .toList();
        return r.size() == 2 ? QPoint(qRound(r.at(0).toDouble()), qRound(r.at(1).toDouble())) : QPoint();
    }

    /// A real tap (mouse press and release) at the middle of the element.
    void tap(const QString &cas)
    {
        QWidget *input = m_view->focusProxy();
        QVERIFY(input);
        QTest::mouseClick(input, Qt::LeftButton, {}, centreOf(cas));
    }

    QStringList reacted()
    {
        return runJavaScript(m_page.get(), u"window.reacted"_s).toStringList();
    }

    /// Which element (its data-cas) the page script's locator finds.
    QString found(const Locator &locator)
    {
        QJsonObject l{{u"kind"_s, locatorKindName(locator.kind)}, {u"value"_s, locator.value}, {u"name"_s, locator.name}};
        const QString json = QString::fromUtf8(QJsonDocument(l).toJson(QJsonDocument::Compact));
        return runJavaScript(m_page.get(),
                             u"(function () { const el = pasapasMakeLocator(function () {}).locate([%1]); return el ? el.dataset.cas : 'nothing'; })()"_s.arg(json),
                             QWebEngineScript::ApplicationWorld)
            .toString();
    }

    /// Taps, waits for the description; the proposed step's every locator finds the tapped element.
    Step recordTap(const QString &cas, const QString &expected)
    {
        const qsizetype before = m_recorded.size();
        tap(cas);
        if (!QTest::qWaitFor(
                [&] {
                    return m_recorded.size() > before;
                },
                startTimeoutMs)) {
            return {};
        }
        const QVariantMap element = m_recorded.constLast();
        const Step step = proposeStep(ElementDescription::fromJson(QJsonObject::fromVariantMap(element)), m_recordedOn, {});
        for (const Locator &locator : step.target) {
            const QString got = found(locator);
            if (got != expected) {
                qWarning("%s %s found %s", qPrintable(locatorKindName(locator.kind)), qPrintable(locator.value), qPrintable(got));
                return {};
            }
        }
        return step;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = std::make_unique<QWebEngineProfile>();
        m_page = std::make_unique<QWebEnginePage>(m_profile.get());
        m_view = std::make_unique<QWebEngineView>();
        m_view->setPage(m_page.get());
        m_view->resize(800, 600);
        m_view->show();
        m_channel.registerObject(u"pasapas"_s, m_bridge.channelObject());
        test::installPageBridge(*m_page, m_channel);
        connect(&m_bridge, &PageBridge::elementRecorded, this, [this](const QVariantMap &element, const QRectF &, const QUrl &url) {
            m_recorded.append(element);
            m_recordedOn = url;
        });

        m_bridge.setRecording(true); // before the page: it asks when it starts
        QSignalSpy ready(&m_bridge, &PageBridge::ready);
        QSignalSpy loaded(m_page.get(), &QWebEnginePage::loadFinished);
        m_page->setHtml(formPage, QUrl(u"https://pages.pasapas.test/demande/123456/identite"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !ready.isEmpty(), startTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(m_page.get(), u"window.__pasapasRecorder && window.__pasapasRecorder.recording === true"_s, QWebEngineScript::ApplicationWorld).toBool(),
                                 startTimeoutMs);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_page.reset();
        m_profile.reset();
    }

    void aTapSelectsAButtonAndThePageDoesNotReact()
    {
        const Step step = recordTap(u"valider"_s, u"valider"_s);
        QCOMPARE(step.instruction.french(), u"Appuyez sur « Valider »."_s);
        QCOMPARE(step.target.constFirst().kind, Locator::Kind::Role);
        QCOMPARE(step.target.constLast().value, u"#contenu > form:nth-of-type(1) > button.fr-btn:nth-of-type(1)"_s);
        QCOMPARE(step.completion.kind, Completion::Kind::Tap);
        QCOMPARE(step.page.pattern(), u"https://pages.pasapas.test/demande/*/identite"_s);
        QCOMPARE(reacted(), QStringList());
        // Record mode as the mediator sees the page: the element selected, the rest dimmed.
        QDir().mkpath(QStringLiteral(PASAPAS_SCREENSHOT_DIR));
        m_view->grab().save(QStringLiteral(PASAPAS_SCREENSHOT_DIR) + u"/studio-record-selected.png"_s);
    }

    void aFieldIsDescribedByItsLabelAndNotFocused()
    {
        const Step step = recordTap(u"nom"_s, u"nom"_s);
        QCOMPARE(step.frenchWords, u"Nom de famille"_s);
        QCOMPARE(step.instruction.french(), u"Tapez votre nom de famille."_s);
        QCOMPARE(step.completion.kind, Completion::Kind::Fill);
        QCOMPARE(step.target.constLast().value, u"input[name=\"nom\"]"_s); // not the generated id input_42
        QVERIFY(!step.sensitive);
        QCOMPARE(runJavaScript(m_page.get(), u"document.activeElement.dataset.cas || 'none'"_s).toString(), u"none"_s);
    }

    void aLabelStandsForItsCheckboxWhichStaysUnticked()
    {
        const Step step = recordTap(u"cgu-label"_s, u"cgu"_s);
        QCOMPARE(step.instruction.french(), u"Cochez la case « J'accepte les conditions »."_s);
        QCOMPARE(runJavaScript(m_page.get(), u"document.getElementById('cgu').checked"_s).toBool(), false);
        QCOMPARE(reacted(), QStringList());
    }

    void aPasswordIsSensitiveAndItsValueIsNeverSent()
    {
        const Step step = recordTap(u"mdp"_s, u"mdp"_s);
        QVERIFY(step.sensitive);
        QCOMPARE(step.instruction.french(), u"Tapez votre mot de passe."_s);
        for (const QVariantMap &element : std::as_const(m_recorded)) {
            QVERIFY(!QJsonDocument(QJsonObject::fromVariantMap(element)).toJson().contains("SENTINELLE"));
        }
    }

    void anEditableAreaIsDescribedWithoutItsText()
    {
        const Step step = recordTap(u"message"_s, u"message"_s);
        QCOMPARE(step.frenchWords, u"Votre message"_s);
        const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(m_recorded.constLast())).toJson();
        QVERIFY2(!json.contains("SENTINELLE"), json.constData());
    }

    void doTheActionLetsOneTapThrough()
    {
        QVERIFY(!recordTap(u"nom"_s, u"nom"_s).id.isEmpty());
        const qsizetype recorded = m_recorded.size();
        m_bridge.letTapThrough();
        QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(m_page.get(), u"window.__pasapasRecorder.letThrough === true"_s, QWebEngineScript::ApplicationWorld).toBool(),
                                 startTimeoutMs);
        // The mediator types in the field: the page gets the tap and the keys.
        tap(u"nom"_s);
        QTRY_COMPARE_WITH_TIMEOUT(runJavaScript(m_page.get(), u"document.activeElement.dataset.cas || 'none'"_s).toString(), u"nom"_s, startTimeoutMs);
        QTest::keyClicks(m_view->focusProxy(), typed);
        QTRY_COMPARE_WITH_TIMEOUT(runJavaScript(m_page.get(), u"document.getElementById('input_42').value"_s).toString(), typed, startTimeoutMs);
        QCOMPARE(m_recorded.size(), recorded);
        QCOMPARE(reacted(), QStringList{u"nom"_s});
        // Then recording goes on: the next tap selects again.
        QVERIFY(!recordTap(u"valider"_s, u"valider"_s).id.isEmpty());
        QCOMPARE(reacted(), QStringList{u"nom"_s});
        for (const QVariantMap &element : std::as_const(m_recorded)) {
            const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(element)).toJson();
            QVERIFY(!json.contains(typed.toUtf8()));
            QVERIFY(!json.contains(prefilled.toUtf8()));
        }
    }

    void outOfRecordModeThePageReacts()
    {
        m_bridge.setRecording(false);
        QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(m_page.get(), u"window.__pasapasRecorder.recording === false"_s, QWebEngineScript::ApplicationWorld).toBool(),
                                 startTimeoutMs);
        const qsizetype recorded = m_recorded.size();
        tap(u"suite"_s);
        QTRY_COMPARE_WITH_TIMEOUT(reacted().value(1), u"suite"_s, startTimeoutMs);
        QCOMPARE(m_recorded.size(), recorded);
    }

    /// Repair in place: a session shows its step (only « Valider » may be
    /// tapped); while the mediator taps in record mode, the step is neither
    /// shown nor held to, and it comes back when recording ends.
    void aSessionWatchStepsAsideWhileRecording()
    {
        QSignalSpy found(&m_bridge, &PageBridge::targetFound);
        QSignalSpy tapped(&m_bridge, &PageBridge::tapped);
        QSignalSpy blocked(&m_bridge, &PageBridge::blocked);
        PageWatch watch;
        watch.stepId = u"valider"_s;
        watch.target = {Locator{Locator::Kind::Css, u"[data-cas=valider]"_s, {}}};
        watch.completion = Completion::Kind::Tap;
        watch.insist = true;
        m_bridge.setWatch(watch);
        QTRY_VERIFY_WITH_TIMEOUT(found.count() == 1, startTimeoutMs);

        m_bridge.setRecording(true);
        QTRY_VERIFY_WITH_TIMEOUT(runJavaScript(m_page.get(), u"window.__pasapasRecorder.recording === true"_s, QWebEngineScript::ApplicationWorld).toBool(),
                                 startTimeoutMs);
        const QStringList before = reacted();
        QVERIFY(!recordTap(u"nom"_s, u"nom"_s).id.isEmpty()); // not the step's target: not held back
        QVERIFY(!recordTap(u"valider"_s, u"valider"_s).id.isEmpty()); // the step's target: not its tap
        QCOMPARE(blocked.count(), 0);
        QCOMPARE(tapped.count(), 0);
        QCOMPARE(reacted(), before);

        m_bridge.setRecording(false);
        QTRY_VERIFY_WITH_TIMEOUT(found.count() == 2, startTimeoutMs); // looked for again
        tap(u"valider"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tapped.count(), 1, startTimeoutMs);
        m_bridge.setWatch({});
    }
};

int main(int argc, char *argv[])
{
    return pasapas::test::webTestMain<RecordTest>(argc, argv);
}

#include "tst_record.moc"
