// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodel.h"
#include "guidelibrary.h"
#include "textsearch.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
Guide makeGuide(const QString &id, const QString &category, const QHash<QString, QString> &title, const QHash<QString, QString> &summary)
{
    Guide guide;
    guide.id = id;
    guide.category = category;
    guide.title = LocalizedText(title);
    guide.summary = LocalizedText(summary);
    guide.minutes = 10;
    Step step;
    step.id = u"one"_s;
    step.instruction.insert(u"fr"_s, u"Appuyez."_s);
    guide.steps.append(step);
    return guide;
}
}

class CatalogModelTest : public QObject
{
    Q_OBJECT

private:
    GuideLibrary m_library;

    QStringList ids(const GuideCatalogModel &model) const
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result.append(model.data(model.index(row), GuideCatalogModel::IdRole).toString());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Guide ft = makeGuide(u"ft-inscription"_s,
                                       u"work"_s,
                                       {{u"fr"_s, u"S'inscrire comme demandeur d'emploi"_s},
                                        {u"en"_s, u"Register as a job seeker"_s},
                                        {u"ar"_s, u"التسجيل كباحث عن عمل"_s}},
                                       {{u"fr"_s, u"Inscription à France Travail."_s}});
        ft.keywords = LocalizedText({{u"fr"_s, u"pôle emploi, chômage"_s}, {u"ru"_s, u"работа, безработица"_s}, {u"uk"_s, u"безробіття"_s}});
        m_library.addGuides({ft,
                             makeGuide(u"caf-prime"_s,
                                       u"family"_s,
                                       {{u"fr"_s, u"Demander la prime d'activité"_s}, {u"en"_s, u"Apply for the activity bonus"_s}},
                                       {{u"fr"_s, u"Pour les petits salaires, après l'inscription à la CAF, même en chômage partiel."_s}}),
                             makeGuide(u"ameli-compte"_s,
                                       u"health"_s,
                                       {{u"fr"_s, u"Créer mon compte ameli"_s}, {u"fa"_s, u"ایجاد حساب ameli"_s}},
                                       {{u"fr"_s, u"Le compte santé."_s}})},
                            u"bundled"_s,
                            CatalogSource::Bundled);
    }

    void searchFollowsAReloadedLibrary()
    {
        // The index is built on another thread after each load: a search after
        // a reload must find the new texts, even with as many guides as before.
        GuideLibrary library;
        library.addGuides({makeGuide(u"a"_s, u"work"_s, {{u"fr"_s, u"Guide alpha"_s}}, {}), makeGuide(u"b"_s, u"work"_s, {{u"fr"_s, u"Guide beta"_s}}, {})},
                          u"bundled"_s,
                          CatalogSource::Bundled);
        GuideCatalogModel model(&library);
        model.setQuery(u"zebre"_s);
        QCOMPARE(model.count(), 0);
        model.setQuery(u"alpha"_s);
        QCOMPARE(ids(model), QStringList{u"a"_s});
        model.setQuery(QString());
        library.addGuides({makeGuide(u"b"_s, u"work"_s, {{u"fr"_s, u"Guide zèbre"_s}}, {})}, u"bundled"_s, CatalogSource::Bundled); // replaces b
        QCOMPARE(library.entries().size(), 2);
        model.refresh();
        model.setQuery(u"zebre"_s);
        QCOMPARE(ids(model), QStringList{u"b"_s});
        model.setQuery(u"beta"_s);
        QCOMPARE(model.count(), 0);
    }

    void indexingPutOffUntilTheFirstSearch()
    {
        // A start straight into a guide does not index the catalog; the
        // first search does, and finds what an index made at once finds,
        // after a reload too.
        GuideLibrary library;
        GuideCatalogModel model(&library, nullptr, GuideCatalogModel::Indexing::OnFirstSearch);
        library.addGuides({makeGuide(u"a"_s, u"work"_s, {{u"fr"_s, u"Guide alpha"_s}}, {})}, u"bundled"_s, CatalogSource::Bundled);
        model.refresh();
        model.setCategory(u"work"_s);
        QVERIFY2(!model.searchPrepared(), "a refresh or a category indexed the guides");
        model.setQuery(u"alpha"_s);
        QVERIFY(model.searchPrepared());
        QCOMPARE(ids(model), QStringList{u"a"_s});
        library.addGuides({makeGuide(u"a"_s, u"work"_s, {{u"fr"_s, u"Guide zèbre"_s}}, {})}, u"bundled"_s, CatalogSource::Bundled);
        model.refresh();
        model.setQuery(u"zebre"_s);
        QCOMPARE(ids(model), QStringList{u"a"_s});

        GuideCatalogModel prepared(&m_library, nullptr, GuideCatalogModel::Indexing::OnFirstSearch);
        prepared.prepareSearch();
        QVERIFY(prepared.searchPrepared());
        prepared.setQuery(u"chomage"_s);
        QCOMPARE(ids(prepared), QStringList({u"ft-inscription"_s, u"caf-prime"_s}));
    }

    void wholeCatalogPutOffUntilTheSessionEnds()
    {
        // A start straight into a guide shows no catalog: it is not sorted
        // (ICU's collation is not read) until the session ends; a category
        // is sorted at once, without indexing.
        GuideCatalogModel model(&m_library, nullptr, GuideCatalogModel::Indexing::OnFirstSearch);
        model.refresh();
        QCOMPARE(model.count(), 0);
        model.setCategory(u"work"_s);
        QCOMPARE(ids(model), QStringList{u"ft-inscription"_s});
        QVERIFY(!model.searchPrepared());
        model.setCategory(QString());
        QCOMPARE(model.count(), 3); // sorted already: listed
        model.refresh();
        QCOMPARE(model.count(), 0);
        QSignalSpy counted(&model, &GuideCatalogModel::countChanged);
        model.prepareSearch();
        QCOMPARE(counted.size(), 1);
        QCOMPARE(ids(model), ids(GuideCatalogModel(&m_library)));
        QCOMPARE(ids(model).size(), 3);
    }

    void keywordsRankWithTitles()
    {
        // "chomage" is a keyword of ft-inscription and only in caf-prime's summary.
        GuideCatalogModel model(&m_library);
        model.setQuery(u"chomage"_s);
        QCOMPARE(ids(model), QStringList({u"ft-inscription"_s, u"caf-prime"_s}));
        model.setQuery(u"chomaje"_s); // misspelt: still the keyword first
        QCOMPARE(ids(model), QStringList({u"ft-inscription"_s, u"caf-prime"_s}));
    }

    void modelIsConsistent()
    {
        GuideCatalogModel model(&m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(u"ins"_s);
        model.setCategory(u"work"_s);
        model.setLanguage(u"ar"_s);
        model.setCategory(QString());
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 3);
    }

    void sortedByTitleInLanguage()
    {
        GuideCatalogModel model(&m_library);
        QCOMPARE(ids(model), QStringList({u"ameli-compte"_s, u"caf-prime"_s, u"ft-inscription"_s}));
        model.setLanguage(u"en"_s);
        // "Apply…", "Créer…" (French fallback), "Register…"
        QCOMPARE(ids(model), QStringList({u"caf-prime"_s, u"ameli-compte"_s, u"ft-inscription"_s}));
    }

    void filterByCategory()
    {
        GuideCatalogModel model(&m_library);
        QSignalSpy countSpy(&model, &GuideCatalogModel::countChanged);
        model.setCategory(u"family"_s);
        QCOMPARE(ids(model), QStringList({u"caf-prime"_s}));
        QCOMPARE(countSpy.count(), 1);
        model.setCategory(u"transport"_s);
        QCOMPARE(model.count(), 0);
    }

    void searchIgnoresCaseAccentsAndLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("french") << u"inscrire"_s << QStringList{u"ft-inscription"_s, u"caf-prime"_s}; // "inscription", two letters off, after
        QTest::newRow("english") << u"register"_s << QStringList{u"ft-inscription"_s};
        QTest::newRow("arabic") << u"باحث"_s << QStringList{u"ft-inscription"_s};
        QTest::newRow("arabic with harakat") << u"بَاحِث"_s << QStringList{u"ft-inscription"_s};
        QTest::newRow("persian yeh typed as arabic") << u"ايجاد"_s << QStringList{u"ameli-compte"_s};
        QTest::newRow("no accents, capitals") << u"ACTIVITE"_s << QStringList{u"caf-prime"_s};
        QTest::newRow("two words, any order") << u"compte créer"_s << QStringList{u"ameli-compte"_s};
        QTest::newRow("apostrophe") << u"d’activité"_s << QStringList{u"caf-prime"_s};
        QTest::newRow("nothing") << u"passeport"_s << QStringList{};
        QTest::newRow("category name") << u"santé"_s << QStringList{u"ameli-compte"_s};
        // Spelling mistakes, as people type them.
        QTest::newRow("k for c") << u"aktivité"_s << QStringList{u"caf-prime"_s};
        QTest::newRow("one letter wrong") << u"inscripsion"_s << QStringList{u"caf-prime"_s, u"ft-inscription"_s};
        QTest::newRow("a letter too many") << u"cafe"_s << QStringList{u"caf-prime"_s};
        QTest::newRow("two mistakes in a long word") << u"demandur d'emplois"_s << QStringList{u"ft-inscription"_s};
        QTest::newRow("short words must be right") << u"amali"_s << QStringList{u"ameli-compte"_s};
        QTest::newRow("too far") << u"xyzzy"_s << QStringList{};
        // Other scripts, in Latin letters, and the other way round.
        QTest::newRow("russian keyword typed in latin") << u"rabota"_s << QStringList{u"ft-inscription"_s};
        QTest::newRow("ukrainian keyword typed in latin") << u"bezrobittia"_s << QStringList{u"ft-inscription"_s};
        QTest::newRow("CAF typed in arabic letters") << u"كاف"_s << QStringList{u"caf-prime"_s};
        QTest::newRow("keyword in cyrillic") << u"безработица"_s << QStringList{u"ft-inscription"_s};
        QTest::newRow("keyword before summary") << u"chômage"_s << QStringList{u"ft-inscription"_s, u"caf-prime"_s};
    }

    void searchIgnoresCaseAccentsAndLanguage()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        GuideCatalogModel model(&m_library);
        model.setQuery(query);
        QCOMPARE(ids(model), expected);
    }

    void titleMatchesComeFirst()
    {
        // "inscription" is in ft-inscription's summary and in caf-prime's summary, but
        // only the title "S'inscrire…" does not contain it: ranks by title first.
        GuideCatalogModel model(&m_library);
        model.setQuery(u"prime"_s);
        QCOMPARE(ids(model).constFirst(), u"caf-prime"_s);
        model.setQuery(u"inscri"_s); // title of ft-inscription, summary of caf-prime
        QCOMPARE(ids(model), QStringList({u"ft-inscription"_s, u"caf-prime"_s}));
    }

    void languageFallbackInData()
    {
        GuideCatalogModel model(&m_library);
        model.setLanguage(u"uk"_s);
        model.setQuery(u"ameli"_s);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(GuideCatalogModel::TitleRole).toString(), u"Créer mon compte ameli"_s);
        QCOMPARE(index.data(GuideCatalogModel::TitleIsFallbackRole).toBool(), true);
        model.setLanguage(u"prs"_s); // Dari falls back to Persian before French
        QCOMPARE(model.index(0).data(GuideCatalogModel::TitleRole).toString(), u"ایجاد حساب ameli"_s);
        QCOMPARE(model.index(0).data(GuideCatalogModel::TitleIsFallbackRole).toBool(), true);
        model.setLanguage(u"fa"_s);
        QCOMPARE(model.index(0).data(GuideCatalogModel::TitleIsFallbackRole).toBool(), false);
    }

    void detailsInLanguage()
    {
        GuideCatalogModel model(&m_library);
        model.setLanguage(u"en"_s);
        const QVariantMap details = model.details(u"caf-prime"_s);
        QCOMPARE(details.value(u"title"_s).toMap().value(u"text"_s).toString(), u"Apply for the activity bonus"_s);
        QCOMPARE(details.value(u"summary"_s).toMap().value(u"fallback"_s).toBool(), true);
        QCOMPARE(details.value(u"stepCount"_s).toInt(), 1);
        QVERIFY(model.details(u"nope"_s).isEmpty());
    }

    void localGuideOverridesBundled()
    {
        GuideLibrary library;
        library.addGuides({makeGuide(u"a"_s, u"work"_s, {{u"fr"_s, u"Bundled"_s}}, {{u"fr"_s, u"x"_s}})}, u"bundled"_s, CatalogSource::Bundled);
        library.addGuides({makeGuide(u"a"_s, u"work"_s, {{u"fr"_s, u"Local"_s}}, {{u"fr"_s, u"x"_s}})}, u"/srv/guides"_s, CatalogSource::Local);
        QCOMPARE(library.entries().size(), 1);
        QCOMPARE(library.entries().constFirst().guide.title.french(), u"Local"_s);
        QVERIFY(library.entries().constFirst().overridesBundled);
        GuideCatalogModel model(&library);
        QCOMPARE(model.index(0).data(GuideCatalogModel::OverridesBundledRole).toBool(), true);
    }

    void localRepairOverPackOverBundled()
    {
        GuideLibrary library;
        Guide bundled = makeGuide(u"a"_s, u"work"_s, {{u"fr"_s, u"Bundled"_s}}, {{u"fr"_s, u"x"_s}});
        Guide packed = makeGuide(u"a"_s, u"work"_s, {{u"fr"_s, u"Pack"_s}}, {{u"fr"_s, u"x"_s}});
        packed.version = 2;
        Guide repaired = makeGuide(u"a"_s, u"work"_s, {{u"fr"_s, u"Repair"_s}}, {{u"fr"_s, u"x"_s}});
        // In any order, the highest source wins.
        library.addGuides({repaired}, u"/local"_s, CatalogSource::Local);
        library.addGuides({packed}, u"/pack"_s, CatalogSource::Pack);
        library.addGuides({bundled}, u"bundled"_s, CatalogSource::Bundled);
        QCOMPARE(library.entries().size(), 1);
        QCOMPARE(library.entries().constFirst().guide.title.french(), u"Repair"_s);
        GuideLibrary second;
        second.addGuides({bundled}, u"bundled"_s, CatalogSource::Bundled);
        second.addGuides({packed}, u"/pack"_s, CatalogSource::Pack);
        GuideCatalogModel model(&second);
        QCOMPARE(model.index(0).data(GuideCatalogModel::SourceRole).value<CatalogSource>(), CatalogSource::Pack);
        QCOMPARE(model.index(0).data(GuideCatalogModel::GuideVersionRole).toInt(), 2);
        QCOMPARE(model.index(0).data(GuideCatalogModel::LocalRole).toBool(), false);
        QCOMPARE(model.index(0).data(GuideCatalogModel::OverridesBundledRole).toBool(), true);
    }

    void categoryModel()
    {
        CategoryModel model(&m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0).data(CategoryModel::IdRole).toString(), u"work"_s);
        QCOMPARE(model.index(0).data(CategoryModel::GuideCountRole).toInt(), 1);
        QCOMPARE(model.index(6).data(CategoryModel::GuideCountRole).toInt(), 0);
        QVERIFY(!model.index(0).data(CategoryModel::IconRole).toString().isEmpty());
    }

    void foldForSearch_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents") << u"Élève à l'école"_s << u"eleve a l ecole"_s;
        QTest::newRow("ligature") << u"Cœur"_s << u"coeur"_s;
        QTest::newRow("arabic hamza and ta marbuta") << u"أسرة"_s << u"اسره"_s;
        QTest::newRow("persian keheh and yeh") << u"کی"_s << u"كي"_s;
        QTest::newRow("punctuation") << u"« Valider » !"_s << u"valider"_s;
    }

    void foldForSearch()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(pasapas::foldForSearch(input), folded);
    }
};

QTEST_GUILESS_MAIN(CatalogModelTest)
#include "tst_catalogmodel.moc"
