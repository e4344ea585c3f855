// SPDX-License-Identifier: GPL-3.0-or-later
// The guide studio's editor, as a mediator uses it, by real taps: a bundled
// practice guide opened from its detail page (mediator mode), a step moved
// up, its instruction changed, an Arabic translation typed, an invalid edit
// refused with the error under its field, then saved as a local version
// (version + 1) that `pasapas --check-guides` accepts; « Essayer d'ici » on
// step 3 opens a session showing step 3; the guide exported into a folder
// (a USB key) and imported on a tablet with a fresh data folder, after a
// broken file was refused with where and what is wrong.
#include "application.h"
#include "guidelibrary.h"
#include "guisupport.h"
#include "sessiondriver.h"
#include "studio/guideeditor.h"

#include <QInputMethodEvent>
#include <QPointer>
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
const QString kArabic = u"المس الزر رقم ٥ في الأعلى."_s;
} // namespace

class StudioEditorTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

    QTemporaryDir m_usbKey;
    int m_bundledVersion = 0;
    QString m_exported;

    GuideEditor *editor() const
    {
        return app()->editor();
    }

    /// Taps a text field and replaces what it holds by typing, as on a keyboard;
    /// any script goes through the input method (as the on-screen keyboard sends it).
    void retype(const QString &name, const QString &text)
    {
        // Tapped once the screen is still (a list's dialog fading out takes a tap);
        // a person taps again when the keyboard does not come.
        for (int tap = 0; tap < 3 && !pageItem(name)->hasActiveFocus(); ++tap) {
            QVERIFY(test::waitStill(window()));
            QVERIFY(press(name));
            (void)QTest::qWaitFor([&] { return pageItem(name)->hasActiveFocus(); }, 2000);
        }
        QVERIFY(pageItem(name)->hasActiveFocus());
        // Erased from the end (a selection would bring up the touch text menu over the page).
        QTest::keyClick(window(), Qt::Key_End);
        for (qsizetype n = pageItem(name)->property("text").toString().size(); n > 0; --n) {
            QTest::keyClick(window(), Qt::Key_Backspace);
        }
        QTRY_COMPARE(pageItem(name)->property("text").toString(), QString());
        if (text.isEmpty()) {
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(window()->focusObject(), &commit);
    }

    /// Chooses in a combo box: tapped open, then the entry with this text tapped.
    void choose(const QString &combo, const QString &entry)
    {
        QVERIFY(press(combo));
        QQuickItem *option = nullptr;

        QTRY_VERIFY((option = test::findItemWhere(
                         window()->contentItem(),
                         [&](QQuickItem *item) {
                             return item->property("text").toString() == entry && item->property("highlighted").isValid() && item->isVisible();
                         },
                         true)));
        QVERIFY(test::waitInPlace(window(), option));
        QVERIFY2(option->height() >= 48, qPrintable(u"the entry « %1 » is %2 px high"_s.arg(entry).arg(option->height())));
        const QPointer<QQuickItem> chosen(option);
        test::tapCentre(window(), option);
        QTRY_VERIFY(!chosen || !chosen->isVisible()); // the list's dialog has closed
    }

    /// The file dialog a button opened: given its file or folder, then accepted.
    void acceptDialog(const QString &dialogName, const char *property, const QUrl &url)
    {
        QObject *dialog = currentPage()->findChild<QObject *>(dialogName);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        QVERIFY(dialog->setProperty(property, url));
        // What the person picked in it, confirmed (its own accept() would take its list's selection).
        QVERIFY(QMetaObject::invokeMethod(dialog, "accepted"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_usbKey.isValid());
        QVERIFY(startApp());
        QCOMPARE(controller()->kiosk()->choosePin(u"2468"_s, u"2468"_s), QString());
        QVERIFY(enterMediatorSpace(u"2468"_s));
        m_bundledVersion = app()->library().find(kGuide)->guide.version;
    }

    void openedFromTheGuideDetail()
    {
        QVERIFY(press(u"mediatorCatalog"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"catalogPage"_s);
        QVERIFY(press(u"category-first-steps"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"guideListPage"_s);
        QVERIFY(press(u"guide-"_s + kGuide));
        QTRY_COMPARE(currentPage()->objectName(), u"guideDetailPage"_s);
        QVERIFY(pageInPlace());
        QVERIFY(press(u"editGuide"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"studioEditorPage"_s);
        QVERIFY(pageInPlace());
        QCOMPARE(editor()->guideId(), kGuide);
        QCOMPARE(editor()->version(), m_bundledVersion + 1);
        QCOMPARE(editor()->stepCount(), 18);
    }

    void stepMovedUpAndItsInstructionChanged()
    {
        QCOMPARE(editor()->guide()->steps.at(1).id, u"bouton-5"_s);
        QVERIFY(press(u"editorStepUp-1"_s));
        QTRY_COMPARE(editor()->guide()->steps.at(0).id, u"bouton-5"_s);
        QCOMPARE(editor()->guide()->steps.at(1).id, u"bouton-1"_s);
        QTRY_COMPARE(pageItem(u"editorField-steps/0/instruction"_s)->property("text").toString(), u"Touchez le bouton « Bouton 5 »."_s);

        retype(u"editorField-steps/0/instruction"_s, u"Touchez le bouton 5, en haut."_s);
        QTRY_COMPARE(editor()->guide()->steps.at(0).instruction.french(), u"Touchez le bouton 5, en haut."_s);
        // Its translations said the old text: Arabic is missing now, and shown so.
        QVERIFY(editor()->missingNames(u"steps/0/instruction"_s).contains(u"العربية"_s));
        QVERIFY(editor()->isUnsaved());
    }

    void anArabicTranslationTyped()
    {
        choose(u"editorLanguage"_s, u"العربية"_s);
        QTRY_COMPARE(editor()->language(), u"ar"_s);
        QQuickItem *missing = pageItem(u"editorMissing-steps/0/instruction"_s);
        QVERIFY(missing);
        QTRY_VERIFY(missing->isVisible());
        QCOMPARE(pageItem(u"editorField-steps/0/instruction"_s)->property("text").toString(), QString());
        retype(u"editorField-steps/0/instruction"_s, kArabic);
        QTRY_COMPARE(editor()->guide()->steps.at(0).instruction.text(u"ar"_s), kArabic);
        QTRY_VERIFY(!missing->isVisible());
        QVERIFY(screenshot(u"studio-editor-texts-fr.png"_s));
        controller()->localization()->setLanguage(u"ar"_s);
        QVERIFY(screenshot(u"studio-editor-texts-ar.png"_s));
        controller()->localization()->setLanguage(u"fr"_s);
        choose(u"editorLanguage"_s, u"Français"_s);
        QTRY_COMPARE(editor()->language(), u"fr"_s);
    }

    void anInvalidEditIsRefusedOnItsField()
    {
        retype(u"editorField-steps/1/instruction"_s, QString());
        QTRY_COMPARE(editor()->guide()->steps.at(1).instruction.french(), QString());
        QVERIFY(press(u"editorSave"_s));
        QQuickItem *problem = pageItem(u"editorProblem-steps/1/instruction"_s);
        QVERIFY(problem);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->property("text").toString().contains(u"le texte en français est vide"_s), qPrintable(problem->property("text").toString()));
        QVERIFY(!pageItem(u"editorProblem-steps/0/instruction"_s)->isVisible()); // only on its field
        QVERIFY(!QFile::exists(localRepairDir() + u'/' + kGuide + u"/guide.json"_s)); // nothing saved
        test::scrollIntoView(currentPage(), problem);
        QVERIFY(screenshot(u"studio-editor-error-fr.png"_s));
        controller()->localization()->setLanguage(u"ar"_s);
        // How the step ends is said in the new language too.
        QTRY_COMPARE(pageItem(u"editorCompletion-1"_s)->property("displayText").toString(), u"الضغط على العنصر"_s);
        QVERIFY(screenshot(u"studio-editor-error-ar.png"_s));
        controller()->localization()->setLanguage(u"fr"_s);
        QTRY_COMPARE(pageItem(u"editorCompletion-1"_s)->property("displayText").toString(), u"Appui sur l'élément"_s);

        retype(u"editorField-steps/1/instruction"_s, u"Touchez le bouton 1."_s);
        QTRY_VERIFY(!problem->isVisible()); // checked again as it is typed
    }

    void savedAsALocalVersionTheCheckerAccepts()
    {
        QVERIFY(press(u"editorSave"_s));
        const QString path = localRepairDir() + u'/' + kGuide + u"/guide.json"_s;
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(!editor()->isUnsaved());
        QProcess check;
        check.start(QStringLiteral(PASAPAS_EXECUTABLE), {u"--check-guides"_s, localRepairDir()});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitCode() == 0, QByteArray(check.readAllStandardOutput() + check.readAllStandardError()).constData());
        // The catalog has the local version at once.
        const CatalogEntry *entry = app()->library().find(kGuide);
        QVERIFY(entry);
        QCOMPARE(entry->guide.version, m_bundledVersion + 1);
        QCOMPARE(entry->guide.steps.at(0).id, u"bouton-5"_s);
        QCOMPARE(GuideLibrary::wholeGuide(*entry).steps.at(0).instruction.text(u"ar"_s), kArabic);
    }

    void triedFromStepThree()
    {
        const QString third = editor()->guide()->steps.at(2).id;
        QVERIFY(press(u"editorTry-2"_s));
        QTRY_VERIFY(session());
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"sessionPage"_s, 10000);
        QVERIFY(pageInPlace());
        QCOMPARE(session()->guideId(), kGuide);
        QVERIFY2(waitShowing(third), qPrintable(where()));
        QCOMPARE(session()->engine()->currentIndex(), 2);
        QVERIFY(test::textOnScreen(sessionPage(), editor()->guide()->steps.at(2).instruction.french()));
        QVERIFY(screenshot(u"studio-editor-try-fr.png"_s));
        controller()->sessions()->end();
        QTRY_COMPARE(currentPage()->objectName(), u"studioEditorPage"_s);
    }

    void exportedToAFolder()
    {
        QVERIFY(press(u"editorExport"_s));
        acceptDialog(u"editorExportFolder"_s, "selectedFolder", QUrl::fromLocalFile(m_usbKey.path()));
        m_exported = m_usbKey.filePath(kGuide + u"/guide.json"_s);
        QTRY_VERIFY(QFile::exists(m_exported));
        QVERIFY(editor()->message().contains(m_exported));
    }

    void importedOnAFreshTablet()
    {
        // Another tablet: nothing in its data folder.
        stopApp();
        QTemporaryDir fresh;
        qputenv("XDG_DATA_HOME", fresh.path().toLocal8Bit());
        QVERIFY(!QFile::exists(localRepairDir() + u'/' + kGuide));
        QVERIFY(startApp());
        QVERIFY(enterMediatorSpace(u"2468"_s));
        QCOMPARE(app()->library().find(kGuide)->guide.version, m_bundledVersion);
        QVERIFY(press(u"mediatorStudio"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"studioStartPage"_s);
        QVERIFY(pageInPlace());

        // A broken file: refused, saying where and what.
        const QString broken = m_usbKey.filePath(u"casse.json"_s);
        QFile exported(m_exported);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QByteArray content = exported.readAll();
        QVERIFY(content.contains("\"minutes\": "));
        content.replace("\"minutes\": ", "\"minutes\": \"dix\", \"old\": ");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY(press(u"studioImport"_s));
        acceptDialog(u"studioImportFile"_s, "selectedFile", QUrl::fromLocalFile(broken));
        QQuickItem *message = pageItem(u"studioImportMessage"_s);
        QTRY_VERIFY(message->isVisible());
        const QString said = message->property("text").toString();
        QVERIFY2(said.contains(broken + u", ligne "_s), qPrintable(said));
        QCOMPARE(currentPage()->objectName(), u"studioStartPage"_s);

        QVERIFY(press(u"studioImport"_s));
        acceptDialog(u"studioImportFile"_s, "selectedFile", QUrl::fromLocalFile(m_exported));
        QTRY_COMPARE(currentPage()->objectName(), u"studioEditorPage"_s);
        QVERIFY(QFile::exists(localRepairDir() + u'/' + kGuide + u"/guide.json"_s));
        QCOMPARE(app()->library().find(kGuide)->guide.version, m_bundledVersion + 1);
        QCOMPARE(GuideLibrary::wholeGuide(*app()->library().find(kGuide)).steps.at(0).instruction.text(u"ar"_s), kArabic);
        stopApp(); // before its data folder goes
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(StudioEditorTest)
#include "tst_studioeditor.moc"
