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

/// The moves of a person come from the session fixture (tests/sessiondriver.h).
class PracticeGuidesTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startApp());
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
        QVERIFY(start(guide));
        QStringList done;
        for (int guard = 0; guard < 80 && !isFinished(); ++guard) {
            const QString step = session()->stepId();
            const bool ok = doCurrentStep();
            if (!ok) {
                (void)screenshot(u"practice-%1-stuck-%2.png"_s.arg(guide, step));
            }
            QVERIFY2(ok, qPrintable(u"%1: could not do step « %2 » (%3)"_s.arg(guide, step, where())));
            done.append(step);
        }
        QVERIFY2(isFinished(), qPrintable(where()));
        QVERIFY2(screenshot(u"practice-%1.png"_s.arg(guide)), "screenshot");
        // What the procedure makes is a real file in the session's documents.
        for (const QString &name : std::as_const(documents)) {
            const QString path = session()->documents()->folder() + u'/' + name;
            const auto pdfStart = [&path] {
                QFile file(path);
                return file.open(QIODevice::ReadOnly) ? file.read(5) : QByteArray();
            };
            QTRY_COMPARE_WITH_TIMEOUT(pdfStart(), QByteArray("%PDF-"), 15000);
        }
        // Every step was either done or skipped by the guide's own rules.
        QVERIFY2(done.size() <= session()->step().count, qPrintable(done.join(u", "_s)));
        controller()->sessions()->end();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(PracticeGuidesTest)
#include "tst_practiceguides.moc"
