// SPDX-License-Identifier: GPL-3.0-or-later
// A whole practice procedure done as a person would, with the real Qt
// WebEngine on the offline practice site, under Xvfb: taps at the
// highlighted place, typing into fields, a hop to the identity site and back,
// a late element, targets in an iframe and a shadow root, a page whose CSS
// changed, an upload and a download. One screenshot per step in
// build/screenshots/session-NN-STEP.png.
#include "appcontroller.h"
#include "application.h"
#include "drawkinds.h"
#include "guisupport.h"
#include "sessiondriver.h"
#include "pagebridge.h"
#include "practiceserver.h"
#include "sessioncontroller.h"
#include "sessionengine.h"
#include "webengine.h"

#include <QDir>
#include <csignal>
#include <QGuiApplication>
#include <QImage>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

/// The moves of a person come from the session fixture (tests/sessiondriver.h).
class SessionTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private:
    int m_shot = 0;

    /// The spotlight's amber outline is on screen just left and right of the
    /// target (the native bubble, also amber, sits above or below it).
    bool highlightDrawn()
    {
        return QTest::qWaitFor(
            [&] {
                const QImage image = window()->grabWindow();
                const QRectF rect = session()->targetRect();
                const QRectF scene(toWindow(rect.topLeft()), toWindow(rect.bottomRight()));
                const qreal dpr = image.devicePixelRatio();
                const auto amberNear = [&](qreal x, qreal y, int direction) {
                    for (int d = 3; d <= 14; ++d) {
                        const QPoint px = (QPointF(x + direction * d, y) * dpr).toPoint();
                        if (!image.rect().contains(px)) {
                            continue;
                        }
                        const QColor c = image.pixelColor(px);
                        if (c.red() > 200 && c.green() > 80 && c.green() < 215 && c.blue() < 90) {
                            return true;
                        }
                    }
                    return false;
                };
                return amberNear(scene.left(), scene.center().y(), -1) && amberNear(scene.right(), scene.center().y(), +1);
            },
            3000);
    }

    /// The "Ici" bubble covers no control of the page but the target (and
    /// what overlaps it, its labels included): names what it covers.
    [[nodiscard]] QString bubbleCovers() const
    {
        QQuickItem *bubble = item(u"targetBubble"_s);
        if (!bubble || !bubble->isVisible()) {
            return {};
        }
        const qreal zoom = webView()->property("zoomFactor").toReal();
        const QRectF box(bubble->x() / zoom, bubble->y() / zoom, bubble->width() / zoom, bubble->height() / zoom);
        const QRectF t = session()->targetRect();
        const QString script = uR"((function () {
            const box = {l: %1, t: %2, r: %3, b: %4}, tg = {l: %5, t: %6, r: %7, b: %8};
            const meets = (r, o) => r.left < o.r && r.right > o.l && r.top < o.b && r.bottom > o.t;
            const covered = [];
            for (const el of document.querySelectorAll('a[href], button, input, select, textarea, label, summary, [role=button], [role=link]')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || meets(r, tg)) continue;
                if (el.tagName === 'LABEL' && el.control && meets(el.control.getBoundingClientRect(), tg)) continue;
                if (meets(r, box)) covered.push(el.tagName + ':' + (el.id || el.textContent.trim().slice(0, 20)));
            }
            return covered.join(', ');
        })())"_s.arg(box.left()).arg(box.top()).arg(box.right()).arg(box.bottom()).arg(t.left()).arg(t.top()).arg(t.right()).arg(t.bottom());
        return test::runJavaScript(webView(), script).toString();
    }

    void stepShot(const QString &stepId)
    {
        QVERIFY(screenshot(u"session-%1-%2.png"_s.arg(++m_shot, 2, 10, QLatin1Char('0')).arg(stepId)));
    }

    /// Shows, checks the highlight, screenshots, then taps the target as a finger would.
    void tapStep(const QString &stepId)
    {
        QVERIFY2(waitShowing(stepId), qPrintable(stepId));
        QVERIFY(waitSettled());
        QVERIFY(clearObstacles(stepId));
        QVERIFY2(highlightDrawn(), qPrintable(u"no highlight around the target of "_s + stepId));
        QTRY_VERIFY(item(u"targetBubble"_s)->isVisible());
        const QString covered = bubbleCovers();
        QVERIFY2(covered.isEmpty(), qPrintable(stepId + u": the bubble covers "_s + covered));
        stepShot(stepId);
        QTest::mouseClick(window(), Qt::LeftButton, {}, targetCentre());
    }

    /// Taps the field, types, and leaves it (Tab) as a person would.
    void fillStep(const QString &stepId, const QString &text)
    {
        tapStep(stepId);
        QVERIFY2(typeIntoField(text), qPrintable(u"no field took the focus at "_s + stepId));
    }

    /// A drop-down list: tap it, then choose the next entry with the keys.
    void chooseStep(const QString &stepId)
    {
        tapStep(stepId);
        chooseInList();
    }

private Q_SLOTS:
    void initTestCase()
    {
        CommandLine commandLine;
        commandLine.startGuide = u"practice-inscription"_s;
        commandLine.guideDirs = {test::testData(u"e2e-guides"_s)};
        QVERIFY(startApp(commandLine));
        QVERIFY2(session(), "--start opened the session at once");
        QTRY_VERIFY(item(u"sessionPage"_s) && item(u"stepCard"_s));
        QVERIFY(app()->practiceServer() && app()->practiceServer()->isRunning());
    }

    // A still screen is not drawn again: no endless animation runs on the
    // session page (the Breeze style's progress bar ran one, hidden, for as
    // long as the page lived, and every change waited for a frame in progress).
    void sessionPageRunsNoEndlessAnimation()
    {
        QVERIFY(waitShowing(u"creer-compte"_s));
        const QStringList running = test::endlessAnimations(sessionPage());
        QVERIFY2(running.isEmpty(), qPrintable(running.join(u", "_s)));
    }

    // Nor does the session page draw a rounded rectangle with Kirigami's shader:
    // on a software renderer, that GL program alone cost the session's first
    // frames 30–50 ms (its buttons paint the style's background: ButtonFrame).
    void sessionPageNeedsNoKirigamiShader()
    {
        QVERIFY(waitShowing(u"creer-compte"_s));
        const QStringList drawnByShader = test::kirigamiShadersOnScreen(window()->contentItem());
        QVERIFY2(drawnByShader.isEmpty(), qPrintable(drawnByShader.join(u", "_s)));
    }

    // Nor with Qt's smooth rounded-rectangle shader, with its target shown:
    // another GL program (50–80 ms of a cold start's frames in the software
    // renderer) that the bars, the French words, the buttons' shadow and the
    // bubble alone needed (issue 16).
    void sessionPageNeedsNoSmoothRectangleShader()
    {
        QVERIFY(waitShowing(u"creer-compte"_s));
        QTRY_VERIFY(item(u"targetBubble"_s)->isVisible());
        const QStringList drawnByShader = test::smoothRoundedRectanglesOnScreen(window()->contentItem());
        QVERIFY2(drawnByShader.isEmpty(), qPrintable(drawnByShader.join(u", "_s)));
    }

    void wholeProcedure()
    {
        // A consent banner covers the home page at every fresh session, as on
        // real sites. The guide has no step for it: the card says to close it,
        // the banner's "Tout refuser" is highlighted and can be tapped while
        // the step insists, and the step comes back by itself.
        QVERIFY(waitShowing(u"creer-compte"_s));
        QTRY_COMPARE_WITH_TIMEOUT(session()->obstacle(), SessionEngine::Obstacle::CookieBanner, 10000);
        QVERIFY(waitSettled());
        QVERIFY(shows(u"obstacleMessage"_s));
        const QPoint refuse = elementCentre(u"#tarteaucitronAllDenied2"_s);
        QVERIFY((refuse - targetCentre()).manhattanLength() <= 2);
        QVERIFY2(highlightDrawn(), "no highlight around the banner's way out");
        stepShot(u"bandeau-cookies"_s);
        QTest::mouseClick(window(), Qt::LeftButton, {}, refuse);
        QTRY_COMPARE_WITH_TIMEOUT(session()->obstacle(), SessionEngine::Obstacle::NoObstacle, 10000);
        QCOMPARE(test::runJavaScript(webView(), u"document.cookie"_s).toString(), u"tarteaucitron=non"_s);
        QCOMPARE(session()->blockedTaps(), 0);

        // The "Ici" bubble takes no tap: one on it reaches the page (which
        // stops it there, as it is not the target).
        QVERIFY(waitShowing(u"creer-compte"_s));
        QTRY_VERIFY(item(u"targetBubble"_s)->isVisible());
        QVERIFY(waitSettled());
        QQuickItem *bubble = item(u"targetBubble"_s);
        QTest::mouseClick(window(), Qt::LeftButton, {}, bubble->mapToScene(QPointF(bubble->width() / 2, bubble->height() / 2)).toPoint());
        QTRY_COMPARE(session()->blockedTaps(), 1);

        // Account creation on the employment site
        tapStep(u"creer-compte"_s);
        QVERIFY(leftStep(u"creer-compte"_s));
        fillStep(u"email"_s, u"prenom.nom@example.org"_s);
        QVERIFY(leftStep(u"email"_s));
        QVERIFY(shows(u"sensitiveMessage"_s)); // the password
        fillStep(u"mot-de-passe"_s, u"Secret123!"_s);
        QVERIFY(leftStep(u"mot-de-passe"_s));
        QVERIFY(shows(u"sensitiveMessage"_s));
        fillStep(u"mot-de-passe-2"_s, u"Secret123!"_s);
        QVERIFY(leftStep(u"mot-de-passe-2"_s));
        tapStep(u"cgu"_s);
        QVERIFY(leftStep(u"cgu"_s));
        tapStep(u"valider-compte"_s);
        QVERIFY(leftStep(u"valider-compte"_s));
        tapStep(u"aller-connexion"_s);
        QVERIFY(leftStep(u"aller-connexion"_s));

        // Sign in through the identity provider, on another site, and back
        tapStep(u"connexion-pratique"_s);
        QVERIFY(leftStep(u"connexion-pratique"_s));
        QVERIFY(waitShowing(u"identifiant"_s));
        QCOMPARE(pageUrl().host(), u"identite.localhost"_s);
        fillStep(u"identifiant"_s, u"demo"_s);
        QVERIFY(leftStep(u"identifiant"_s));
        fillStep(u"mot-de-passe-idp"_s, u"demo"_s);
        QVERIFY(leftStep(u"mot-de-passe-idp"_s));
        tapStep(u"continuer-idp"_s);
        QVERIFY(leftStep(u"continuer-idp"_s));
        QVERIFY(waitShowing(u"nom"_s));
        QCOMPARE(pageUrl().host(), u"emploi.localhost"_s);

        // The multi-page form. The site is French whatever the interface
        // language: asked in French (navigator.language follows the
        // Accept-Language the app sends) and shown in French (dates jj/mm/aaaa).
        QCOMPARE(test::runJavaScript(webView(), u"navigator.language + ' ' + Intl.DateTimeFormat().resolvedOptions().locale"_s).toString(), u"fr-FR fr-FR"_s);
        // The site's information pop-in covers the first field: closed first, then the field.
        QTRY_COMPARE_WITH_TIMEOUT(session()->obstacle(), SessionEngine::Obstacle::SiteDialog, 10000);
        QVERIFY(waitSettled());
        stepShot(u"popin"_s);
        fillStep(u"nom"_s, u"Dupont"_s);
        QVERIFY(leftStep(u"nom"_s));
        fillStep(u"prenom"_s, u"Amina"_s);
        QVERIFY(leftStep(u"prenom"_s));
        chooseStep(u"nationalite"_s);
        QVERIFY(leftStep(u"nationalite"_s));
        tapStep(u"suivant-identite"_s);
        QVERIFY(leftStep(u"suivant-identite"_s));
        fillStep(u"adresse"_s, u"3 rue des Lilas"_s);
        QVERIFY(leftStep(u"adresse"_s));
        // The page says which locator found each target: the guide's health in the journal.
        QSignalSpy located(session()->pageBridge(), &PageBridge::targetLocated);
        tapStep(u"aide-adresse"_s); // inside an open shadow root
        QVERIFY(leftStep(u"aide-adresse"_s));
        tapStep(u"valider-adresse"_s); // its CSS selector no longer matches; its text does
        QVERIFY(leftStep(u"valider-adresse"_s));
        QVERIFY(waitShowing(u"situation"_s));
        QList<int> viaFor[2];
        for (const QList<QVariant> &report : std::as_const(located)) {
            const QString step = report.at(0).toString();
            if (step == u"valider-adresse"_s || step == u"situation"_s) {
                viaFor[step == u"situation"_s].append(report.at(1).toInt());
            }
        }
        QVERIFY2(!viaFor[0].isEmpty() && viaFor[0].count(1) == viaFor[0].size(), qPrintable(where()));
        QVERIFY2(!viaFor[1].isEmpty() && viaFor[1].count(0) == viaFor[1].size(), qPrintable(where()));
        // The person's own choice: the whole group is highlighted, the card
        // says any answer is fine, and the last option completes the step as
        // the first would.
        QVERIFY(waitShowing(u"situation"_s));
        QVERIFY(waitSettled());
        QVERIFY(item(u"chooseHint"_s) && item(u"chooseHint"_s)->isVisible());
        const QRectF group = session()->targetRect();
        for (const auto &option : {u"label[for=sit-sans-emploi]"_s, u"label[for=sit-formation]"_s}) {
            const QVariantMap r = test::runJavaScript(webView(),
                u"(function(){const r=document.querySelector('%1').getBoundingClientRect();return {x:r.x+r.width/2,y:r.y+r.height/2};})()"_s.arg(option))
                                      .toMap();
            QVERIFY2(group.contains(QPointF(r.value(u"x"_s).toReal(), r.value(u"y"_s).toReal())), qPrintable(option));
        }
        stepShot(u"situation"_s);
        QVERIFY(choose(u"situation"_s));
        QVERIFY(leftStep(u"situation"_s));
        QCOMPARE(test::runJavaScript(webView(), u"document.getElementById('sit-formation').checked"_s).toBool(), true);
        chooseStep(u"contrat"_s);
        QVERIFY(leftStep(u"contrat"_s));
        tapStep(u"suivant-situation"_s);
        QVERIFY(leftStep(u"suivant-situation"_s));
        tapStep(u"lu-conditions"_s); // inside an iframe
        QVERIFY(leftStep(u"lu-conditions"_s));
        tapStep(u"continuer-conditions"_s);
        QVERIFY(leftStep(u"continuer-conditions"_s));

        // Upload a document: only the session's documents can be chosen
        tapStep(u"choisir-document"_s);
        QVERIFY(leftStep(u"choisir-document"_s));
        QTRY_VERIFY(item(u"document-cv-exemple.pdf"_s) && item(u"document-cv-exemple.pdf"_s)->isVisible());
        // The chooser closes before the page can be touched again.
        QVERIFY(pickDocument(5000, u"cv-exemple.pdf"_s));
        tapStep(u"envoyer-document"_s);
        QVERIFY(leftStep(u"envoyer-document"_s));
        tapStep(u"terminer"_s);
        QVERIFY(leftStep(u"terminer"_s));

        // The download link appears late: looked for first, shown when it comes
        QCOMPARE(session()->stepId(), u"attestation"_s);
        QList<SessionEngine::State> seen{session()->state()};
        connect(session(), &SessionController::stateChanged, this, [&] {
            if (session()->stepId() == u"attestation") {
                seen.append(session()->state());
            }
        });
        tapStep(u"attestation"_s);
        // The link comes about a second after the page: the step was looking for it, then showed it.
        QVERIFY2(seen.contains(SessionEngine::State::Looking) && seen.indexOf(SessionEngine::State::Looking) < seen.lastIndexOf(SessionEngine::State::Showing), "the step was not looking, then showing");
        QVERIFY(leftStep(u"attestation"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session()->documents()->fileNames().contains(u"attestation-inscription.pdf"_s), 15000);
        const QString pdfPath = session()->documents()->folder() + u"/attestation-inscription.pdf"_s;
        const auto pdfStart = [&pdfPath] {
            QFile pdf(pdfPath);
            return pdf.open(QIODevice::ReadOnly) ? pdf.read(5) : QByteArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(pdfStart(), QByteArray("%PDF-"), 15000);

        // The last step is read, then "C'est fait"
        QTRY_COMPARE(session()->stepId(), u"fin"_s);
        stepShot(u"fin"_s);
        QQuickItem *done = item(u"doneButton"_s);
        QVERIFY(done && done->height() >= 48);
        test::tapCentre(window(), done);
        QTRY_COMPARE(session()->state(), SessionEngine::State::Finished);
        stepShot(u"termine"_s);
        QCOMPARE(session()->engine()->isSkipped(0), false);
    }

    void recoveryWhenThePersonGoesElsewhere()
    {
        QVERIFY(start(u"practice-inscription"_s));
        tapStep(u"creer-compte"_s); // the banner first, as a person would
        QVERIFY(waitShowing(u"email"_s));
        QVERIFY(waitSettled()); // styled and laid out, as the person sees it
        // The person taps the site's name, which leads home, instead of filling the field.
        // (It is at the top: the person scrolls up to it.)
        const QPoint link = elementCentre(u".lien-accueil"_s);
        QVERIFY(!link.isNull());
        QSignalSpy recovered(session(), &SessionController::recovered);
        QTest::mouseClick(window(), Qt::LeftButton, {}, link);
        if (!recovered.wait(10000)) {
            stepShot(u"recovery-failed"_s);
            qWarning("link at %d,%d; url now %s; scrollY %s",
                link.x(),
                link.y(),
                qPrintable(pageUrl().toString()),
                qPrintable(test::runJavaScript(webView(), u"String(window.scrollY)+' '+document.activeElement.tagName"_s).toString()));
            QFAIL("no recovery");
        }
        // Back at the first step of the home page.
        QCOMPARE(recovered.constFirst().at(1).toInt(), 1);
        QCOMPARE(session()->stepId(), u"creer-compte"_s);
        QVERIFY(waitShowing(u"creer-compte"_s));
        QCOMPARE(session()->obstacle(), SessionEngine::Obstacle::NoObstacle); // chosen once per session
        stepShot(u"retour-accueil"_s);
    }

    void tapsOutsideTheTargetAreStopped()
    {
        QVERIFY(waitShowing(u"creer-compte"_s));
        QVERIFY(waitSettled());
        // "Me connecter" is on the page, but "Créer mon compte" comes first.
        const QPoint other = elementCentre(u"a[href=\"/connexion\"]"_s);
        QVERIFY(!other.isNull());
        const int blocked = session()->blockedTaps();
        QTest::mouseClick(window(), Qt::LeftButton, {}, other);
        QTRY_COMPARE(session()->blockedTaps(), blocked + 1);
        // No navigation happens, not even late: nothing signals that, the pause is the check.
        (void)test::holdsFor(
            [&] {
                return pageUrl().path() == u"/";
            },
            1000);
        QCOMPARE(pageUrl().path(), u"/"_s);
        QCOMPARE(session()->stepId(), u"creer-compte"_s);
    }

    void backGoesToThePreviousWebPage()
    {
        // Back as people know it: the mouse's back button, Alt+Left and the
        // "Page précédente" control go back one web page; the session goes on.
        QVERIFY(start(u"practice-inscription"_s));
        SessionController *running = session();
        // In the page's own header, or in Kirigami's toolbar when the
        // header's buttons do not fit beside the title (PageHeader).
        const auto backControl = [this] {
            return test::findItemWhere(window()->contentItem(), [](QQuickItem *button) {
                return button->objectName() == u"pageBackActionButton" && button->isVisible();
            });
        };
        tapStep(u"creer-compte"_s);
        QVERIFY(waitShowing(u"email"_s));
        QCOMPARE(pageUrl().path(), u"/compte/creer"_s);
        QTRY_VERIFY(backControl() != nullptr);

        QTest::mouseClick(window(), Qt::BackButton, {}, QPoint(window()->width() / 2, window()->height() / 2));
        QTRY_COMPARE_WITH_TIMEOUT(pageUrl().path(), u"/"_s, 10000);
        QCOMPARE(session(), running);
        QVERIFY(!running->isClosed());
        QCOMPARE(currentPage()->objectName(), u"sessionPage"_s);
        QTRY_VERIFY(backControl() == nullptr); // the first page: nowhere to go back to

        // On the first page, Alt+Left does nothing: the session neither ends nor leaves.
        QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier);
        (void)test::holdsFor(
            [&] {
                return session() == running && currentPage()->objectName() == u"sessionPage";
            },
            1000);
        QCOMPARE(session(), running);
        QCOMPARE(currentPage()->objectName(), u"sessionPage"_s);
        QCOMPARE(pageUrl().path(), u"/"_s);

        // Forward again as a person does, by following the guide (a page a
        // script opens without a tap is one the browser's Back skips), then
        // the control and Alt+Left.
        const auto goToAccountPage = [this] {
            for (int i = 0; i < 4 && pageUrl().path() != u"/compte/creer"; ++i) {
                QVERIFY2(doCurrentStep(), qPrintable(where()));
            }
            QTRY_COMPARE_WITH_TIMEOUT(pageUrl().path(), u"/compte/creer"_s, 10000);
        };
        goToAccountPage();
        QTRY_VERIFY(backControl() != nullptr);
        test::tapCentre(window(), backControl());
        QTRY_COMPARE_WITH_TIMEOUT(pageUrl().path(), u"/"_s, 10000);
        goToAccountPage();
        QTRY_VERIFY(backControl() != nullptr);
        QTest::keyClick(window(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(pageUrl().path(), u"/"_s, 10000);
        QCOMPARE(session(), running);
        QCOMPARE(currentPage()->objectName(), u"sessionPage"_s);
        // The card's own way back says what it does.
        QCOMPARE(item(u"backButton"_s)->property("text").toString(), u"Étape précédente"_s);
    }

    void portraitPutsTheCardUnderThePage()
    {
        QVERIFY(start(u"practice-toucher"_s));
        window()->resize(800, 1280);
        QVERIFY(waitShowing(u"bouton-1"_s));
        QVERIFY(waitSettled());
        QQuickItem *card = item(u"stepCard"_s);
        QVERIFY(card);
        QTRY_VERIFY(card->mapToScene(QPointF(0, 0)).y() >= webView()->mapToScene(QPointF(0, webView()->height())).y() - 1);
        QTRY_VERIFY(std::abs(card->width() - webView()->width()) < 1);
        QVERIFY(highlightDrawn());
        stepShot(u"portrait"_s);
        tapStep(u"bouton-1"_s);
        QVERIFY(leftStep(u"bouton-1"_s));
        window()->resize(1280, 800);
        QTRY_VERIFY(card->mapToScene(QPointF(0, 0)).x() >= webView()->mapToScene(QPointF(webView()->width(), 0)).x() - 1);
    }

    void missingTargetFallback()
    {
        QVERIFY(start(u"practice-missing"_s));
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), SessionEngine::State::Missing, 20000);
        QTRY_VERIFY(shows(u"missingMessage"_s));
        QQuickItem *message = item(u"missingMessage"_s);
        QVERIFY(message->property("text").toString().contains(u"« Déposer ma demande »"_s));
        QCOMPARE(item(u"frenchWords"_s)->property("text").toString(), u"« Déposer ma demande »"_s);
        QVERIFY(item(u"stuckButton"_s)->isVisible());
        // Once missing, taps elsewhere are no longer stopped.
        QCOMPARE(session()->pageBridge()->currentWatch().value(u"insist"_s).toBool(), false);
        stepShot(u"introuvable"_s);
    }

    /// "Revenir à la bonne page" goes back through the history when the good
    /// page is there, as the Back button would: the form keeps what the
    /// person typed where the site lets the browser keep it (the practice
    /// site does not: its fields say autocomplete="off", as many real ones).
    void backOnTrackKeepsWhatWasTyped()
    {
        QVERIFY(start(u"practice-inscription"_s));
        tapStep(u"creer-compte"_s);
        fillStep(u"email"_s, u"prenom.nom@example.org"_s);
        QVERIFY(waitShowing(u"mot-de-passe"_s));
        const auto typedLength = [this] {
            return test::runJavaScript(webView(), u"(function(){const e=document.getElementById('email');return e?e.value.length:-1;})()"_s).toInt();
        };
        QCOMPARE(typedLength(), 22);
        const auto historyLength = [this] {
            return test::runJavaScript(webView(), u"history.length"_s).toInt();
        };
        const int pages = historyLength();
        webView()->setProperty("url", app()->practiceServer()->resolve(QUrl(u"http://emploi.localhost/lettre"_s))); // a page of no step
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), SessionEngine::State::OffTrack, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(historyLength(), pages + 1, 15000); // the other page is there
        QTRY_VERIFY(shows(u"offTrackMessage"_s));
        QVERIFY(QMetaObject::invokeMethod(item(u"sessionPage"_s), "backOnTrack"));
        QVERIFY(waitShowing(u"mot-de-passe"_s));
        QCOMPARE(pageUrl().path(), u"/compte/creer"_s);
        // Back through the history, not a new visit.
        QCOMPARE(test::runJavaScript(webView(), u"performance.getEntriesByType('navigation')[0].type"_s).toString(), u"back_forward"_s);
        QCOMPARE(historyLength(), pages + 1); // no new page in the history
    }

    /// Sites fail as real ones do: each time a calm message in the person's
    /// language, "Réessayer", and the guide stays on its step.
    void sitesThatFail_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    void sitesThatFail()
    {
        QFETCH(QString, language);
        controller()->localization()->setLanguage(language);
        QVERIFY(start(u"practice-inscription"_s));
        // Straight to the form (the banner is met in wholeProcedure).
        webView()->setProperty("url", app()->practiceServer()->resolve(QUrl(u"http://emploi.localhost/compte/creer"_s)));
        QVERIFY(waitShowing(u"email"_s));
        const auto problemShown = [this] {
            QQuickItem *problem = item(u"pageProblem"_s);
            return problem && problem->isVisible() && item(u"pageRetry"_s)->isVisible();
        };

        // Down for maintenance: 503.
        webView()->setProperty("url", app()->practiceServer()->resolve(QUrl(u"http://emploi.localhost/panne"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(problemShown(), 15000);
        QCOMPARE(session()->pageFailure(), PageFailure::Site);
        QCOMPARE(session()->stepId(), u"email"_s);
        QVERIFY(screenshot(u"session-panne-%1.png"_s.arg(language)));

        // A site that never answers: said after a while (shortened here).
        session()->pageHealth()->setSlowAfterMs(1500);
        webView()->setProperty("url", app()->practiceServer()->resolve(QUrl(u"http://emploi.localhost/lent"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(session()->pageFailure(), PageFailure::Slow, 15000);
        QTRY_VERIFY(problemShown());
        QCOMPARE(session()->stepId(), u"email"_s);
        QVERIFY(screenshot(u"session-lent-%1.png"_s.arg(language)));

        // Back to the form: the message goes, the step shows again.
        webView()->setProperty("url", app()->practiceServer()->resolve(QUrl(u"http://emploi.localhost/compte/creer"_s)));
        QVERIFY(waitShowing(u"email"_s));
        QTRY_COMPARE(session()->pageFailure(), PageFailure::None);
        controller()->localization()->setLanguage(u"fr"_s); // for the next session
    }

    /// The page's renderer ends (killed here, as the system does when memory
    /// runs out): the last address loads again and the guide resumes there;
    /// a second end soon after is said, and the person decides.
    void rendererEndsTheGuideResumes()
    {
        QVERIFY(start(u"practice-inscription"_s));
        webView()->setProperty("url", app()->practiceServer()->resolve(QUrl(u"http://emploi.localhost/compte/creer"_s)));
        QVERIFY(waitShowing(u"email"_s));
        QVERIFY(waitSettled());
        qint64 killed = 0;
        const auto killRenderer = [&] {
            // The page's own renderer (a new one after a reload), never the one ended before.
            (void)QTest::qWaitFor(
                [&] {
                    const qint64 pid = webView()->property("renderProcessPid").toLongLong();
                    return pid > 0 && pid != killed;
                },
                15000);
            const qint64 pid = webView()->property("renderProcessPid").toLongLong();
            if (pid <= 0 || pid == killed) {
                return false;
            }
            killed = pid;
            return ::kill(pid_t(pid), SIGKILL) == 0;
        };
        QVERIFY(killRenderer());
        QVERIFY(waitShowing(u"email"_s, 30000));
        QCOMPARE(pageUrl().path(), u"/compte/creer"_s);
        QCOMPARE(session()->pageFailure(), PageFailure::None);
        QVERIFY(waitSettled());
        QVERIFY(killRenderer());
        QTRY_COMPARE_WITH_TIMEOUT(session()->pageFailure(), PageFailure::Crash, 15000);
        QTRY_VERIFY(shows(u"pageProblem"_s));
        test::tapCentre(window(), item(u"pageRetry"_s));
        QVERIFY(waitShowing(u"email"_s, 30000));
    }

    /// The site forgets the sign-in (after 15 minutes on real sites): the
    /// next page asks for it, and the guide goes back to the sign-in step.
    void droppedSignInGoesBackToTheSignInStep()
    {
        QVERIFY(start(u"practice-inscription"_s));
        tapStep(u"creer-compte"_s);
        QVERIFY(waitShowing(u"email"_s));
        webView()->setProperty("url", app()->practiceServer()->resolve(QUrl(u"http://emploi.localhost/connexion"_s)));
        tapStep(u"connexion-pratique"_s);
        fillStep(u"identifiant"_s, u"demo"_s);
        fillStep(u"mot-de-passe-idp"_s, u"demo"_s);
        tapStep(u"continuer-idp"_s);
        QVERIFY(waitShowing(u"nom"_s));
        QSignalSpy recovered(session(), &SessionController::recovered);
        webView()->setProperty("url", app()->practiceServer()->resolve(QUrl(u"http://emploi.localhost/expirer"_s)));
        QVERIFY(waitShowing(u"connexion-pratique"_s));
        QCOMPARE(pageUrl().path(), u"/connexion"_s);
        QCOMPARE(recovered.count(), 1);
    }

    void cleanupTestCase()
    {
        stopApp();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(SessionTest)
#include "tst_session.moc"
