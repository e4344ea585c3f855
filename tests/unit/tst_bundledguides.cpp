// SPDX-License-Identifier: GPL-3.0-or-later
// The guides shipped with the app: valid, complete in the ten interface
// languages, grounded in public sources, and found by what people type.
#include "catalogmodel.h"
#include "categories.h"
#include "guidecheck.h"
#include "guidelibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
QString bundledDir()
{
    return QStringLiteral(PASAPAS_SOURCE_DIR) + u"/guides"_s;
}

/// The interface languages; Dari readers get the Persian text.
const QStringList &tenLanguages()
{
    static const QStringList languages{u"fr"_s, u"en"_s, u"ar"_s, u"fa"_s, u"uk"_s, u"ru"_s, u"ro"_s, u"es"_s, u"pt"_s, u"tr"_s};
    return languages;
}

/// The names of the app's own pictograms (src/app/pictograms, in the app's resources).
QSet<QString> appPictograms()
{
    QSet<QString> names;
    const QFileInfoList files = QDir(QStringLiteral(PASAPAS_SOURCE_DIR) + u"/src/app/pictograms"_s).entryInfoList({u"*.svg"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        names.insert(file.completeBaseName());
    }
    return names;
}

bool isPractice(const Guide &guide)
{
    return guide.start.host().endsWith(u".localhost"_s);
}
} // namespace

class BundledGuidesTest : public QObject
{
    Q_OBJECT

private:
    GuideCheckReport m_report;
    GuideLibrary m_library;

private Q_SLOTS:
    void initTestCase()
    {
        m_report = checkGuideFolders({bundledDir()});
        m_library.load(bundledDir());
    }

    void checkGivesNoErrorAndNoWarning()
    {
        QStringList problems;
        for (const Diagnostic &d : std::as_const(m_report.diagnostics)) {
            problems.append(d.toString());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(m_library.entries().size(), m_report.guides.size());
    }

    void everyGuideFolderIsInTheApp()
    {
        // The app reads its guides from its resources (guides/CMakeLists.txt lists them).
        const QStringList inSource = QDir(bundledDir()).entryList({u"*"_s}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name).filter(QRegularExpression(u"^(?!practice-site$)"_s));
        QStringList inApp = QDir(u":/guides"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(inApp, inSource);
    }

    void enoughGuides()
    {
        const auto real = std::count_if(m_report.guides.cbegin(), m_report.guides.cend(), [](const Guide &g) {
            return !isPractice(g);
        });
        QVERIFY2(real >= PASAPAS_MIN_REAL_GUIDES, qPrintable(u"%1 real-site guides"_s.arg(real)));
    }

    void everyGuideInTenLanguages()
    {
        QStringList gaps;
        for (const Guide &guide : std::as_const(m_report.guides)) {
            for (const QString &language : tenLanguages()) {
                const double coverage = translationCoverage(guide, language);
                if (coverage < 1.0) {
                    gaps.append(u"%1: %2 at %3 %"_s.arg(guide.id, language).arg(int(coverage * 100)));
                }
            }
            if (guide.keywords.isEmpty()) {
                gaps.append(u"%1: no keywords"_s.arg(guide.id));
            }
        }
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(u'\n')));
    }

    void everyRealGuideHasSources()
    {
        for (const Guide &guide : std::as_const(m_report.guides)) {
            if (isPractice(guide)) {
                continue;
            }
            QVERIFY2(!guide.sources.isEmpty(), qPrintable(guide.id));
            for (const GuideSource &source : guide.sources) {
                QCOMPARE(source.url.scheme(), u"https"_s);
                QVERIFY2(source.read.isValid() && source.read <= QDate(2026, 12, 31), qPrintable(guide.id));
            }
        }
    }

    /// What a beneficiary or a mediator types, in several languages and
    /// scripts, with the mistakes people make, and the guide that must come first.
    void searchFindsWhatPeopleAskFor_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        const auto row = [](const char *language, const QString &query, const char *first) {
            QTest::addRow("%s: %s", language, query.toUtf8().constData()) << QString::fromLatin1(language) << query << QString::fromLatin1(first);
        };
        // French, as typed at the desk
        row("fr", u"pole emploi inscription"_s, "france-travail-inscription");
        row("fr", u"inscripsion pole emploi"_s, "france-travail-inscription");
        row("fr", u"chomage s'inscrire"_s, "france-travail-inscription");
        row("fr", u"aktualisation france travail"_s, "france-travail-actualisation");
        row("fr", u"actualiser"_s, "france-travail-actualisation");
        row("fr", u"attestation pole emploi"_s, "france-travail-attestation");
        row("fr", u"faire un cv"_s, "france-travail-cv");
        row("fr", u"RSA"_s, "caf-rsa-demande");
        row("fr", u"demande rsa"_s, "caf-rsa-demande");
        row("fr", u"APL"_s, "caf-aide-logement");
        row("fr", u"aide au logement"_s, "caf-aide-logement");
        row("fr", u"prime d'activité"_s, "caf-prime-activite");
        row("fr", u"prime activiter"_s, "caf-prime-activite");
        row("fr", u"déclaration trimestrielle"_s, "caf-declaration-trimestrielle");
        row("fr", u"DTR"_s, "caf-declaration-trimestrielle");
        row("fr", u"quotient familial"_s, "caf-attestation-paiement");
        row("fr", u"cafe attestation"_s, "caf-attestation-paiement");
        row("fr", u"déménagement caf"_s, "caf-changement-situation");
        row("fr", u"changement adresse"_s, "caf-changement-situation");
        row("fr", u"creer compte ameli"_s, "ameli-creer-compte");
        row("fr", u"attestation de droits"_s, "ameli-attestation-droits");
        row("fr", u"C2S"_s, "ameli-complementaire-sante-solidaire");
        row("fr", u"cmu"_s, "ameli-complementaire-sante-solidaire");
        row("fr", u"mutuelle gratuite"_s, "ameli-complementaire-sante-solidaire");
        row("fr", u"mon espace santé"_s, "mon-espace-sante-activer");
        row("fr", u"impots creer compte"_s, "impots-creer-espace");
        row("fr", u"déclarer mes revenus"_s, "impots-declarer-revenus");
        row("fr", u"impot sur le revenu"_s, "impots-declarer-revenus");
        row("fr", u"retraite"_s, "info-retraite-compte");
        row("fr", u"relevé de carrière"_s, "info-retraite-compte");
        row("fr", u"passeport"_s, "ants-pre-demande-cni-passeport");
        row("fr", u"pasport"_s, "ants-pre-demande-cni-passeport");
        row("fr", u"carte d'identité"_s, "ants-pre-demande-cni-passeport");
        row("fr", u"titre de séjour"_s, "anef-renouvellement-titre-sejour");
        row("fr", u"titre de sejour renouveler"_s, "anef-renouvellement-titre-sejour");
        row("fr", u"permis de conduire perdu"_s, "ants-permis-conduire");
        row("fr", u"HLM"_s, "logement-social-demande");
        row("fr", u"logement social"_s, "logement-social-demande");
        row("fr", u"entrainement toucher"_s, "practice-toucher");
        // Arabic and Persian, with and without the Persian letters
        row("ar", u"بطاقة الإقامة"_s, "anef-renouvellement-titre-sejour");
        row("ar", u"رخصة القيادة"_s, "ants-permis-conduire");
        row("ar", u"مساعدة السكن"_s, "caf-aide-logement");
        row("ar", u"بول امبلوا"_s, "france-travail-inscription");
        row("fa", u"مالیات بر درآمد"_s, "impots-declarer-revenus");
        row("fa", u"بازنشستگی"_s, "info-retraite-compte");
        // Ukrainian and Russian, in Cyrillic and typed in Latin letters
        row("uk", u"резюме"_s, "france-travail-cv");
        row("uk", u"пол емплуа"_s, "france-travail-inscription");
        row("uk", u"pensiia"_s, "info-retraite-compte");
        row("ru", u"пенсия"_s, "info-retraite-compte");
        row("ru", u"nalogi deklaratsiia"_s, "impots-declarer-revenus");
        // Turkish
        row("tr", u"ehliyet"_s, "ants-permis-conduire");
        row("tr", u"oturum izni"_s, "anef-renouvellement-titre-sejour");
        row("tr", u"ozgecmis"_s, "france-travail-cv");
    }

    void searchFindsWhatPeopleAskFor()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        QFETCH(QString, first);
        GuideCatalogModel model(&m_library);
        model.setLanguage(language);
        model.setQuery(query);
        QStringList found;
        for (int row = 0; row < std::min(model.rowCount(), 4); ++row) {
            found.append(model.idAt(row));
        }
        QVERIFY2(!found.isEmpty() && found.constFirst() == first, qPrintable(u"first results: "_s + found.join(u", "_s)));
    }

    void everyPictogramExists()
    {
        // A name that is no icon shows a blank square, or a placeholder, to someone
        // who reads little: every one must be in the icon theme the app ships with.
        const QString breeze = u"/usr/share/icons/breeze"_s;
        if (!QFileInfo::exists(breeze)) {
            QSKIP("the Breeze icon theme is not installed here");
        }
        QSet<QString> icons = appPictograms();
        QDirIterator it(breeze, {u"*.svg"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            icons.insert(QFileInfo(it.next()).completeBaseName());
        }
        QStringList missing;
        const auto check = [&](const Guide &guide, const QString &name, const QString &where) {
            if (!name.isEmpty() && !QFileInfo(name).isAbsolute() && !icons.contains(name)) {
                missing.append(u"%1 %2: %3"_s.arg(guide.id, where, name));
            }
        };
        for (const Guide &guide : std::as_const(m_report.guides)) {
            check(guide, guide.pictogram, u"/pictogram"_s);
            for (qsizetype i = 0; i < guide.documents.size(); ++i) {
                check(guide, guide.documents.at(i).pictogram, u"/documents/%1/pictogram"_s.arg(i));
            }
            for (qsizetype i = 0; i < guide.steps.size(); ++i) {
                check(guide, guide.steps.at(i).pictogram, u"/steps/%1/pictogram"_s.arg(i));
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void guidesAndCategoriesShowTheAppsPictograms()
    {
        // Pictures a person who reads little recognises (drawn for the app),
        // not the desktop theme's generic ones (a star for health, a "+" for an ID card).
        const QSet<QString> ours = appPictograms();
        QVERIFY(ours.size() >= 15);
        for (const Category &category : categories()) {
            QVERIFY2(ours.contains(category.icon), qPrintable(category.id));
        }
        for (const Guide &guide : std::as_const(m_report.guides)) {
            QVERIFY2(ours.contains(guide.pictogram), qPrintable(guide.id + u": "_s + guide.pictogram));
            for (const GuideDocument &document : guide.documents) {
                QVERIFY2(document.pictogram.isEmpty() || ours.contains(document.pictogram) || document.pictogram == u"camera-photo"_s,
                    qPrintable(guide.id + u": "_s + document.pictogram));
            }
        }
    }

    void everyCategoryHasAGuide_data()
    {
        QTest::addColumn<QString>("category");
        for (const char *category : {"work", "family", "health", "taxes", "identity", "housing", "first-steps", "everyday", "transport"}) {
            QTest::newRow(category) << QString::fromLatin1(category);
        }
    }

    void everyCategoryHasAGuide()
    {
        QFETCH(QString, category);
        QVERIFY(std::any_of(m_report.guides.cbegin(), m_report.guides.cend(), [&](const Guide &g) {
            return g.category == category;
        }));
    }
};

QTEST_GUILESS_MAIN(BundledGuidesTest)
#include "tst_bundledguides.moc"
