// SPDX-License-Identifier: GPL-3.0-or-later
// pasapas --check-guides, run as a guide author would run it.
#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class CheckGuidesTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
    };

    Run check(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PASAPAS_EXECUTABLE), QStringList{u"--check-guides"_s} + arguments);
        if (!process.waitForFinished(30000)) {
            return {};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }

private Q_SLOTS:
    void bundledGuidesAreValid()
    {
        const Run run = check({});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        QVERIFY(run.out.contains(u"Traductions (part des textes traduits)"_s));
        for (const auto &id : {u"france-travail-inscription"_s, u"caf-prime-activite"_s, u"ameli-creer-compte"_s}) {
            QVERIFY2(run.out.contains(id), qPrintable(id));
        }
        QVERIFY2(run.out.contains(u" 0 erreur(s)"_s), qPrintable(run.out));
    }

    void sourceFolderIsValid()
    {
        const Run run = check({QStringLiteral(PASAPAS_SOURCE_DIR) + u"/guides"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    }

    void brokenGuideFailsWithLocation()
    {
        const QString dir = pasapas::test::testData(u"checkguides/mixed"_s);
        const Run run = check({dir});
        QCOMPARE(run.exitCode, 1);
        const QString expected = dir +
            u"/bad-guide/guide.json:14:26: error: sélecteur CSS « button[type=submit » invalide : « [ » ouvert mais jamais fermé [/steps/0/target/0/css]"_s;
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        // The good guide still loads, and its coverage is shown.
        QVERIFY2(run.out.contains(u"good-guide"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"1 guide(s) valide(s), 1 erreur(s)"_s), qPrintable(run.out));
        const QString row = run.out.section(u"good-guide"_s, 1, 1).section(u'\n', 0, 0).simplified();
        QCOMPARE(row, u"100% 67%"_s); // fr: 3/3 texts, en: 2/3
    }

    void missingFolderFails()
    {
        const Run run = check({u"/nonexistent/guides"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"/nonexistent/guides: error: dossier de guides introuvable"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(CheckGuidesTest)
#include "tst_checkguides.moc"
