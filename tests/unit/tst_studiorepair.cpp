// SPDX-License-Identifier: GPL-3.0-or-later
// Guide studio, repair in place: a step whose element changed is repaired
// from the element the mediator taps, saved as a local version that wins over
// the bundled guide, and the bundled version can come back.
#include "guidecheck.h"
#include "guidelibrary.h"
#include "guidewriter.h"
#include "steprepair.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
const QString bundled = QStringLiteral(PASAPAS_SOURCE_DIR) + u"/guides"_s;

QString written(const QList<Locator> &locators)
{
    QStringList parts;
    for (const Locator &l : locators) {
        parts.append(locatorKindName(l.kind) + u":"_s + l.value + (l.name.isEmpty() ? QString() : u"="_s + l.name));
    }
    return parts.join(u" | "_s);
}

/// The practice site renamed its link "Créer mon compte" into "Ouvrir mon compte".
ElementDescription renamedLink()
{
    return ElementDescription::fromJson(
        QJsonDocument::fromJson(R"j({"role":"link","name":"Ouvrir mon compte","text":"Ouvrir mon compte","tag":"a","id":"ouvrir"})j").object());
}
} // namespace

class StudioRepairTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newLocatorsFirstOldOnesAsFallbacks()
    {
        const QList<Locator> old{{Locator::Kind::Role, u"button"_s, u"Valider"_s}, {Locator::Kind::Css, u"#valider"_s, {}}};
        const QList<Locator> fresh{{Locator::Kind::Role, u"button"_s, u"Envoyer"_s}, {Locator::Kind::Css, u"#valider"_s, {}}};
        QCOMPARE(written(repairedTarget(old, fresh)), u"role:button=Envoyer | css:#valider | role:button=Valider"_s);
        QCOMPARE(written(repairedTarget({}, fresh)), u"role:button=Envoyer | css:#valider"_s);
    }

    void aRepairedGuideIsSavedLocallyAndWinsThenTheBundledOneComesBack()
    {
        GuideLibrary library;
        library.load(bundled);
        const CatalogEntry *original = library.find(u"practice-inscription"_s);
        QVERIFY(original);
        const Guide guide = original->guide;
        const QString stepId = guide.steps.constFirst().id;
        const QString oldTarget = written(guide.steps.constFirst().target);

        const std::optional<Guide> repaired = repairGuide(guide, stepId, renamedLink());
        QVERIFY(repaired);
        QCOMPARE(repaired->version, guide.version + 1);
        QCOMPARE(written(repaired->steps.constFirst().target),
                 u"role:link=Ouvrir mon compte | text:Ouvrir mon compte | css:#ouvrir | "_s + oldTarget);
        QCOMPARE(repaired->steps.constFirst().frenchWords, guide.steps.constFirst().frenchWords); // the step's own words stay
        QCOMPARE(written(repaired->steps.at(1).target), written(guide.steps.at(1).target)); // the other steps are untouched

        QTemporaryDir local;
        QVERIFY(local.isValid());
        QVERIFY(!hasErrors(saveGuide(*repaired, local.path())));
        const GuideCheckReport check = checkGuideFolders({local.path()}); // what --check-guides runs
        QVERIFY2(check.ok(), qPrintable(check.text));
        library.load(bundled, {local.path()});
        const CatalogEntry *entry = library.find(u"practice-inscription"_s);
        QVERIFY(entry);
        QVERIFY(entry->isLocal());
        QVERIFY(entry->overridesBundled);
        QCOMPARE(entry->guide.version, guide.version + 1);
        QCOMPARE(entry->guide.steps.constFirst().target.constFirst().name, u"Ouvrir mon compte"_s);

        QVERIFY(removeLocalGuide(local.path(), u"practice-inscription"_s));
        library.load(bundled, {local.path()});
        entry = library.find(u"practice-inscription"_s);
        QVERIFY(entry);
        QVERIFY(!entry->isLocal());
        QCOMPARE(entry->guide.version, guide.version);
        QVERIFY(!removeLocalGuide(local.path(), u"practice-inscription"_s)); // nothing left to remove
    }

    void onlyAStepWithATargetCanBeRepaired()
    {
        Guide guide;
        guide.version = 3;
        Step done;
        done.id = u"lire"_s;
        done.completion.kind = Completion::Kind::Done;
        guide.steps.append(done);
        QVERIFY(!repairGuide(guide, u"lire"_s, renamedLink()));
        QVERIFY(!repairGuide(guide, u"inconnue"_s, renamedLink()));
    }

    void removingStaysInsideTheLocalFolder()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(u"guides"_s));
        QVERIFY(QDir(root.path()).mkpath(u"autre"_s));
        QVERIFY(!removeLocalGuide(root.filePath(u"guides"_s), u"../autre"_s));
        QVERIFY(!removeLocalGuide(root.filePath(u"guides"_s), QString()));
        QVERIFY(QDir(root.filePath(u"autre"_s)).exists());
    }
};

QTEST_GUILESS_MAIN(StudioRepairTest)
#include "tst_studiorepair.moc"
