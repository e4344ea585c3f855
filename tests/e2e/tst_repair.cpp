// SPDX-License-Identifier: GPL-3.0-or-later
// « Réparer cette étape », as a mediator uses it during a session: a copy of
// the practice guide « toucher l'écran » whose first step's locators no
// longer match (the site "changed"), given with --guides; the session says
// the target is missing, the mediator taps « Réparer cette étape » (PIN
// first in an accompanied session), taps the right button by a real tap and
// confirms. The guide is saved as the tablet's local version (version + 1,
// new locators first, old ones kept), the step is found and done by a real
// tap, and a new process of the app uses the repaired version.
// « Revenir à la version d'origine » brings back the bundled guide; the
// locked kiosk never offers the repair.
#include "application.h"
#include "guidelibrary.h"
#include "guisupport.h"
#include "kioskcontroller.h"
#include "sessiondriver.h"
#include "studio/repaircontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
const QString kGuide = u"practice-toucher"_s;
const QString kPin = u"2468"_s;
/// The first step's locators in the copy: the site no longer has them.
const QJsonArray kOldTarget{QJsonObject{{u"role"_s, u"button"_s}, {u"name"_s, u"Bouton un"_s}}, QJsonObject{{u"css"_s, u"#ancien-bouton-1"_s}}};
} // namespace

class RepairTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

    QTemporaryDir m_guides; ///< --guides: the copy whose first step no longer matches
    int m_bundledVersion = 0;

    RepairController *repair() const
    {
        return app()->repair();
    }
    [[nodiscard]] QString repairedFile() const
    {
        return localRepairDir() + u'/' + kGuide + u"/guide.json"_s;
    }
    [[nodiscard]] CommandLine withCopy() const
    {
        CommandLine commandLine;
        commandLine.guideDirs = {m_guides.path()};
        return commandLine;
    }

    /// An item of the session page (or a dialog), or with onTopPage of the
    /// page on top of the stack: visible, enabled, in place, tapped by a finger.
    bool press(const QString &name, bool onTopPage = false) const
    {
        QQuickItem *button = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                button = onTopPage ? pageItem(name) : item(name);
                return button && button->isVisible() && button->isEnabled() && button->width() > 0;
            },
            10000);
        if (shown && onTopPage) {
            test::scrollIntoView(currentPage(), button); // a list's row below the screen's edge
        }
        if (!shown || !test::waitInPlace(window(), button)) {
            qWarning("nothing to press on %s: %s", currentPage() ? qPrintable(currentPage()->objectName()) : "-", qPrintable(name));
            return false;
        }
        test::tapCentre(window(), button);
        return true;
    }
    bool pressOnPage(const QString &name) const
    {
        return press(name, true);
    }

    /// The recorder's state in the app's own JavaScript world (the page cannot see it).
    [[nodiscard]] bool pageRecording() const
    {
        return test::runJavaScript(webView(), u"!!(window.__pasapasRecorder && window.__pasapasRecorder.recording)"_s, 5000, test::applicationWorld).toBool();
    }
    [[nodiscard]] bool buttonDone(const QString &id) const
    {
        return test::runJavaScript(webView(), u"document.getElementById('%1').classList.contains('fait')"_s.arg(id)).toBool();
    }
    [[nodiscard]] QString text(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found ? found->property("text").toString() : QString();
    }

    /// The broken copy's session, at its first step, said missing on the loaded page.
    void startMissing()
    {
        QVERIFY(start(kGuide));
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"sessionPage"_s, 10000);
        QVERIFY(pageInPlace());
        QTRY_VERIFY_WITH_TIMEOUT(pageUrl().path() == u"/entrainement/toucher"_s && !webView()->property("loading").toBool(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(session()->state() == SessionEngine::State::Missing, 20000);
        QCOMPARE(session()->stepId(), u"bouton-1"_s);
        QVERIFY(waitDrawn());
    }

    void screenshots(const QString &name)
    {
        QVERIFY(screenshot(u"repair-%1-fr.png"_s.arg(name)));
        controller()->localization()->setLanguage(u"ar"_s);
        QVERIFY(screenshot(u"repair-%1-ar.png"_s.arg(name)));
        controller()->localization()->setLanguage(u"fr"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The bundled guide, with its first step's locators replaced.
        QFile bundled(bundledGuidesDir() + u'/' + kGuide + u"/guide.json"_s);
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QJsonObject guide = QJsonDocument::fromJson(bundled.readAll()).object();
        m_bundledVersion = guide.value(u"version"_s).toInt();
        QVERIFY(m_bundledVersion > 0);
        QJsonArray steps = guide.value(u"steps"_s).toArray();
        QJsonObject first = steps.at(0).toObject();
        QCOMPARE(first.value(u"id"_s).toString(), u"bouton-1"_s);
        first.insert(u"target"_s, kOldTarget);
        first.insert(u"wait"_s, 1); // said missing after a second
        steps.replace(0, first);
        guide.insert(u"steps"_s, steps);
        QVERIFY(m_guides.isValid());
        QVERIFY(QDir().mkpath(m_guides.path() + u'/' + kGuide));
        QFile copy(m_guides.path() + u'/' + kGuide + u"/guide.json"_s);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(guide).toJson());
        copy.close();

        QVERIFY(startApp(withCopy()));
        QCOMPARE(controller()->kiosk()->choosePin(kPin, kPin), QString());
        const CatalogEntry *entry = app()->library().find(kGuide);
        QVERIFY(entry);
        QCOMPARE(QFileInfo(entry->origin).canonicalFilePath(), QFileInfo(m_guides.path()).canonicalFilePath());
        QCOMPARE(controller()->kiosk()->mode(), Mode::Accompanied);
    }

    void aMissingStepOffersTheRepair()
    {
        startMissing();
        QTRY_VERIFY(shows(u"missingMessage"_s));
        QTRY_VERIFY(item(u"repairButton"_s) && item(u"repairButton"_s)->isVisible());
        QVERIFY(repair()->isAvailable());
        QVERIFY(repair()->needsPin()); // an accompanied session: the mediator's PIN first
        QQuickItem *header = item(u"repairActionButton"_s);
        QVERIFY(!header || !header->isVisible()); // the header's action is for mediator mode
        screenshots(u"missing"_s);
    }

    void theMediatorTapsTheRightElement()
    {
        QVERIFY(press(u"repairButton"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QVERIFY(pageInPlace());
        typePin(kPin);
        QTRY_COMPARE(currentPage()->objectName(), u"sessionPage"_s);
        QVERIFY(pageInPlace());
        QTRY_VERIFY(repair()->isActive());
        QTRY_VERIFY(shows(u"repairCard"_s));
        QVERIFY(!item(u"stepCard"_s)->isVisible());
        QCOMPARE(text(u"repairPrompt"_s), u"Touchez le bon élément sur la page"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pageRecording(), 10000);
        screenshots(u"touch"_s);

        // A real tap on « Bouton 1 »: chosen and described, the page does not react.
        QTest::mouseClick(window(), Qt::LeftButton, {}, elementCentre(u"#bouton-1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(repair()->hasElement(), 10000);
        QCOMPARE(repair()->elementWords(), u"Bouton 1"_s);
        QCOMPARE(repair()->elementKind(), RepairController::ElementKind::Action);
        QCOMPARE(text(u"repairElementKind"_s), u"Bouton ou lien"_s);
        QCOMPARE(text(u"repairPrompt"_s), u"Est-ce le bon élément\u00a0?"_s);
        QVERIFY(item(u"repairConfirm"_s)->isEnabled());
        QVERIFY(!buttonDone(u"bouton-1"_s));
        QCOMPARE(session()->state(), SessionEngine::State::Missing);
        // Highlighted on the page (the spotlight, in its closed shadow root, is an element of the page).
        QTRY_VERIFY(test::runJavaScript(webView(), u"document.querySelectorAll('pasapas-spotlight').length === 1"_s).toBool());
        QVERIFY(waitDrawn());
        screenshots(u"confirm"_s);
        // The card follows the interface language, the element's words stay French.
        controller()->localization()->setLanguage(u"ar"_s);
        QTRY_COMPARE(text(u"repairElementKind"_s), u"زر أو رابط"_s);
        QCOMPARE(repair()->elementWords(), u"Bouton 1"_s);
        controller()->localization()->setLanguage(u"fr"_s);
    }

    void aRepairThatCannotBeSavedIsSaidPlainly()
    {
        // The local guide folder's place is taken by a file: nothing can be written there.
        QVERIFY(QDir().mkpath(QFileInfo(localRepairDir()).absolutePath()));
        QFile blocker(localRepairDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(press(u"repairConfirm"_s));
        QTRY_VERIFY(shows(u"repairError"_s));
        QVERIFY2(repair()->error().startsWith(u"La réparation n'est pas enregistrée"_s), qPrintable(repair()->error()));
        QVERIFY(repair()->isActive()); // the mediator can try again
        QCOMPARE(app()->library().find(kGuide)->guide.version, m_bundledVersion);
        QCOMPARE(session()->engine()->guide().version, m_bundledVersion);
        QVERIFY(QFile::remove(localRepairDir()));
    }

    void confirmedTheSessionGoesOnWithTheRepair()
    {
        QVERIFY(press(u"repairConfirm"_s));
        QTRY_VERIFY(!repair()->isActive());
        QVERIFY(repair()->error().isEmpty());
        QTRY_VERIFY(item(u"stepCard"_s)->isVisible());

        // Saved as the local version: version + 1, the new locators first, the old ones kept.
        QFile saved(repairedFile());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject guide = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(guide.value(u"version"_s).toInt(), m_bundledVersion + 1);
        const QJsonArray target = guide.value(u"steps"_s).toArray().at(0).toObject().value(u"target"_s).toArray();
        QVERIFY(target.size() > kOldTarget.size());
        QCOMPARE(target.at(0).toObject(), (QJsonObject{{u"role"_s, u"button"_s}, {u"name"_s, u"Bouton 1"_s}}));
        QCOMPARE(target.at(target.size() - 2), kOldTarget.at(0));
        QCOMPARE(target.at(target.size() - 1), kOldTarget.at(1));

        // The catalog shows it as local, over the --guides copy.
        const CatalogEntry *entry = app()->library().find(kGuide);
        QVERIFY(entry);
        QVERIFY(entry->isLocal());
        QCOMPARE(QDir(entry->origin), QDir(localRepairDir()));
        QCOMPARE(entry->guide.version, m_bundledVersion + 1);

        // The step is found now, and done by a real tap: the session goes on.
        QCOMPARE(session()->engine()->guide().version, m_bundledVersion + 1);
        QVERIFY(tap(u"bouton-1"_s));
        QVERIFY(leftStep(u"bouton-1"_s));
        QCOMPARE(session()->stepId(), u"bouton-5"_s);
        QTRY_VERIFY(buttonDone(u"bouton-1"_s));
        QVERIFY(waitShowing(u"bouton-5"_s));
        controller()->sessions()->end();
    }

    void aNewProcessUsesTheRepairedVersion()
    {
        // The real program, in the same data folders, with the same --guides copy.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_LOGGING_RULES"_s, u"pasapas.session.debug=true;pasapas.guides.info=true"_s);
        environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setReadChannel(QProcess::StandardError);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral(PASAPAS_EXECUTABLE), {u"--guides"_s, m_guides.path(), u"--lang"_s, u"fr"_s, u"--start"_s, kGuide});
        QByteArray log;
        const bool highlighted = QTest::qWaitFor(
            [&] {
                log += process.readAllStandardError();
                return log.contains("target highlighted") || process.state() == QProcess::NotRunning;
            },
            90000);
        process.terminate();
        if (!process.waitForFinished(15000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        log += process.readAllStandardError();
        // The first step's target is found on the page (the copy's locators find nothing there).
        QVERIFY2(highlighted && log.contains("target highlighted"), log.right(3000).constData());
        // The repaired file replaced the --guides copy when the guides were loaded.
        QVERIFY2(log.contains(repairedFile().toUtf8()) && log.contains("remplace"), log.right(3000).constData());
    }

    void inMediatorModeTheHeaderOffersItAndCancelLeavesTheStep()
    {
        // The app again (a restart in this process, same folders), without the --guides copy.
        stopApp();
        QVERIFY(startApp());
        const CatalogEntry *entry = app()->library().find(kGuide);
        QVERIFY(entry && entry->isLocal() && entry->overridesBundled);
        QCOMPARE(entry->guide.version, m_bundledVersion + 1);
        QCOMPARE(controller()->kiosk()->enterModeWithPin(Mode::Mediator, kPin), QString());

        // The repaired guide shows its first step at once; a mediator may still repair it.
        QVERIFY(start(kGuide));
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"sessionPage"_s, 10000);
        QVERIFY(pageInPlace());
        QVERIFY(waitShowing(u"bouton-1"_s));
        QVERIFY(!repair()->needsPin());
        QVERIFY(press(u"repairActionButton"_s));
        QTRY_VERIFY(repair()->isActive()); // no PIN in mediator mode
        QCOMPARE(currentPage()->objectName(), u"sessionPage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pageRecording(), 10000);
        QTest::mouseClick(window(), Qt::LeftButton, {}, elementCentre(u"#bouton-2"_s));
        QTRY_COMPARE_WITH_TIMEOUT(repair()->elementWords(), u"Bouton 2"_s, 10000);
        QVERIFY(press(u"repairCancel"_s));
        QTRY_VERIFY(!repair()->isActive());
        QVERIFY(!buttonDone(u"bouton-2"_s));
        QVERIFY(waitShowing(u"bouton-1"_s)); // the step as it was, found again
        QCOMPARE(app()->library().find(kGuide)->guide.version, m_bundledVersion + 1);
        controller()->sessions()->end();
    }

    void backToTheOriginalVersion()
    {
        // Home → Mediator space (PIN) → catalog → the guide's page → « Revenir à la version d'origine ».
        stopApp();
        QVERIFY(startApp());
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QVERIFY(pageInPlace());
        QVERIFY(pressOnPage(u"tileMediator"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QVERIFY(pageInPlace());
        typePin(kPin);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"mediatorPage"_s, 5000);
        QVERIFY(pageInPlace());
        QVERIFY(pressOnPage(u"mediatorCatalog"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"catalogPage"_s);
        QVERIFY(pageInPlace());
        QVERIFY(pressOnPage(u"category-first-steps"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"guideListPage"_s);
        QVERIFY(pageInPlace());
        QVERIFY(pressOnPage(u"guide-"_s + kGuide));
        QTRY_COMPARE(currentPage()->objectName(), u"guideDetailPage"_s);
        QVERIFY(pageInPlace());
        QCOMPARE(pageItem(u"removeLocalGuide"_s)->property("text").toString(), u"Revenir à la version d'origine"_s);
        QVERIFY(pressOnPage(u"removeLocalGuide"_s));
        QTRY_VERIFY(!QFile::exists(repairedFile()));
        const CatalogEntry *entry = app()->library().find(kGuide);
        QVERIFY(entry);
        QCOMPARE(entry->source, CatalogSource::Bundled);
        QCOMPARE(entry->guide.version, m_bundledVersion);
    }

    void neverOfferedInTheLockedKiosk()
    {
        stopApp();
        CommandLine kiosk = withCopy();
        kiosk.mode = Mode::SelfService;
        QVERIFY(startApp(kiosk));
        QCOMPARE(controller()->kiosk()->mode(), Mode::SelfService);
        startMissing();
        QTRY_VERIFY(shows(u"missingMessage"_s));
        QVERIFY(!repair()->isAvailable());
        QQuickItem *button = item(u"repairButton"_s);
        QVERIFY(button && !button->isVisible());
        QQuickItem *header = item(u"repairActionButton"_s);
        QVERIFY(!header || !header->isVisible());
        QVERIFY(!repair()->begin());
        QVERIFY(!repair()->isActive());
        QVERIFY(!pageRecording());
        controller()->sessions()->end();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(RepairTest)
#include "tst_repair.moc"
