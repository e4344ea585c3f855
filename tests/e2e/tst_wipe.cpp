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
#include "appplugins.h"
#include "documentprinter.h"
#include "guisupport.h"
#include "idlemonitor.h"
#include "practiceserver.h"
#include "sessioncontroller.h"
#include "sessiondriver.h"
#include "sessionfolder.h"

#include <QClipboard>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
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

/// The moves of a person come from the session fixture (tests/sessiondriver.h).
class WipeTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private:
    QString m_leftover;

    static CommandLine kioskCommandLine()
    {
        CommandLine commandLine;
        commandLine.guideDirs = {test::testData(u"kiosk-guides"_s)};
        return commandLine;
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
        return start(u"kiosk-test"_s) &&
            openPage(app()->practiceServer()->resolve(QUrl(u"http://emploi.localhost/traces"_s)), u"typeof lireTraces === 'function'"_s);
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

        QVERIFY(startApp(kioskCommandLine(), test::testData(u"kiosk-site"_s)));
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
        QQuickItem *documentsButton = test::buttonStartingWith(window()->contentItem(), u"Mes documents"_s);
        QVERIFY(documentsButton);
        test::tapCentre(window(), documentsButton);
        QQuickItem *row = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((row = test::findItem(window()->contentItem(), u"documentRow-attestation-inscription.pdf"_s)) && row->isVisible(), 5000);
        QVERIFY2(test::waitInPlace(window(), row), "the drawer slides in, then stays");
        (void)screenshot(u"documents-drawer-fr.png"_s);
        test::tapCentre(window(), row);
        QQuickItem *pdf = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((pdf = test::findItem(window()->contentItem(), u"pdfView"_s)) != nullptr, 5000);
        QObject *document = pdf->property("document").value<QObject *>();
        QVERIFY(document);
        QTRY_COMPARE_WITH_TIMEOUT(document->property("pageCount").toInt(), 1, 5000);
        (void)screenshot(u"documents-viewer-fr.png"_s); // once the page is drawn
        // No printer on this machine: the person is told so, plainly.
        test::tapCentre(window(), test::findItem(window()->contentItem(), u"viewerPrint"_s));
        QTRY_VERIFY(test::textOnScreen(window()->contentItem(), u"imprimante"_s));
        // On paper (here a PDF printer), the attestation's one page.
        QTemporaryDir paperDir;
        QCOMPARE(printDocument(download, paperDir.filePath(u"papier.pdf"_s)), u"Le document part à l'imprimante."_s);
        QCOMPARE(lastPrintedPageCount(), 1);
        QVERIFY(QFileInfo(paperDir.filePath(u"papier.pdf"_s)).size() > 1000);
        // Printing is a plugin loaded at the first print: missing, or not a plugin, the person is told.
        const QString notInstalled = u"L'impression n'est pas installée sur cette tablette. Demandez à un médiateur."_s;
        setAppPluginFolder(paperDir.path());
        QCOMPARE(printDocument(download, paperDir.filePath(u"encore.pdf"_s)), notInstalled);
        QFile broken(paperDir.filePath(u"pasapas_printing.so"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("not a plugin") > 0);
        broken.close();
        QCOMPARE(printDocument(download, paperDir.filePath(u"encore.pdf"_s)), notInstalled);
        setAppPluginFolder({});
        QVERIFY(!QFileInfo::exists(paperDir.filePath(u"encore.pdf"_s)));
        test::tapCentre(window(), test::findItem(window()->contentItem(), u"viewerClose"_s));
        QTRY_VERIFY(!test::findItem(window()->contentItem(), u"pdfView"_s));

        // Quit: a warning lists the documents that will be lost.
        QQuickItem *quit = test::findItem(sessionPage(), u"quitButton"_s);
        QVERIFY(quit);
        test::tapCentre(window(), quit);
        QQuickItem *wipe = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wipe = test::findItem(sessionPage(), u"wipeConfirm"_s)) && wipe->isVisible(), 5000);
        (void)screenshot(u"wipe-warning-fr.png"_s);
        test::tapCentre(window(), wipe);

        // A fresh home screen that says everything was wiped.
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"homePage"_s, 5000);
        QVERIFY(!session());
        QQuickItem *notice = pageItem(u"wipeNotice"_s);
        QVERIFY(notice && notice->isVisible());
        (void)screenshot(u"wipe-home-fr.png"_s);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        // Not even a notification names the last person's document.
        QTRY_VERIFY(!test::textOnScreen(window()->contentItem(), u"attestation-inscription"_s));
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
        app()->endSession();
    }

    void idleKioskResetsItself()
    {
        // A locked kiosk needs a PIN (its way out).
        AppController *controller = this->controller();
        if (!controller->kiosk()->hasPin()) {
            QCOMPARE(controller->kiosk()->choosePin(u"2468"_s, u"2468"_s), QString());
        }
        QVERIFY(controller->kiosk()->enterMode(Mode::SelfService));
        controller->kiosk()->idleMonitor()->setTimeouts(std::chrono::milliseconds(1500), std::chrono::milliseconds(3000));
        QVERIFY(startSession());
        const QString folder = session()->documents()->folder();
        QVERIFY(QFileInfo::exists(folder));

        // Nobody touches the tablet: the countdown comes, large, and counts
        // (made then: a start does not make it, Main.qml).
        QVERIFY(!test::findItem(window()->contentItem(), u"idleCountdown"_s));
        QQuickItem *countdown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((countdown = test::findItem(window()->contentItem(), u"idleCountdown"_s)) && countdown->isVisible(), 5000);
        QQuickItem *seconds = test::findItem(countdown, u"idleSeconds"_s);
        QVERIFY(seconds->property("text").toInt() >= 1);
        (void)screenshot(u"idle-countdown-fr.png"_s);

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
        QVERIFY(pageItem(u"wipeNotice"_s)->isVisible());
        QVERIFY(!countdown->isVisible());
        // A fresh home screen does not count down.
        QVERIFY(!controller->kiosk()->idleMonitor()->isEnabled());
    }

    void kioskOnlyOpensWithThePin()
    {
        // As a curious visitor: the locked home screen, closing the window, the PIN pad.
        AppController *controller = this->controller();
        QCOMPARE(modeKey(controller->kiosk()->mode()), u"self-service"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QVERIFY(!pageItem(u"tileAccompanied"_s)->isVisible());
        QVERIFY(!pageItem(u"tileMediator"_s)->isVisible());
        QVERIFY(pageItem(u"tileSelfService"_s)->isVisible());
        QVERIFY(!controller->kiosk()->enterMode(Mode::Accompanied));
        QVERIFY(!controller->kiosk()->enterMode(Mode::Mediator));
        window()->close();
        QVERIFY(window()->isVisible());
        QCOMPARE(window()->visibility(), QWindow::FullScreen);

        // The kiosk person made the text larger; it is theirs, not the tablet's.
        controller->appearance()->setTextScale(2.0);
        // The right PIN opens the mediator's space.
        test::tapCentre(window(), pageItem(u"unlockButton"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QVERIFY(pageInPlace());
        typePin(u"2468"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"mediatorPage"_s);
        QCOMPARE(modeKey(controller->kiosk()->mode()), u"mediator"_s);
        QCOMPARE(controller->appearance()->textScale(), 1.0); // the saved size came back
        QCOMPARE(Preferences().textScale(), 1.0); // and the kiosk's was not saved (read from the file)
        (void)screenshot(u"mediator-fr.png"_s);
        // Back home, the mediator's space closes by itself, and the kiosk
        // the mediator opened is locked again.
        QMetaObject::invokeMethod(window()->property("pageStack").value<QObject *>(), "pop", Q_ARG(QVariant, QVariant()));
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QTRY_COMPARE(modeKey(controller->kiosk()->mode()), u"self-service"_s);
        QVERIFY(controller->kiosk()->modeNeedsPin(Mode::Mediator));
        QTRY_VERIFY(pageItem(u"unlockButton"_s)->isVisible());
        QVERIFY(pageInPlace());

        // Five wrong tries lock the pad; the kiosk stays locked.
        test::tapCentre(window(), pageItem(u"unlockButton"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QVERIFY(pageInPlace());
        for (int i = 0; i < 5; ++i) {
            typePin(u"1357"_s);
        }
        QQuickItem *message = pageItem(u"pinMessage"_s);
        QTRY_VERIFY2(message->property("text").toString().contains(u"Trop d'essais"_s), qPrintable(message->property("text").toString()));
        QVERIFY(controller->kiosk()->pinSecondsLocked() > 0);
        QVERIFY(!pageItem(u"pinKey1"_s)->isEnabled());
        // Even the right PIN waits for the end of the lock.
        QVERIFY(!controller->kiosk()->enterModeWithPin(Mode::Mediator, u"2468"_s).isEmpty());
        QCOMPARE(modeKey(controller->kiosk()->mode()), u"self-service"_s);
        (void)screenshot(u"pin-locked-fr.png"_s);
    }

    void kioskStaysLockedAfterARestart()
    {
        // A reboot or a crash does not unlock the tablet, nor reset the PIN lock-out.
        stopApp();
        const Application restarted(kioskCommandLine());
        QCOMPARE(modeKey(restarted.controller()->kiosk()->mode()), u"self-service"_s);
        QVERIFY(restarted.controller()->kiosk()->pinSecondsLocked() > 0);
        QVERIFY(restarted.controller()->kiosk()->modeNeedsPin(Mode::Accompanied));
    }

    void forgottenPinIsResetFromTheTerminal()
    {
        // The mediator forgot the PIN of a locked tablet: "pasapas --reset-pin"
        // in a terminal (the real program, on the same settings) unlocks it.
        stopApp();
        QProcess process;
        process.start(QStringLiteral(PASAPAS_EXECUTABLE), {u"--reset-pin"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(process.readAllStandardOutput().contains("PIN is forgotten"));
        CommandLine commandLine = kioskCommandLine();
        // Even "--mode self-service" makes no kiosk without a PIN to leave it.
        commandLine.mode = Mode::SelfService;
        {
            const Application unlocked(commandLine);
            QCOMPARE(modeKey(unlocked.controller()->kiosk()->mode()), u"accompanied"_s);
            QVERIFY(!unlocked.controller()->kiosk()->hasPin());
            QCOMPARE(unlocked.controller()->kiosk()->pinSecondsLocked(), 0);
            // A new PIN is chosen as on the first day, and kept.
            QCOMPARE(unlocked.controller()->kiosk()->choosePin(u"7391"_s, u"7391"_s), QString());
            QVERIFY(!unlocked.controller()->kiosk()->modeNeedsPin(Mode::Accompanied));
        }
        commandLine.mode = Mode::Accompanied;
        const Application next(commandLine);
        QCOMPARE(modeKey(next.controller()->kiosk()->mode()), u"accompanied"_s);
        QVERIFY(next.controller()->kiosk()->hasPin());
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
