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
        const QStringList lines = run.out.split(u'\n');
        const auto coverage = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.startsWith(u"good-guide "_s);
        });
        QVERIFY2(coverage != lines.cend(), qPrintable(run.out));
        const QString row = coverage->mid(qsizetype(strlen("good-guide"))).simplified();
        QCOMPARE(row, u"100% 67%"_s); // fr: 3/3 texts, en: 2/3
    }

    void realGuideWithoutSourcesIsReported()
    {
        const QString dir = pasapas::test::testData(u"checkguides/mixed"_s);
        const Run run = check({dir});
        const QString expected = dir + u"/good-guide/guide.json:2:9: warning: guide d'un vrai site sans « sources » : citez les pages publiques qui décrivent la démarche [/sources]"_s;
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    }

    void hardToReadInstructionsAreReported()
    {
        const QString dir = pasapas::test::testData(u"checkguides/plain-language"_s);
        const Run run = check({dir});
        QCOMPARE(run.exitCode, 0); // advice, not errors
        const QString file = dir + u"/wordy-guide/guide.json"_s;
        const QStringList expected{
            file + u":14:29: warning: consigne trop longue : 22 mots (au plus 20, une action par étape) [/steps/0/instruction/fr]"_s,
            file + u":19:29: warning: « RIB » sans explication : ajoutez-la entre parenthèses, par exemple « RIB (relevé d'identité bancaire) » [/steps/1/instruction/fr]"_s,
            file + u":19:29: warning: « justificatif » sans explication : ajoutez-la entre parenthèses, par exemple « RIB (relevé d'identité bancaire) » [/steps/1/instruction/fr]"_s,
        };
        for (const QString &line : expected) {
            QVERIFY2(run.out.contains(line), qPrintable(run.out));
        }
        // Explained jargon, and the site's own words between « », are fine.
        QVERIFY2(!run.out.contains(u"/steps/2/"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"1 guide(s) valide(s), 0 erreur(s), 3 avertissement(s)"_s), qPrintable(run.out));
    }

    void versionInATerminal()
    {
        // Like --check-guides, --version needs no display: the version the build was made with.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PASAPAS_EXECUTABLE), {u"--version"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), u"pasapas " PASAPAS_EXPECTED_VERSION ""_s);
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
