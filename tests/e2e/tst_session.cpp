// SPDX-License-Identifier: GPL-3.0-or-later
// A whole practice procedure done as a person would, with the real Qt
// WebEngine on the offline practice site, under Xvfb: taps at the
// highlighted place, typing into fields, a hop to the identity site and back,
// a late element, targets in an iframe and a shadow root, a page whose CSS
// changed, an upload and a download. One screenshot per step in
// build/screenshots/session-NN-STEP.png.
#include "appcontroller.h"
#include "application.h"
#include "guisupport.h"
#include "sessiondriver.h"
#include "pagebridge.h"
#include "practiceserver.h"
#include "sessioncontroller.h"
#include "sessionengine.h"
#include "webengine.h"

#include <QDir>
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

    void stepShot(const QString &stepId)
    {
        QVERIFY(screenshot(u"session-%1-%2.png"_s.arg(++m_shot, 2, 10, QLatin1Char('0')).arg(stepId)));
    }

    /// Shows, checks the highlight, screenshots, then taps the target as a finger would.
    void tapStep(const QString &stepId)
    {
        QVERIFY2(waitShowing(stepId), qPrintable(stepId));
        QVERIFY(waitSettled());
        QVERIFY2(highlightDrawn(), qPrintable(u"no highlight around the target of "_s + stepId));
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
        QTRY_VERIFY(item(u"sessionPage"_s));
        QVERIFY(app()->practiceServer() && app()->practiceServer()->isRunning());
    }

    void wholeProcedure()
    {
        // Account creation on the employment site
        tapStep(u"accepter-cookies"_s);
        QVERIFY(leftStep(u"accepter-cookies"_s));
        tapStep(u"creer-compte"_s);
        QVERIFY(leftStep(u"creer-compte"_s));
        fillStep(u"email"_s, u"prenom.nom@example.org"_s);
        QVERIFY(leftStep(u"email"_s));
        QVERIFY(item(u"sensitiveMessage"_s));
        fillStep(u"mot-de-passe"_s, u"Secret123!"_s);
        QVERIFY(leftStep(u"mot-de-passe"_s));
        QVERIFY(item(u"sensitiveMessage"_s)->isVisible());
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

        // The multi-page form
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
        tapStep(u"aide-adresse"_s); // inside an open shadow root
        QVERIFY(leftStep(u"aide-adresse"_s));
        tapStep(u"valider-adresse"_s); // its CSS selector no longer matches; its text does
        QVERIFY(leftStep(u"valider-adresse"_s));
        tapStep(u"situation"_s);
        QVERIFY(leftStep(u"situation"_s));
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
        tapStep(u"accepter-cookies"_s);
        QVERIFY(leftStep(u"accepter-cookies"_s));
        tapStep(u"creer-compte"_s);
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
        QCOMPARE(session()->stepId(), u"accepter-cookies"_s);
        QVERIFY(waitShowing(u"accepter-cookies"_s));
        stepShot(u"retour-accueil"_s);
    }

    void tapsOutsideTheTargetAreStopped()
    {
        QVERIFY(waitShowing(u"accepter-cookies"_s));
        QVERIFY(waitSettled());
        // "Créer mon compte" is on the page, but the cookie banner comes first.
        const QPoint other = elementCentre(u"a[href=\"/compte/creer\"]"_s);
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
        QCOMPARE(session()->stepId(), u"accepter-cookies"_s);
    }

    void backGoesToThePreviousWebPage()
    {
        // Back as people know it: the mouse's back button, Alt+Left and the
        // "Page précédente" control go back one web page; the session goes on.
        QVERIFY(start(u"practice-inscription"_s));
        SessionController *running = session();
        const auto backControl = [this] {
            QQuickItem *button = item(u"pageBackActionButton"_s);
            return button && button->isVisible() ? button : nullptr;
        };
        tapStep(u"accepter-cookies"_s);
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
        QQuickItem *message = item(u"missingMessage"_s);
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->property("text").toString().contains(u"« Déposer ma demande »"_s));
        QCOMPARE(item(u"frenchWords"_s)->property("text").toString(), u"« Déposer ma demande »"_s);
        QVERIFY(item(u"stuckButton"_s)->isVisible());
        // Once missing, taps elsewhere are no longer stopped.
        QCOMPARE(session()->pageBridge()->currentWatch().value(u"insist"_s).toBool(), false);
        stepShot(u"introuvable"_s);
    }

    void cleanupTestCase()
    {
        stopApp();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(SessionTest)
#include "tst_session.moc"
