// SPDX-License-Identifier: GPL-3.0-or-later
// The mediator's desk, end to end: two practice sessions played as a person
// would (one to the end, one left at step 3 after a help call, a sentinel
// typed in a field), then the activity journal's real SQLite file, the
// dashboard reached by touch through the PIN, the CSV against its golden
// file and the PDF report's text read back with Qt PDF. Screenshots of the
// dashboard: build/screenshots/desk-{fr,ar}-{100,200}.png.
#include "application.h"
#include "desk.h"
#include "guisupport.h"
#include "journal.h"
#include "sessiondriver.h"

#include <QFile>
#include <QPdfDocument>
#include <QQmlExtensionPlugin>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
const QString kGuide = u"practice-courriel-creer"_s;
/// Typed in a practice field: it must reach the page and never the journal.
const QString kSentinel = u"Zorglub7319Sentinelle"_s;
} // namespace

class DeskTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

    QTemporaryDir m_exports;

    /// The desk's figures as one comparable line.
    QString figures() const
    {
        Desk *desk = controller()->desk();
        return u"%1 sessions, %2 finished, %3 help calls"_s.arg(desk->sessions()).arg(desk->finished()).arg(desk->helpCalls());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_exports.isValid());
        QVERIFY(startApp());
        QVERIFY2(app()->journal()->isOpen(), qPrintable(app()->journal()->problem()));
        QVERIFY(app()->journal()->filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void aSessionToTheEnd()
    {
        QVERIFY(start(kGuide));
        for (int guard = 0; guard < 40 && !isFinished(); ++guard) {
            QVERIFY2(doCurrentStep(), qPrintable(where()));
        }
        QVERIFY2(isFinished(), qPrintable(where()));
        controller()->sessions()->end();
        QTRY_COMPARE(controller()->desk()->sessions(), 1);
    }

    void aSessionLeftAtStepThreeAfterAHelpCall()
    {
        QVERIFY(start(kGuide));
        QVERIFY2(doCurrentStep(), qPrintable(where()));
        QCOMPARE(session()->stepId(), u"prenom"_s);
        QVERIFY(tap(u"prenom"_s));
        QVERIFY(typeIntoField(kSentinel));
        QVERIFY(leftStep(u"prenom"_s));
        // The sentinel is really in the page (the test reads it; the app never does).
        QCOMPARE(test::runJavaScript(webView(), u"Array.from(document.querySelectorAll('input')).some(i => i.value === '%1')"_s.arg(kSentinel)).toBool(), true);
        QCOMPARE(session()->step().number, 3);

        // "J'ai besoin d'aide": the signal shows until a mediator answers.
        QQuickItem *help = item(u"stuckButton"_s);
        QVERIFY(help && help->isVisible() && help->height() >= 48);
        test::tapCentre(window(), help);
        QTRY_VERIFY(session()->helpCalled());
        QQuickItem *signal = item(u"helpSignal"_s);
        QTRY_VERIFY(signal && signal->isVisible() && signal->height() >= 48);
        QCOMPARE(session()->state(), SessionEngine::State::Stuck);
        QVERIFY(test::saveScreenshot(window(), u"desk-help-fr.png"_s, signal));
        test::tapCentre(window(), item(u"answerHelp"_s));
        QTRY_VERIFY(!session()->helpCalled());
        QTRY_VERIFY(!signal->isVisible());
        controller()->sessions()->end();
        QTRY_COMPARE(figures(), u"2 sessions, 1 finished, 1 help calls"_s);
    }

    /// The page said which locator found each target, and the journal kept it per step.
    void theJournalKeptHowTargetsWereFound()
    {
        QSqlQuery query(app()->journal()->database());
        QVERIFY(query.exec(u"SELECT COUNT(*), SUM(first_time), SUM(fallback) FROM step_outcomes"_s) && query.next());
        // The finished session's eight steps with a target, and the other's two.
        QVERIFY2(query.value(0).toInt() >= 10, qPrintable(query.value(0).toString()));
        QVERIFY2(query.value(1).toInt() + query.value(2).toInt() >= 10, qPrintable(query.value(1).toString()));
    }

    void theSentinelIsNowhereInTheJournal()
    {
        QFile file(app()->journal()->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("practice-courriel-creer")); // the file is the journal, and it was written
        QVERIFY(!bytes.contains(kSentinel.toUtf8()));
        QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char *>(kSentinel.utf16()), kSentinel.size() * 2)));
        QVERIFY(!bytes.contains("Zorglub"));
    }

    void theDashboardShowsTheCounts()
    {
        QCOMPARE(controller()->kiosk()->choosePin(u"2468"_s, u"2468"_s), QString());
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QVERIFY(pageInPlace());
        controller()->sessions()->dismissWipeNotice(); // "everything was wiped" covers the home screen
        QQuickItem *tile = nullptr;
        QTRY_VERIFY((tile = pageItem(u"tileMediator"_s)) && tile->isVisible());
        QVERIFY(test::waitInPlace(window(), tile));
        test::tapCentre(window(), tile);
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QVERIFY(pageInPlace());
        typePin(u"2468"_s);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"mediatorPage"_s, 5000);
        QVERIFY(pageInPlace());
        test::tapCentre(window(), pageItem(u"mediatorActivity"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"activityPage"_s);
        QVERIFY(pageInPlace());
        QAccessible::setActive(true);
        QTRY_VERIFY(pageItem(u"totalSessions"_s));
        const auto said = [&](const QString &name) {
            QQuickItem *card = pageItem(name);
            QAccessibleInterface *accessible = card ? QAccessible::queryAccessibleInterface(card) : nullptr;
            return accessible ? accessible->text(QAccessible::Name) : QString();
        };
        QTRY_VERIFY2(said(u"totalSessions"_s).startsWith(u"2 "_s), qPrintable(said(u"totalSessions"_s)));
        QVERIFY2(said(u"totalFinished"_s).startsWith(u"1 "_s), qPrintable(said(u"totalFinished"_s)));
        QVERIFY2(said(u"totalHelpCalls"_s).startsWith(u"1 "_s), qPrintable(said(u"totalHelpCalls"_s)));
        // Where people stop: step 3 of the guide.
        const QVariantList stops = controller()->desk()->stops();
        QCOMPARE(stops.size(), 1);
        QCOMPARE(stops.first().toMap().value(u"step"_s).toInt(), 3);
        QVERIFY(test::findItemWhere(currentPage(), [](QQuickItem *item) {
            const QString text = item->property("text").toString();
            return text.endsWith(u", étape 3 : 1 session"_s) && !text.startsWith(u"practice-"_s); // the guide's title, not its id
        }));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        for (const QString &language : {u"fr"_s, u"ar"_s}) {
            for (double scale : {1.0, 2.0}) {
                QTest::newRow(qPrintable(u"%1-%2"_s.arg(language).arg(int(scale * 100)))) << language << scale;
            }
        }
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        controller()->localization()->setLanguage(language);
        controller()->appearance()->setTextScale(scale);
        QTRY_COMPARE(currentPage()->objectName(), u"activityPage"_s);
        QVERIFY(pageInPlace());
        QVERIFY(screenshot(u"desk-%1-%2.png"_s.arg(language).arg(int(scale * 100))));
        controller()->localization()->setLanguage(u"fr"_s);
        controller()->appearance()->setTextScale(1.0);
    }

    void csvMatchesTheGoldenFile()
    {
        const QString path = m_exports.filePath(u"activite.csv"_s);
        QCOMPARE(controller()->desk()->exportCsv(QUrl::fromLocalFile(path)), QString());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QFile golden(test::testData(u"journal/e2e-desk.csv"_s));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const QByteArray expected = golden.readAll().replace("{month}", QDate::currentDate().toString(u"yyyy-MM"_s).toUtf8());
        QCOMPARE(csv.readAll(), expected);
    }

    void pdfReportHasTheTotals()
    {
        controller()->desk()->setAssociationName(u"Association Les Mains Tendues"_s);
        const QString path = m_exports.filePath(u"rapport.pdf"_s);
        QCOMPARE(controller()->desk()->exportPdf(QUrl::fromLocalFile(path)), QString());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 1);
        const QString text = pdf.getAllText(0).text();
        QVERIFY2(text.contains(u"Association Les Mains Tendues"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Sessions : 2"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Personnes aidées jusqu'au bout : 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Sessions abandonnées : 1"_s), qPrintable(text));
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(DeskTest)
#include "tst_desk.moc"
