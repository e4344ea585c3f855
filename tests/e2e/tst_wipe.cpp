// SPDX-License-Identifier: GPL-3.0-or-later
// The end of a session wipes it: a site leaves a cookie, local and session
// storage, an IndexedDB base, a cached response, a service worker and an
// HTTP sign-in (the browser remembers it), the
// person types their name and downloads an attestation; after "Quit", a new
// session sees none of it, the documents are gone, the clipboard is empty,
// and no file on disk holds the marker. A session folder left by a crash is
// removed at the next start. Runs in its own private XDG folders.
#include "appcontroller.h"
#include "preferences.h"
#include "application.h"
#include "commandline.h"
#include "documentprinter.h"
#include "guisupport.h"
#include "idlemonitor.h"
#include "practiceserver.h"
#include "sessioncontroller.h"
#include "sessionfolder.h"
#include "webengine.h"

#include <QClipboard>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
/// The private root of every folder the app may write to (set up in main()).
QString s_root;
const QByteArray marker = "marqueur-7f3a9c";
} // namespace

class WipeTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Application> m_app;
    QString m_leftover;

    SessionController *session() const
    {
        return m_app->session();
    }
    QQuickWindow *window() const
    {
        return m_app->window();
    }
    QQuickItem *sessionPage() const
    {
        return test::sessionPageOf(window(), session());
    }
    QQuickItem *webView() const
    {
        return test::findItem(sessionPage(), u"webView"_s);
    }
    QQuickItem *currentPage() const
    {
        return test::currentPage(window());
    }
    /// A visible button whose text starts with this (tool bar buttons have no object names).
    static QQuickItem *buttonStartingWith(QQuickItem *root, const QString &text)
    {
        if (!root->isVisible()) {
            return nullptr;
        }
        if (root->inherits("QQuickAbstractButton") && root->property("text").toString().startsWith(text)) {
            return root;
        }
        const auto children = root->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = buttonStartingWith(child, text)) {
                return found;
            }
        }
        return nullptr;
    }

    /// Whether a visible item shows a text containing this.
    static bool textOnScreen(QQuickItem *root, const QString &text)
    {
        if (!root->isVisible() || root->opacity() == 0) {
            return false;
        }
        if (root->property("text").toString().contains(text)) {
            return true;
        }
        const auto children = root->childItems();
        return std::any_of(children.cbegin(), children.cend(), [&](QQuickItem *child) {
            return textOnScreen(child, text);
        });
    }

    bool openTraces()
    {
        QUrl url = m_app->practiceServer()->resolve(QUrl(u"http://emploi.localhost/traces"_s));
        webView()->setProperty("url", url);
        return QTest::qWaitFor(
            [&] {
                return webView()->property("url").toUrl() == url && !webView()->property("loading").toBool()
                    && test::runJavaScript(webView(), u"document.readyState === 'complete' && typeof lireTraces === 'function'"_s).toBool();
            },
            20000);
    }
    /// Runs one of the page's async functions and returns its JSON result.
    QJsonObject await(const QString &call)
    {
        test::runJavaScript(webView(), u"lancer(%1); true"_s.arg(call));
        QString result;
        if (!QTest::qWaitFor(
                [&] {
                    result = test::runJavaScript(webView(), u"window.__resultat || ''"_s).toString();
                    return !result.isEmpty();
                },
                15000)) {
            return {};
        }
        return QJsonDocument::fromJson(result.toUtf8()).object();
    }
    bool startSession()
    {
        if (!m_app->controller()->sessions()->start(u"kiosk-test"_s)) {
            return false;
        }
        return QTest::qWaitFor(
                   [&] {
                       return webView() != nullptr;
                   },
                   5000)
            && openTraces();
    }
    /// Every file under the private root that holds the marker.
    static QStringList filesWithMarker()
    {
        QStringList found;
        QDirIterator it(s_root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(marker)) {
                found.append(path);
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A session folder left by a crash: no living owner.
        const QString base = sessionFoldersBase();
        QVERIFY(!base.isEmpty());
        m_leftover = base + u"/session-crash1"_s;
        QVERIFY(QDir().mkpath(m_leftover));
        QFile left(m_leftover + u"/attestation-oubliee.pdf"_s);
        QVERIFY(left.open(QIODevice::WriteOnly));
        left.write("%PDF-1.4 " + marker);
        left.close();

        CommandLine commandLine;
        commandLine.guideDirs = {test::testData(u"kiosk-guides"_s)};
        m_app = std::make_unique<Application>(commandLine);
        m_app->setPracticeSiteRoot(test::testData(u"kiosk-site"_s));
        QVERIFY(m_app->load());
        window()->resize(1280, 800);
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void crashLeftoverIsRemovedAtStart()
    {
        QVERIFY(!QFileInfo::exists(m_leftover));
    }

    void aFinishedSessionLeavesNothing()
    {
        QVERIFY(startSession());
        SessionController *first = session();
        QPointer<SessionController> firstAlive(first);
        const QString folder = first->documents()->folder();

        // Traces in every place a site can keep something.
        const QJsonObject left = await(u"laisserDesTraces('%1')"_s.arg(QString::fromLatin1(marker)));
        QCOMPARE(left.value(u"erreur"_s).toString(), QString());
        const QJsonObject before = await(u"lireTraces()"_s);
        QVERIFY2(before.value(u"cookie"_s).toString().contains(QString::fromLatin1(marker)), QJsonDocument(before).toJson().constData());
        QCOMPARE(before.value(u"local"_s).toString(), QString::fromLatin1(marker));
        QVERIFY(before.value(u"bases"_s).toArray().contains(u"traces"_s));
        QVERIFY(before.value(u"caches"_s).toArray().contains(u"traces"_s));
        QCOMPARE(before.value(u"workers"_s).toInt(), 1);
        QCOMPARE(before.value(u"auth"_s).toInt(), 200); // the HTTP sign-in is remembered

        // The person types their name, copies something, downloads an attestation.
        test::runJavaScript(webView(), u"document.getElementById('nom').focus(); true"_s);
        test::typeText(window(), QString::fromLatin1(marker));
        QGuiApplication::clipboard()->setText(QString::fromLatin1(marker));
        test::runJavaScript(webView(), u"document.getElementById('telecharger').click(); true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(first->documents()->downloaded().contains(u"attestation-inscription.pdf"_s), 15000);
        const QString download = folder + u"/attestation-inscription.pdf"_s;
        QVERIFY(QFileInfo::exists(download));

        // "Mes documents": the attestation is listed, opens in the PDF viewer, prints.
        QQuickItem *documentsButton = buttonStartingWith(window()->contentItem(), u"Mes documents"_s);
        QVERIFY(documentsButton);
        test::tapCentre(window(), documentsButton);
        QQuickItem *row = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((row = test::findItem(window()->contentItem(), u"documentRow-attestation-inscription.pdf"_s)) && row->isVisible(), 5000);
        QTest::qWait(300); // the drawer slides in
        window()->grabWindow().save(test::screenshotPath(u"documents-drawer-fr.png"_s));
        test::tapCentre(window(), row);
        QQuickItem *pdf = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((pdf = test::findItem(window()->contentItem(), u"pdfView"_s)) != nullptr, 5000);
        QObject *document = pdf->property("document").value<QObject *>();
        QVERIFY(document);
        QTRY_COMPARE_WITH_TIMEOUT(document->property("pageCount").toInt(), 1, 5000);
        QTest::qWait(500);
        window()->grabWindow().save(test::screenshotPath(u"documents-viewer-fr.png"_s));
        // No printer on this machine: the person is told so, plainly.
        test::tapCentre(window(), test::findItem(window()->contentItem(), u"viewerPrint"_s));
        QTRY_VERIFY(textOnScreen(window()->contentItem(), u"imprimante"_s));
        // On paper (here a PDF printer), the attestation's one page.
        QTemporaryDir paperDir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(paperDir.filePath(u"papier.pdf"_s));
        QVERIFY(!printDocument(download, &printer).isEmpty());
        QCOMPARE(lastPrintedPageCount(), 1);
        QVERIFY(QFileInfo(paperDir.filePath(u"papier.pdf"_s)).size() > 1000);
        test::tapCentre(window(), test::findItem(window()->contentItem(), u"viewerClose"_s));
        QTRY_VERIFY(!test::findItem(window()->contentItem(), u"pdfView"_s));

        // Quit: a warning lists the documents that will be lost.
        QQuickItem *quit = test::findItem(sessionPage(), u"quitButton"_s);
        QVERIFY(quit);
        test::tapCentre(window(), quit);
        QQuickItem *wipe = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wipe = test::findItem(sessionPage(), u"wipeConfirm"_s)) && wipe->isVisible(), 5000);
        window()->grabWindow().save(test::screenshotPath(u"wipe-warning-fr.png"_s));
        test::tapCentre(window(), wipe);

        // A fresh home screen that says everything was wiped.
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"homePage"_s, 5000);
        QVERIFY(!session());
        QQuickItem *notice = test::findItem(currentPage(), u"wipeNotice"_s);
        QVERIFY(notice && notice->isVisible());
        QTest::qWait(300);
        window()->grabWindow().save(test::screenshotPath(u"wipe-home-fr.png"_s));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        // Not even a notification names the last person's document.
        QTRY_VERIFY(!textOnScreen(window()->contentItem(), u"attestation-inscription"_s));
        QVERIFY(!QFileInfo::exists(download));
        QVERIFY(!QFileInfo::exists(folder));
        // The session object, and with it the browser profile, goes once its page is gone.
        QTRY_VERIFY_WITH_TIMEOUT(firstAlive.isNull(), SessionManager::teardownDelayMs + 3000);

        // Nothing on disk holds what the session did.
        const QStringList traces = filesWithMarker();
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(u", "_s)));

        // A new session on the same site sees none of it.
        QVERIFY(startSession());
        const QJsonObject after = await(u"lireTraces()"_s);
        QVERIFY2(!after.isEmpty() && after.value(u"erreur"_s).toString().isEmpty(), QJsonDocument(after).toJson().constData());
        QCOMPARE(after.value(u"cookie"_s).toString(), QString());
        QVERIFY(after.value(u"local"_s).isNull());
        QVERIFY(after.value(u"session"_s).isNull());
        QVERIFY(after.value(u"bases"_s).toArray().isEmpty());
        QVERIFY(after.value(u"caches"_s).toArray().isEmpty());
        QCOMPARE(after.value(u"workers"_s).toInt(), 0);
        QCOMPARE(after.value(u"auth"_s).toInt(), 401); // and forgotten
        QVERIFY(session()->documents()->downloaded().isEmpty());
        // Its history holds only its own pages (the start page and this one).
        QVERIFY(test::runJavaScript(webView(), u"history.length"_s).toInt() <= 2);
        m_app->endSession();
    }

    void idleKioskResetsItself()
    {
        // A locked kiosk needs a PIN (its way out).
        AppController *controller = m_app->controller();
        if (!controller->kiosk()->hasPin()) {
            QCOMPARE(controller->kiosk()->choosePin(u"2468"_s, u"2468"_s), QString());
        }
        QVERIFY(controller->kiosk()->enterMode(Mode::SelfService));
        controller->kiosk()->idleMonitor()->setTimeouts(std::chrono::milliseconds(1500), std::chrono::milliseconds(3000));
        QVERIFY(startSession());
        const QString folder = session()->documents()->folder();
        QVERIFY(QFileInfo::exists(folder));

        // Nobody touches the tablet: the countdown comes, large, and counts.
        QQuickItem *countdown = test::findItem(window()->contentItem(), u"idleCountdown"_s);
        QVERIFY(countdown);
        QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible(), 5000);
        QQuickItem *seconds = test::findItem(countdown, u"idleSeconds"_s);
        QVERIFY(seconds->property("text").toInt() >= 1);
        window()->grabWindow().save(test::screenshotPath(u"idle-countdown-fr.png"_s));

        // A tap on "still here" keeps the session.
        test::tapCentre(window(), test::findItem(countdown, u"stillHereButton"_s));
        QTRY_VERIFY(!countdown->isVisible());
        QVERIFY(session());

        // Then nobody again, to the end: wiped, back home.
        QSignalSpy reset(controller, &AppController::idleReset);
        QVERIFY(reset.wait(10000));
        QVERIFY(!session());
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"homePage"_s, 5000);
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(test::findItem(currentPage(), u"wipeNotice"_s)->isVisible());
        QVERIFY(!countdown->isVisible());
        // A fresh home screen does not count down.
        QVERIFY(!controller->kiosk()->idleMonitor()->isEnabled());
    }

    void kioskOnlyOpensWithThePin()
    {
        // As a curious visitor: the locked home screen, closing the window, the PIN pad.
        AppController *controller = m_app->controller();
        QCOMPARE(modeKey(controller->kiosk()->mode()), u"self-service"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QVERIFY(!test::findItem(currentPage(), u"tileAccompanied"_s)->isVisible());
        QVERIFY(!test::findItem(currentPage(), u"tileMediator"_s)->isVisible());
        QVERIFY(test::findItem(currentPage(), u"tileSelfService"_s)->isVisible());
        QVERIFY(!controller->kiosk()->enterMode(Mode::Accompanied));
        QVERIFY(!controller->kiosk()->enterMode(Mode::Mediator));
        window()->close();
        QVERIFY(window()->isVisible());
        QCOMPARE(window()->visibility(), QWindow::FullScreen);

        const auto typePin = [&](const QString &pin) {
            for (const QChar digit : pin) {
                test::tapCentre(window(), test::findItem(currentPage(), u"pinKey"_s + digit));
            }
            test::tapCentre(window(), test::findItem(currentPage(), u"pinOk"_s));
        };
        // The kiosk person made the text larger; it is theirs, not the tablet's.
        controller->appearance()->setTextScale(2.0);
        // The right PIN opens the mediator's space.
        test::tapCentre(window(), test::findItem(currentPage(), u"unlockButton"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QTest::qWait(300);
        typePin(u"2468"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"mediatorPage"_s);
        QCOMPARE(modeKey(controller->kiosk()->mode()), u"mediator"_s);
        QCOMPARE(controller->appearance()->textScale(), 1.0); // the saved size came back
        QCOMPARE(Preferences().textScale(), 1.0); // and the kiosk's was not saved (read from the file)
        QTest::qWait(300);
        window()->grabWindow().save(test::screenshotPath(u"mediator-fr.png"_s));
        // Back home, the mediator's space closes by itself, and the kiosk
        // the mediator opened is locked again.
        QMetaObject::invokeMethod(window()->property("pageStack").value<QObject *>(), "pop", Q_ARG(QVariant, QVariant()));
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QTRY_COMPARE(modeKey(controller->kiosk()->mode()), u"self-service"_s);
        QVERIFY(controller->kiosk()->modeNeedsPin(Mode::Mediator));
        QTRY_VERIFY(test::findItem(currentPage(), u"unlockButton"_s)->isVisible());
        QTest::qWait(500); // the page slides back into place

        // Five wrong tries lock the pad; the kiosk stays locked.
        test::tapCentre(window(), test::findItem(currentPage(), u"unlockButton"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QTest::qWait(300);
        for (int i = 0; i < 5; ++i) {
            typePin(u"1357"_s);
        }
        QQuickItem *message = test::findItem(currentPage(), u"pinMessage"_s);
        QTRY_VERIFY2(message->property("text").toString().contains(u"Trop d'essais"_s), qPrintable(message->property("text").toString()));
        QVERIFY(controller->kiosk()->pinSecondsLocked() > 0);
        QVERIFY(!test::findItem(currentPage(), u"pinKey1"_s)->isEnabled());
        // Even the right PIN waits for the end of the lock.
        QVERIFY(!controller->kiosk()->enterModeWithPin(Mode::Mediator, u"2468"_s).isEmpty());
        QCOMPARE(modeKey(controller->kiosk()->mode()), u"self-service"_s);
        window()->grabWindow().save(test::screenshotPath(u"pin-locked-fr.png"_s));
    }

    void kioskStaysLockedAfterARestart()
    {
        // A reboot or a crash does not unlock the tablet, nor reset the PIN lock-out.
        m_app.reset();
        CommandLine commandLine;
        commandLine.guideDirs = {test::testData(u"kiosk-guides"_s)};
        m_app = std::make_unique<Application>(commandLine);
        QCOMPARE(modeKey(m_app->controller()->kiosk()->mode()), u"self-service"_s);
        QVERIFY(m_app->controller()->kiosk()->pinSecondsLocked() > 0);
        QVERIFY(m_app->controller()->kiosk()->modeNeedsPin(Mode::Accompanied));
    }

    void forgottenPinIsResetFromTheTerminal()
    {
        // The mediator forgot the PIN of a locked tablet: "pasapas --reset-pin"
        // in a terminal (the real program, on the same settings) unlocks it.
        m_app.reset();
        QProcess process;
        process.start(QStringLiteral(PASAPAS_EXECUTABLE), {u"--reset-pin"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(process.readAllStandardOutput().contains("PIN is forgotten"));
        CommandLine commandLine;
        commandLine.guideDirs = {test::testData(u"kiosk-guides"_s)};
        // Even "--mode self-service" makes no kiosk without a PIN to leave it.
        commandLine.mode = Mode::SelfService;
        m_app = std::make_unique<Application>(commandLine);
        QCOMPARE(modeKey(m_app->controller()->kiosk()->mode()), u"accompanied"_s);
        QVERIFY(!m_app->controller()->kiosk()->hasPin());
        QCOMPARE(m_app->controller()->kiosk()->pinSecondsLocked(), 0);
        // A new PIN is chosen as on the first day, and kept.
        QCOMPARE(m_app->controller()->kiosk()->choosePin(u"7391"_s, u"7391"_s), QString());
        QVERIFY(!m_app->controller()->kiosk()->modeNeedsPin(Mode::Accompanied));
        m_app.reset();
        commandLine.mode = Mode::Accompanied;
        m_app = std::make_unique<Application>(commandLine);
        QCOMPARE(modeKey(m_app->controller()->kiosk()->mode()), u"accompanied"_s);
        QVERIFY(m_app->controller()->kiosk()->hasPin());
    }

    void cleanupTestCase()
    {
        m_app.reset();
    }
};

int main(int argc, char *argv[])
{
    // Every folder the app, Qt and the browser could write to is under one private root.
    const test::PrivateFolders folders;
    if (!folders.isValid()) {
        return 1;
    }
    s_root = folders.path();
    return test::runAppTest<WipeTest>(argc, argv);
}

#include "tst_wipe.moc"
