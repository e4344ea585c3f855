// SPDX-License-Identifier: GPL-3.0-or-later
// Every practice guide bundled with the app, played to its end on the
// offline practice site with the real Qt WebEngine, as a person would: taps
// at the highlighted place, typing, lists, the document picker, "C'est fait",
// scrolling. A screenshot at the end of each: build/screenshots/practice-ID.png.
#include "application.h"
#include "guidelibrary.h"
#include "guisupport.h"
#include "practiceserver.h"
#include "sessiondriver.h"

#include <QFile>
#include <QQmlExtensionPlugin>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

class PracticeGuidesTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Application> m_app;

private Q_SLOTS:
    void initTestCase()
    {
        CommandLine commandLine;
        m_app = std::make_unique<Application>(commandLine);
        QVERIFY(m_app->load());
        m_app->window()->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    }

    void playToTheEnd_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QStringList>("documents"); ///< what the guide leaves in the session's documents
        GuideLibrary library;
        library.load(u":/guides"_s);
        QStringList practice;
        for (const CatalogEntry &entry : library.entries()) {
            if (PracticeServer::isPracticeHost(entry.guide.start.host())) {
                practice.append(entry.guide.id);
            }
        }
        QVERIFY(practice.size() >= 7);
        const QHash<QString, QStringList> documents{
            {u"practice-cv"_s, {u"mon-cv.pdf"_s}},
            {u"practice-lettre"_s, {u"lettre-de-motivation.pdf"_s}},
            {u"practice-courriel-repondre"_s, {u"formulaire-agence-emploi.pdf"_s}},
            {u"practice-inscription"_s, {u"attestation-inscription.pdf"_s}},
        };
        for (const QString &id : std::as_const(practice)) {
            QTest::newRow(qPrintable(id)) << id << documents.value(id);
        }
    }

    void playToTheEnd()
    {
        QFETCH(QString, guide);
        QFETCH(QStringList, documents);
        QVERIFY(m_app->controller()->sessions()->start(guide));
        test::SessionDriver driver(m_app.get());
        QTRY_VERIFY(driver.session() && driver.session()->guideId() == guide && driver.webView());
        QStringList done;
        for (int guard = 0; guard < 80 && driver.session()->state() != SessionEngine::State::Finished; ++guard) {
            const QString step = driver.session()->stepId();
            const bool ok = driver.doCurrentStep();
            if (!ok) {
                (void)driver.screenshot(u"practice-%1-stuck-%2.png"_s.arg(guide, step));
            }
            QVERIFY2(ok, qPrintable(u"%1: could not do step « %2 » (%3)"_s.arg(guide, step, driver.where())));
            done.append(step);
        }
        QCOMPARE(driver.session()->state(), SessionEngine::State::Finished);
        QVERIFY2(driver.screenshot(u"practice-%1.png"_s.arg(guide)), "screenshot");
        // What the procedure makes is a real file in the session's documents.
        for (const QString &name : std::as_const(documents)) {
            const QString path = driver.session()->documents()->folder() + u'/' + name;
            const auto start = [&path] {
                QFile file(path);
                return file.open(QIODevice::ReadOnly) ? file.read(5) : QByteArray();
            };
            QTRY_COMPARE_WITH_TIMEOUT(start(), QByteArray("%PDF-"), 15000);
        }
        // Every step was either done or skipped by the guide's own rules.
        QVERIFY2(done.size() <= driver.session()->step().count, qPrintable(done.join(u", "_s)));
        m_app->controller()->sessions()->end();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(PracticeGuidesTest)
#include "tst_practiceguides.moc"
