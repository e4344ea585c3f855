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

class SessionTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Application> m_app;
    std::unique_ptr<test::SessionDriver> m_driver; ///< the moves of a person (tests/sessiondriver.h)
    int m_shot = 0;

    SessionController *session() const
    {
        return m_driver->session();
    }
    QQuickWindow *window() const
    {
        return m_driver->window();
    }
    QQuickItem *item(const QString &name) const
    {
        return m_driver->item(name);
    }
    QQuickItem *webView() const
    {
        return m_driver->webView();
    }
    bool waitShowing(const QString &stepId) const
    {
        return m_driver->waitShowing(stepId);
    }
    bool waitSettled() const
    {
        return m_driver->waitSettled();
    }
    bool leftStep(const QString &stepId) const
    {
        return m_driver->leftStep(stepId);
    }

    /// The spotlight's amber outline is on screen just left and right of the
    /// target (the native bubble, also amber, sits above or below it).
    bool highlightDrawn()
    {
        return QTest::qWaitFor(
            [&] {
                const QImage image = window()->grabWindow();
                const QRectF rect = session()->targetRect();
                const qreal zoom = webView()->property("zoomFactor").toReal();
                const QRectF scene = QRectF(webView()->mapToScene(QPointF(rect.x() * zoom, rect.y() * zoom)), rect.size() * zoom);
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

    void screenshot(const QString &stepId)
    {
        const QImage image = window()->grabWindow();
        QVERIFY(image.save(test::screenshotPath(u"session-%1-%2.png"_s.arg(++m_shot, 2, 10, QLatin1Char('0')).arg(stepId))));
    }

    /// Shows, checks the highlight, screenshots, then taps the target as a finger would.
    void tapStep(const QString &stepId)
    {
        QVERIFY2(waitShowing(stepId), qPrintable(stepId));
        QVERIFY(waitSettled());
        QVERIFY2(highlightDrawn(), qPrintable(u"no highlight around the target of "_s + stepId));
        screenshot(stepId);
        QTest::mouseClick(window(), Qt::LeftButton, {}, m_driver->targetCentre());
    }

    /// Taps the field, types, and leaves it (Tab) as a person would.
    void fillStep(const QString &stepId, const QString &text)
    {
        tapStep(stepId);
        QTest::qWait(300); // the field takes the focus
        test::typeText(window(), text);
        QTest::keyClick(window(), Qt::Key_Tab);
    }

    /// A drop-down list: tap it, then choose the next entry with the keys.
    void chooseStep(const QString &stepId)
    {
        tapStep(stepId);
        QTest::qWait(400); // the list pops up
        QWindow *popup = QGuiApplication::focusWindow() ? QGuiApplication::focusWindow() : window();
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
    }

    QString host() const
    {
        return webView()->property("url").toUrl().host();
    }

private Q_SLOTS:
    void initTestCase()
    {
        CommandLine commandLine;
        commandLine.startGuide = u"practice-inscription"_s;
        commandLine.guideDirs = {test::testData(u"e2e-guides"_s)};
        m_app = std::make_unique<Application>(commandLine);
        m_driver = std::make_unique<test::SessionDriver>(m_app.get());
        QVERIFY(m_app->load());
        window()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY2(session(), "--start opened the session at once");
        QTRY_VERIFY(item(u"sessionPage"_s));
        QVERIFY(m_app->practiceServer() && m_app->practiceServer()->isRunning());
    }

    void wholeProcedure()
    {
        const auto step = [&](const QString &id) {
            return leftStep(id);
        };
        // Account creation on the employment site
        tapStep(u"accepter-cookies"_s);
        QVERIFY(step(u"accepter-cookies"_s));
        tapStep(u"creer-compte"_s);
        QVERIFY(step(u"creer-compte"_s));
        fillStep(u"email"_s, u"prenom.nom@example.org"_s);
        QVERIFY(step(u"email"_s));
        QVERIFY(item(u"sensitiveMessage"_s));
        fillStep(u"mot-de-passe"_s, u"Secret123!"_s);
        QVERIFY(step(u"mot-de-passe"_s));
        QVERIFY(item(u"sensitiveMessage"_s)->isVisible());
        fillStep(u"mot-de-passe-2"_s, u"Secret123!"_s);
        QVERIFY(step(u"mot-de-passe-2"_s));
        tapStep(u"cgu"_s);
        QVERIFY(step(u"cgu"_s));
        tapStep(u"valider-compte"_s);
        QVERIFY(step(u"valider-compte"_s));
        tapStep(u"aller-connexion"_s);
        QVERIFY(step(u"aller-connexion"_s));

        // Sign in through the identity provider, on another site, and back
        tapStep(u"connexion-pratique"_s);
        QVERIFY(step(u"connexion-pratique"_s));
        QVERIFY(waitShowing(u"identifiant"_s));
        QCOMPARE(host(), u"identite.localhost"_s);
        fillStep(u"identifiant"_s, u"demo"_s);
        QVERIFY(step(u"identifiant"_s));
        fillStep(u"mot-de-passe-idp"_s, u"demo"_s);
        QVERIFY(step(u"mot-de-passe-idp"_s));
        tapStep(u"continuer-idp"_s);
        QVERIFY(step(u"continuer-idp"_s));
        QVERIFY(waitShowing(u"nom"_s));
        QCOMPARE(host(), u"emploi.localhost"_s);

        // The multi-page form
        fillStep(u"nom"_s, u"Dupont"_s);
        QVERIFY(step(u"nom"_s));
        fillStep(u"prenom"_s, u"Amina"_s);
        QVERIFY(step(u"prenom"_s));
        chooseStep(u"nationalite"_s);
        QVERIFY(step(u"nationalite"_s));
        tapStep(u"suivant-identite"_s);
        QVERIFY(step(u"suivant-identite"_s));
        fillStep(u"adresse"_s, u"3 rue des Lilas"_s);
        QVERIFY(step(u"adresse"_s));
        tapStep(u"aide-adresse"_s); // inside an open shadow root
        QVERIFY(step(u"aide-adresse"_s));
        tapStep(u"valider-adresse"_s); // its CSS selector no longer matches; its text does
        QVERIFY(step(u"valider-adresse"_s));
        tapStep(u"situation"_s);
        QVERIFY(step(u"situation"_s));
        chooseStep(u"contrat"_s);
        QVERIFY(step(u"contrat"_s));
        tapStep(u"suivant-situation"_s);
        QVERIFY(step(u"suivant-situation"_s));
        tapStep(u"lu-conditions"_s); // inside an iframe
        QVERIFY(step(u"lu-conditions"_s));
        tapStep(u"continuer-conditions"_s);
        QVERIFY(step(u"continuer-conditions"_s));

        // Upload a document: only the session's documents can be chosen
        tapStep(u"choisir-document"_s);
        QVERIFY(step(u"choisir-document"_s));
        QTRY_VERIFY(item(u"document-cv-exemple.pdf"_s) && item(u"document-cv-exemple.pdf"_s)->isVisible());
        QQuickItem *document = item(u"document-cv-exemple.pdf"_s);
        QTest::qWait(300);
        test::tapCentre(window(), document);
        // The chooser closes before the page can be touched again.
        QTRY_VERIFY(!item(u"document-cv-exemple.pdf"_s) || !item(u"document-cv-exemple.pdf"_s)->isVisible());
        QTRY_VERIFY(!QGuiApplication::focusObject() || !QGuiApplication::focusObject()->inherits("QQuickPopupItem"));
        QTest::qWait(500);
        tapStep(u"envoyer-document"_s);
        QVERIFY(step(u"envoyer-document"_s));
        tapStep(u"terminer"_s);
        QVERIFY(step(u"terminer"_s));

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
        QVERIFY(step(u"attestation"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session()->documents()->fileNames().contains(u"attestation-inscription.pdf"_s), 15000);
        const QString pdfPath = session()->documents()->folder() + u"/attestation-inscription.pdf"_s;
        const auto pdfStart = [&pdfPath] {
            QFile pdf(pdfPath);
            return pdf.open(QIODevice::ReadOnly) ? pdf.read(5) : QByteArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(pdfStart(), QByteArray("%PDF-"), 15000);

        // The last step is read, then "C'est fait"
        QTRY_COMPARE(session()->stepId(), u"fin"_s);
        screenshot(u"fin"_s);
        QQuickItem *done = item(u"doneButton"_s);
        QVERIFY(done && done->height() >= 48);
        test::tapCentre(window(), done);
        QTRY_COMPARE(session()->state(), SessionEngine::State::Finished);
        screenshot(u"termine"_s);
        QCOMPARE(session()->engine()->isSkipped(0), false);
    }

    void recoveryWhenThePersonGoesElsewhere()
    {
        QVERIFY(m_app->controller()->sessions()->start(u"practice-inscription"_s));
        QTRY_VERIFY(webView());
        tapStep(u"accepter-cookies"_s);
        QVERIFY(leftStep(u"accepter-cookies"_s));
        tapStep(u"creer-compte"_s);
        QVERIFY(waitShowing(u"email"_s));
        QVERIFY(waitSettled()); // styled and laid out, as the person sees it
        // The person taps the site's name, which leads home, instead of filling the field.
        // (It is at the top: the person scrolls up to it.)
        const QVariantMap link = test::runJavaScript(webView(),
            u"(function(){const a=document.querySelector('.lien-accueil');a.scrollIntoView({block:'center',behavior:'instant'});const r=a.getBoundingClientRect();return {x:r.x+r.width/2,y:r.y+r.height/2};})()"_s)
                                     .toMap();
        QVERIFY(!link.isEmpty());
        QTest::qWait(500); // the scrolled page is drawn
        QSignalSpy recovered(session(), &SessionController::recovered);
        const qreal zoom = webView()->property("zoomFactor").toReal();
        QTest::mouseClick(window(), Qt::LeftButton, {}, webView()->mapToScene(QPointF(link[u"x"_s].toReal() * zoom, link[u"y"_s].toReal() * zoom)).toPoint());
        if (!recovered.wait(10000)) {
            screenshot(u"recovery-failed"_s);
            qWarning("link at %g,%g (zoom %g); url now %s; scrollY %s",
                link[u"x"_s].toReal(),
                link[u"y"_s].toReal(),
                zoom,
                qPrintable(webView()->property("url").toUrl().toString()),
                qPrintable(test::runJavaScript(webView(), u"String(window.scrollY)+' '+document.activeElement.tagName"_s).toString()));
            QFAIL("no recovery");
        }
        // Back at the first step of the home page.
        QCOMPARE(recovered.constFirst().at(1).toInt(), 1);
        QCOMPARE(session()->stepId(), u"accepter-cookies"_s);
        QVERIFY(waitShowing(u"accepter-cookies"_s));
        screenshot(u"retour-accueil"_s);
    }

    void tapsOutsideTheTargetAreStopped()
    {
        QVERIFY(waitShowing(u"accepter-cookies"_s));
        QVERIFY(waitSettled());
        // "Créer mon compte" is on the page, but the cookie banner comes first.
        const QVariantMap other = test::runJavaScript(webView(),
            u"(function(){const a=document.querySelector('a[href=\"/compte/creer\"]');const r=a.getBoundingClientRect();return {x:r.x+r.width/2,y:r.y+r.height/2};})()"_s)
                                      .toMap();
        QVERIFY(!other.isEmpty());
        const int blocked = session()->blockedTaps();
        const qreal zoom = webView()->property("zoomFactor").toReal();
        QTest::mouseClick(window(), Qt::LeftButton, {}, webView()->mapToScene(QPointF(other[u"x"_s].toReal() * zoom, other[u"y"_s].toReal() * zoom)).toPoint());
        QTRY_COMPARE(session()->blockedTaps(), blocked + 1);
        QTest::qWait(500);
        QCOMPARE(webView()->property("url").toUrl().path(), u"/"_s); // no navigation happened
        QCOMPARE(session()->stepId(), u"accepter-cookies"_s);
    }

    void portraitPutsTheCardUnderThePage()
    {
        QVERIFY(m_app->controller()->sessions()->start(u"practice-toucher"_s));
        window()->resize(800, 1280);
        QVERIFY(waitShowing(u"bouton-1"_s));
        QVERIFY(waitSettled());
        QQuickItem *card = item(u"stepCard"_s);
        QVERIFY(card);
        QTRY_VERIFY(card->mapToScene(QPointF(0, 0)).y() >= webView()->mapToScene(QPointF(0, webView()->height())).y() - 1);
        QTRY_VERIFY(std::abs(card->width() - webView()->width()) < 1);
        QVERIFY(highlightDrawn());
        screenshot(u"portrait"_s);
        tapStep(u"bouton-1"_s);
        QVERIFY(leftStep(u"bouton-1"_s));
        window()->resize(1280, 800);
        QTRY_VERIFY(card->mapToScene(QPointF(0, 0)).x() >= webView()->mapToScene(QPointF(webView()->width(), 0)).x() - 1);
    }

    void missingTargetFallback()
    {
        QVERIFY(m_app->controller()->sessions()->start(u"practice-missing"_s));
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), SessionEngine::State::Missing, 20000);
        QQuickItem *message = item(u"missingMessage"_s);
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->property("text").toString().contains(u"« Déposer ma demande »"_s));
        QCOMPARE(item(u"frenchWords"_s)->property("text").toString(), u"« Déposer ma demande »"_s);
        QVERIFY(item(u"stuckButton"_s)->isVisible());
        // Once missing, taps elsewhere are no longer stopped.
        QCOMPARE(session()->pageBridge()->currentWatch().value(u"insist"_s).toBool(), false);
        screenshot(u"introuvable"_s);
    }

    void cleanupTestCase()
    {
        m_driver.reset();
        m_app.reset();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(SessionTest)
#include "tst_session.moc"
