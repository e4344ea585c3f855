// SPDX-License-Identifier: GPL-3.0-or-later
// Guide studio, the editor: a guide's texts in every interface language (the
// missing ones shown), its steps reordered, removed, duplicated, their
// completion and sensitivity changed; the guide loader's errors on the field
// they concern; nothing invalid saved; export to a folder and import back
// into another tablet's (fresh) guide folder.
#include "guideedit.h"
#include "guidelibrary.h"
#include "guideloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
const QString bundled = QStringLiteral(PASAPAS_SOURCE_DIR) + u"/guides"_s;

Guide bundledGuide(const QString &id)
{
    GuideLibrary library;
    library.load(bundled);
    const CatalogEntry *entry = library.find(id);
    return entry ? entry->guide : Guide();
}

QStringList ids(const Guide &guide)
{
    QStringList result;
    for (const Step &step : guide.steps) {
        result.append(step.id);
    }
    return result;
}

QStringList fields(const Diagnostics &diagnostics)
{
    QStringList result;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError()) {
            const FieldProblem problem = fieldProblem(d);
            result.append(problem.language.isEmpty() ? problem.field : problem.field + u'@' + problem.language);
        }
    }
    return result;
}
} // namespace

class StudioEditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointersGoToTheirField_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("language");
        QTest::newRow("step instruction") << u"/steps/3/instruction/fr"_s << u"steps/3/instruction"_s << u"fr"_s;
        QTest::newRow("step note") << u"/steps/0/mediatorNote/ar"_s << u"steps/0/mediatorNote"_s << u"ar"_s;
        QTest::newRow("completion") << u"/steps/2/complete/on"_s << u"steps/2/complete"_s << QString();
        QTest::newRow("completion address") << u"/steps/2/complete/address"_s << u"steps/2/complete"_s << QString();
        QTest::newRow("step target") << u"/steps/5/target/0/css"_s << u"steps/5"_s << QString();
        QTest::newRow("step itself") << u"/steps/5"_s << u"steps/5"_s << QString();
        QTest::newRow("title") << u"/title/uk"_s << u"title"_s << u"uk"_s;
        QTest::newRow("summary") << u"/summary"_s << u"summary"_s << QString();
        QTest::newRow("notes") << u"/mediatorNotes/fr"_s << u"mediatorNotes"_s << u"fr"_s;
        QTest::newRow("document") << u"/documents/1/text/fr"_s << u"documents/1"_s << u"fr"_s;
        QTest::newRow("hosts") << u"/allowedHosts"_s << QString() << QString();
        QTest::newRow("whole file") << QString() << QString() << QString();
    }
    void pointersGoToTheirField()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, field);
        QFETCH(QString, language);
        Diagnostic d;
        d.pointer = pointer;
        d.message = u"un problème"_s;
        const FieldProblem problem = fieldProblem(d);
        QCOMPARE(problem.field, field);
        QCOMPARE(problem.language, language);
        QCOMPARE(problem.message, u"un problème"_s);
    }

    void editingABundledGuideMakesTheNextVersion()
    {
        const Guide original = bundledGuide(u"practice-toucher"_s);
        QVERIFY(!original.steps.isEmpty());
        GuideEdit edit(original);
        QCOMPARE(edit.guide().version, original.version + 1);
        QVERIFY(!edit.isChanged());
        QVERIFY(!hasErrors(edit.check()));
    }

    void stepsReorderedRemovedDuplicated()
    {
        const Guide original = bundledGuide(u"practice-toucher"_s);
        GuideEdit edit(original);
        const QStringList before = ids(original);
        QVERIFY(edit.moveStep(1, 0));
        QCOMPARE(ids(edit.guide()).mid(0, 3), (QStringList{before.at(1), before.at(0), before.at(2)}));
        QVERIFY(edit.isChanged());
        QVERIFY(!edit.moveStep(0, -1));
        QVERIFY(!edit.moveStep(0, int(before.size())));
        QVERIFY(!edit.moveStep(2, 2));

        QVERIFY(edit.duplicateStep(0));
        QCOMPARE(edit.guide().steps.size(), before.size() + 1);
        QCOMPARE(edit.guide().steps.at(1).instruction.french(), edit.guide().steps.at(0).instruction.french());
        QCOMPARE(edit.guide().steps.at(1).id, before.at(1) + u"-2"_s); // ids stay unique
        QVERIFY(!hasErrors(edit.check()));

        QVERIFY(edit.removeStep(1));
        QVERIFY(!edit.removeStep(int(before.size())));
        QCOMPARE(edit.guide().steps.size(), before.size());
        QCOMPARE(ids(edit.guide()).mid(0, 2), (QStringList{before.at(1), before.at(0)}));
    }

    void textsInEveryLanguageAndTheMissingOnes()
    {
        GuideEdit edit(bundledGuide(u"practice-toucher"_s));
        const QString instruction = u"steps/0/instruction"_s;
        QVERIFY(edit.missingLanguages(instruction).isEmpty()); // the bundled guide is translated
        QVERIFY(edit.missingLanguages(u"steps/0/mediatorNote"_s).contains(u"ar"_s)); // no note at all
        QVERIFY(!edit.missingLanguages(u"steps/0/mediatorNote"_s).contains(u"fr"_s));

        // A new French text: its translations said the old one, they go.
        QVERIFY(edit.setText(instruction, u"fr"_s, u"Touchez le grand bouton bleu."_s));
        QCOMPARE(edit.text(instruction, u"fr"_s), u"Touchez le grand bouton bleu."_s);
        QCOMPARE(edit.text(instruction, u"ar"_s), QString());
        QCOMPARE(edit.missingLanguages(instruction).size(), 10); // every interface language but French

        QVERIFY(edit.setText(instruction, u"ar"_s, u"المس الزر الأزرق الكبير."_s));
        QVERIFY(!edit.missingLanguages(instruction).contains(u"ar"_s));
        QCOMPARE(edit.guide().steps.at(0).instruction.text(u"ar"_s), u"المس الزر الأزرق الكبير."_s);
        QVERIFY(!edit.setText(instruction, u"ar"_s, u"المس الزر الأزرق الكبير."_s)); // no change
        // Emptying a translation removes it: French shows again.
        QVERIFY(edit.setText(instruction, u"ar"_s, u"  "_s));
        QVERIFY(!edit.guide().steps.at(0).instruction.has(u"ar"_s));
        QVERIFY(!edit.setText(instruction, u"ar"_s, QString()));

        QVERIFY(edit.setText(u"title"_s, u"en"_s, u"Touch practice"_s));
        QCOMPARE(edit.guide().title.text(u"en"_s), u"Touch practice"_s);
        QVERIFY(!edit.setText(u"steps/99/instruction"_s, u"fr"_s, u"x"_s));
        QVERIFY(!edit.setText(u"nothing"_s, u"fr"_s, u"x"_s));
        QVERIFY(!hasErrors(edit.check()));
    }

    void invalidEditsAreRefusedOnTheirField()
    {
        QTemporaryDir dir;
        GuideEdit edit(bundledGuide(u"practice-toucher"_s));
        QVERIFY(edit.setText(u"steps/1/instruction"_s, u"fr"_s, QString()));
        QCOMPARE(fields(edit.check()), QStringList{u"steps/1/instruction@fr"_s});

        // A "C'est fait" step (no target) cannot end on a tap.
        const int read = int(ids(edit.guide()).indexOf(u"descendre"_s));
        QVERIFY(read > 0);
        QVERIFY(edit.setCompletion(read, Completion::Kind::Tap));
        QVERIFY(fields(edit.check()).contains(u"steps/%1/complete"_s.arg(read)));
        // Nor on an address it never had.
        QVERIFY(edit.setCompletion(read, Completion::Kind::Address));
        QVERIFY(fields(edit.check()).contains(u"steps/%1/complete"_s.arg(read)));

        edit.addDocument();
        QVERIFY(fields(edit.check()).contains(u"documents/0@fr"_s));

        QString path;
        QVERIFY(hasErrors(edit.save(dir.path(), &path)));
        QVERIFY(path.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"practice-toucher/guide.json"_s))); // nothing invalid is saved

        QVERIFY(edit.setText(u"steps/1/instruction"_s, u"fr"_s, u"Touchez le bouton 5."_s));
        QVERIFY(edit.setCompletion(read, Completion::Kind::Done));
        QVERIFY(edit.setText(u"documents/0"_s, u"fr"_s, u"Votre carte d'identité"_s));
        QVERIFY(edit.setSensitive(read, true));
        QVERIFY(!hasErrors(edit.save(dir.path(), &path)));
        QVERIFY(!edit.isChanged());
        const GuideLoadResult saved = loadGuideFile(path);
        QVERIFY(saved.guide);
        QCOMPARE(saved.guide->version, bundledGuide(u"practice-toucher"_s).version + 1);
        QCOMPARE(saved.guide->steps.at(1).instruction.french(), u"Touchez le bouton 5."_s);
        QVERIFY(saved.guide->steps.at(read).sensitive);
        QCOMPARE(saved.guide->documents.size(), 1);
    }

    void exportedThenImportedIntoAFreshFolder()
    {
        QTemporaryDir usbKey;
        QTemporaryDir freshTablet;
        GuideEdit edit(bundledGuide(u"practice-toucher"_s));
        QVERIFY(edit.setText(u"steps/0/mediatorNote"_s, u"fr"_s, u"Montrez le bouton du doigt."_s));
        QString exported;
        QVERIFY(!hasErrors(exportGuide(edit.guide(), usbKey.path(), &exported)));
        QCOMPARE(exported, usbKey.filePath(u"practice-toucher/guide.json"_s));

        Guide imported;
        QVERIFY(!hasErrors(importGuide(exported, freshTablet.path() + u"/local-guides"_s, &imported)));
        QCOMPARE(imported.id, u"practice-toucher"_s);
        QCOMPARE(imported.steps.at(0).mediatorNote.french(), u"Montrez le bouton du doigt."_s);
        GuideLibrary library;
        library.load(bundled, {freshTablet.path() + u"/local-guides"_s});
        QVERIFY(library.find(u"practice-toucher"_s));
        QCOMPARE(library.find(u"practice-toucher"_s)->guide.version, edit.guide().version); // the import wins

        QVERIFY(exportGuide(edit.guide(), usbKey.filePath(u"no-such-folder"_s)).size() == 1);
    }

    void aBrokenImportSaysWhereAndWhat()
    {
        QTemporaryDir usbKey;
        QTemporaryDir tablet;
        // A real guide whose version is not a number.
        QFile original(bundled + u"/practice-toucher/guide.json"_s);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray content = original.readAll();
        const qsizetype at = content.indexOf("\"version\": ");
        QVERIFY(at > 0);
        content.replace(at, content.indexOf(',', at) - at, "\"version\": \"deux\"");
        QFile broken(usbKey.filePath(u"guide.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(content);
        broken.close();
        const Diagnostics diagnostics = importGuide(broken.fileName(), tablet.path());
        QVERIFY(hasErrors(diagnostics));
        const QString message = plainError(diagnostics);
        QVERIFY2(message.startsWith(u"Le fichier "_s + broken.fileName() + u", ligne "_s), qPrintable(message));
        QVERIFY2(message.contains(u"version"_s), qPrintable(message));
        QVERIFY(QDir(tablet.path()).isEmpty()); // nothing imported
        QCOMPARE(plainError({}), QString());
    }
};

QTEST_GUILESS_MAIN(StudioEditTest)
#include "tst_studioedit.moc"
