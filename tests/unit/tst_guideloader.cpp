// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"
#include "guideloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{

QString guideData(const QString &relative)
{
    return pasapas::test::testData(u"guides/"_s + relative);
}

QString severityName(Diagnostic::Severity severity)
{
    return severity == Diagnostic::Severity::Error ? u"error"_s : u"warning"_s;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        lines.append(d.toString());
    }
    return lines.join(u'\n');
}

/// One file of tests/data/guides/malformed and the diagnostic it must give.
/// Line and column are where the faulty key or value starts in the file (1-based,
/// in characters), worked out from the file, not from the loader.
struct MalformedCase {
    const char *name;
    int line;
    int column;
    QString pointer;
    QString message;
    QString severity = u"error"_s;
    int count = 1; ///< diagnostics the file gives in all
    int index = 0; ///< the diagnostic this case describes
    /// Known loader bugs, "field: reason"; field is one of file, position,
    /// pointer, severity, message, count, guide. Each turns its check into an
    /// expected failure, so a fix shows up as XPASS.
    QStringList bugs = {};
};

const QList<MalformedCase> &malformedCases()
{
    static const QList<MalformedCase> cases{
        {"01-missing-comma", 5, 3, {},
         u"JSON invalide : objet non terminé : il manque « } » ou une virgule"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"02-trailing-comma-array", 10, 53, {},
         u"JSON invalide : un élément est attendu ici : une virgule est peut-être en trop avant « } » ou « ] »"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"03-trailing-comma-object", 23, 5, {},
         u"JSON invalide : un élément est attendu ici : une virgule est peut-être en trop avant « } » ou « ] »"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"04-unterminated-string", 9, 12, {},
         u"JSON invalide : texte non terminé : il manque le guillemet de fin (un texte ne va pas à la ligne)"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"05-missing-colon", 8, 13, {},
         u"JSON invalide : il manque « : » après le nom du champ"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"06-garbage-at-end", 26, 1, {}, u"JSON invalide : du texte en trop après la fin du guide"_s},
        {"07-root-array", 1, 1, {},
         u"le fichier doit contenir un objet { … }, pas une liste"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"08-root-string", 1, 1, {},
         u"JSON invalide : le fichier doit commencer par « { »"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"09-string-for-number", 8, 14, u"/minutes"_s, u"« minutes » doit être un nombre entier, pas un texte"_s},
        {"10-number-for-text", 6, 12, u"/title"_s, u"« title » doit être un objet de traductions comme { \"fr\": \"…\" }, pas un nombre"_s},
        {"11-bool-for-array", 10, 19, u"/allowedHosts"_s, u"« allowedHosts » doit être une liste de sites [ \"www.caf.fr\", … ], pas vrai/faux"_s},
        {"12-string-for-bool", 17, 20, u"/steps/0/sensitive"_s, u"« sensitive » doit être true ou false, pas un texte"_s},
        {"13-array-for-translation", 6, 19, u"/title/fr"_s, u"la traduction « fr » doit être un texte entre guillemets, pas une liste [ … ]"_s},
        {"14-string-for-step", 12, 5, u"/steps/0"_s, u"« steps » n°1 doit être un objet { … }, pas un texte"_s},
        // A misspelt required field also leaves it missing: a second error, at the object.
        {"15-unknown-field-suggestion", 6, 3, u"/tittle"_s, u"champ inconnu « tittle » ; vouliez-vous dire « title » ?"_s, u"error"_s, 2, 0},
        {"16-unknown-step-field-suggestion", 14, 7, u"/steps/0/instructions"_s,
         u"champ inconnu « instructions » ; vouliez-vous dire « instruction » ?"_s,
         u"error"_s, 2, 0},
        {"17-unknown-field", 9, 3, u"/author"_s, u"champ inconnu « author »"_s},
        {"18-unknown-field-code", 18, 7, u"/steps/0/onclick"_s, u"champ inconnu « onclick » (un guide ne contient jamais de code)"_s},
        {"19-missing-field", 1, 1, {},
         u"champ obligatoire « summary » manquant"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"20-missing-step-field", 12, 5, u"/steps/0"_s, u"champ obligatoire « complete » manquant"_s},
        {"21-bad-id", 3, 9, u"/id"_s,
         u"identifiant « Essai_1 » invalide : lettres minuscules sans accent, chiffres et tirets seulement (par exemple « caf-prime-activite »)"_s},
        {"22-duplicate-step-id", 20, 13, u"/steps/1/id"_s, u"l'identifiant d'étape « connexion » est déjà pris par l'étape n°1 (/steps/0)"_s},
        {"23-unknown-category", 5, 15, u"/category"_s, u"catégorie « famly » inconnue ; vouliez-vous dire « family » ?"_s},
        {"24-minutes-out-of-range", 8, 14, u"/minutes"_s, u"« minutes » doit être entre 1 et 600, pas 900"_s},
        {"25-minutes-huge", 8, 14, u"/minutes"_s,
         u"« minutes » doit être entre 1 et 600, pas 1000000"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"26-version-not-integer", 4, 14, u"/version"_s, u"« version » doit être un nombre entier, pas 1.5"_s},
        {"27-wait-out-of-range", 18, 15, u"/steps/0/wait"_s, u"« wait » doit être entre 0.5 et 120, pas 300"_s},
        {"28-page-space", 16, 15, u"/steps/0/page"_s, u"adresse « https://www.example.fr/mon compte » invalide : une adresse ne contient pas d'espace"_s},
        {"29-page-no-scheme", 16, 15, u"/steps/0/page"_s, u"adresse « www.example.fr/* » invalide : une adresse commence par https:// ou http://"_s},
        {"30-page-no-host", 16, 15, u"/steps/0/page"_s, u"adresse « https:///connexion » invalide : il manque le nom du site après « // »"_s},
        {"31-start-javascript", 9, 12, u"/start"_s, u"les adresses javascript: sont interdites (un guide ne contient jamais de code)"_s},
        {"32-start-no-scheme", 9, 12, u"/start"_s,
         u"adresse de départ « www.example.fr » invalide : écrivez l'adresse complète, comme « https://www.caf.fr/ »"_s},
        {"33-css-unbalanced-bracket", 15, 70, u"/steps/0/target/1/css"_s, u"sélecteur CSS « input[name='email' » invalide : « [ » ouvert mais jamais fermé"_s},
        {"34-css-unclosed-quote", 15, 70, u"/steps/0/target/1/css"_s, u"sélecteur CSS « input[name='email] » invalide : un guillemet ' n'est pas fermé"_s},
        {"35-css-dangling-combinator", 15, 70, u"/steps/0/target/1/css"_s, u"sélecteur CSS « form > » invalide : il se termine par « > »"_s},
        {"36-frame-bad-css", 18, 16, u"/steps/0/frame"_s, u"sélecteur CSS « iframe[name=connexion » invalide : « [ » ouvert mais jamais fermé"_s},
        {"37-locator-two-kinds", 15, 62, u"/steps/0/target/1"_s,
         u"une cible ne prend qu'une seule façon de trouver l'élément, pas css et text : faites plusieurs cibles"_s},
        {"38-locator-no-kind", 15, 62, u"/steps/0/target/1"_s, u"une cible doit dire comment trouver l'élément : « css », « text », « role » ou « label »"_s},
        {"39-unknown-role", 15, 27, u"/steps/0/target/0/role"_s, u"rôle « buton » inconnu ; vouliez-vous dire « button » ?"_s},
        {"40-name-without-role", 15, 87, u"/steps/0/target/1/name"_s, u"« name » ne sert qu'avec « role »"_s},
        {"41-missing-french", 7, 14, u"/summary"_s, u"texte sans version française : « fr » est obligatoire"_s},
        {"42-empty-translation", 6, 34, u"/title/ar"_s, u"la traduction « ar » est vide (supprimez-la plutôt : le français sera affiché)"_s},
        {"43-empty-french", 6, 34, u"/title/fr"_s,
         u"le texte en français est vide : il est obligatoire"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"44-bad-language-code", 6, 43, u"/title/english"_s,
         u"code de langue « english » invalide : écrivez par exemple « fr », « en », « ar » ou « fa-AF »"_s},
        {"45-tap-without-target", 16, 26, u"/steps/0/complete/on"_s,
         u"cette étape ne peut jamais se terminer : « tap » demande une cible (« target ») à côté de « complete »"_s},
        {"46-fill-on-link", 17, 26, u"/steps/0/complete/on"_s,
         u"cette étape ne peut jamais se terminer : « fill » attend un champ à remplir, mais la cible est un « link »"_s},
        {"47-complete-address-outside", 17, 48, u"/steps/0/complete/address"_s,
         u"cette étape ne peut jamais se terminer : le site de « https://www.ailleurs.fr/* » n'est pas dans « allowedHosts »"_s},
        {"48-appears-without-target", 22, 19, u"/steps/1/complete"_s,
         u"cette étape ne peut jamais se terminer : « on »: « appears » demande l'élément attendu dans « target »"_s},
        {"49-address-without-address", 22, 19, u"/steps/1/complete"_s,
         u"cette étape ne peut jamais se terminer : « on »: « address » demande l'adresse à atteindre dans « address »"_s},
        {"50-address-with-tap", 17, 33, u"/steps/0/complete/address"_s, u"« address » ne sert qu'avec « on »: « address »"_s},
        {"51-unknown-completion", 17, 26, u"/steps/0/complete/on"_s,
         u"« on » doit valoir tap, fill, choose, address, appears ou done, pas « tapp » ; vouliez-vous dire « tap » ?"_s},
        {"52-start-outside-hosts", 9, 12, u"/start"_s, u"l'adresse de départ « https://www.ailleurs.fr/ » n'est pas sur un site de « allowedHosts »"_s},
        {"53-page-outside-hosts", 16, 15, u"/steps/0/page"_s,
         u"le site de « https://www.ailleurs.fr/* » n'est pas dans « allowedHosts » : cette page ne s'ouvrira jamais"_s},
        {"54-bad-host-pattern", 10, 20, u"/allowedHosts/0"_s,
         u"site « https://www.example.fr/ » invalide : un hôte s'écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)"_s},
        {"55-empty-allowed-hosts", 10, 19, u"/allowedHosts"_s, u"« allowedHosts » est vide : donnez au moins le site de départ"_s},
        {"56-empty-steps", 11, 12, u"/steps"_s, u"le guide n'a aucune étape"_s},
        {"57-missing-pictogram-file", 9, 16, u"/pictogram"_s, u"pictogramme « absent.svg » introuvable dans le dossier du guide"_s},
        {"58-skip-same-as-page", 18, 29, u"/steps/0/skipIf/address"_s,
         u"cette étape sera toujours sautée : « skipIf » a la même adresse que « page »"_s,
         u"warning"_s, 1, 0},
        // Valid JSON, but one of the two « title » is silently dropped: the author should be told.
        {"59-duplicate-key", 9, 3, u"/title"_s,
         u"champ « title » écrit deux fois"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"60-byte-order-mark", 18, 15, u"/steps/0/wait"_s,
         u"« wait » doit être entre 0.5 et 120, pas 300"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"61-empty-file", 1, 1, {},
         u"le fichier est vide : un guide commence par « { »"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"62-source-not-https", 11, 23, u"/sources/0/url"_s,
         u"source « http://www.example.fr/aide » invalide : écrivez l'adresse complète, qui commence par « https:// »"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"63-source-bad-date", 11, 62, u"/sources/0/read"_s,
         u"date de lecture « 01/12/2026 » invalide : écrivez-la comme « 2026-12-01 » (année-mois-jour)"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"64-source-missing-date", 11, 15, u"/sources/0"_s,
         u"champ obligatoire « read » manquant"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"65-page-empty-list", 16, 15, u"/steps/0/page"_s,
         u"« page » est une liste vide : donnez au moins une adresse"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"66-page-list-host-not-allowed", 16, 15, u"/steps/0/page"_s,
         u"le site de « https://www.example.fr/* | https://*.impots.gouv.fr/* » n'est pas dans « allowedHosts » : cette page ne s'ouvrira jamais"_s,
         u"error"_s, 1, 0,
         {
         }},
        {"67-choose-without-target", 16, 26, u"/steps/0/complete/on"_s,
         u"cette étape ne peut jamais se terminer : « choose » demande une cible (« target ») à côté de « complete »"_s},
    };
    return cases;
}

QString knownBug(const QStringList &bugs, QLatin1StringView field)
{
    for (const QString &bug : bugs) {
        if (bug.startsWith(field + u": "_s)) {
            return bug;
        }
    }
    return {};
}

} // namespace

/// Compares one field of a malformed case; a known loader bug makes it an expected failure.
#define CHECK_FIELD(field, actual, expected)                                                                                                                   \
    do {                                                                                                                                                       \
        const QByteArray bug_ = knownBug(bugs, QLatin1StringView(field)).toUtf8();                                                                             \
        if (!bug_.isEmpty()) {                                                                                                                                 \
            QEXPECT_FAIL("", bug_.constData(), Continue);                                                                                                      \
        }                                                                                                                                                      \
        QCOMPARE(actual, expected);                                                                                                                            \
    } while (false)

class GuideLoaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("index");
        QTest::addColumn<QStringList>("bugs");
        for (const MalformedCase &c : malformedCases()) {
            QTest::newRow(c.name) << guideData(u"malformed/"_s + QLatin1StringView(c.name) + u".json"_s) << c.line << c.column << c.pointer << c.severity
                                  << c.message << c.count << c.index << c.bugs;
        }
    }

    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, pointer);
        QFETCH(QString, severity);
        QFETCH(QString, message);
        QFETCH(int, count);
        QFETCH(int, index);
        QFETCH(QStringList, bugs);

        QVERIFY2(QFile::exists(file), qPrintable(file));
        const GuideLoadResult result = loadGuideFile(file);
        const auto printOnFailure = qScopeGuard([&result] {
            if (QTest::currentTestFailed()) {
                qInfo().noquote() << "the loader said:\n" << describe(result.diagnostics);
            }
        });
        // A missing diagnostic compares as an empty one, so every field check fails.
        const Diagnostic actual = index < result.diagnostics.size() ? result.diagnostics.at(index) : Diagnostic{};

        CHECK_FIELD("file", actual.file, file);
        CHECK_FIELD("position", u"%1:%2"_s.arg(actual.line).arg(actual.column), u"%1:%2"_s.arg(line).arg(column));
        CHECK_FIELD("pointer", actual.pointer, pointer);
        CHECK_FIELD("severity", severityName(actual.severity), severity);
        CHECK_FIELD("message", actual.message, message);
        CHECK_FIELD("count", result.diagnostics.size(), qsizetype(count));
        // Errors keep the guide out; a file with warnings only still loads.
        const bool warningsOnly = severity == u"warning" && count == 1;
        CHECK_FIELD("guide", result.guide.has_value(), warningsOnly);
    }

    void everyMalformedFileHasACase()
    {
        QStringList cases;
        for (const MalformedCase &c : malformedCases()) {
            cases.append(QLatin1StringView(c.name) + u".json"_s);
        }
        const QStringList files = QDir(guideData(u"malformed"_s)).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files, cases);
        QVERIFY(files.size() >= 30);
    }

    void minimalGuide()
    {
        const QString file = guideData(u"valid/minimal/guide.json"_s);
        const GuideLoadResult result = loadGuideFile(file);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QVERIFY(result.guide);
        const Guide &guide = *result.guide;
        QCOMPARE(guide.id, u"minimal"_s);
        QCOMPARE(guide.version, 1);
        QCOMPARE(guide.category, u"everyday"_s);
        QCOMPARE(guide.title.french(), u"Guide minimal"_s);
        QCOMPARE(guide.languages(), QStringList{u"fr"_s});
        QCOMPARE(guide.minutes, 1);
        QCOMPARE(guide.start, QUrl(u"https://www.example.fr/"_s));
        QCOMPARE(guide.allowedHosts.size(), 1);
        QVERIFY(guide.allowedHosts.constFirst().matches(u"www.example.fr"_s));
        QVERIFY(!guide.allowedHosts.constFirst().matches(u"example.fr"_s));
        QVERIFY(guide.pictogram.isEmpty());
        QVERIFY(guide.documents.isEmpty());
        QVERIFY(guide.mediatorNotes.isEmpty());
        QCOMPARE(guide.filePath, file);
        QCOMPARE(guide.folder, QFileInfo(file).absolutePath());
        QCOMPARE(guide.steps.size(), 1);
        const Step &step = guide.steps.constFirst();
        QCOMPARE(step.id, u"fin"_s);
        QCOMPARE(step.instruction.french(), u"Appuyez sur « C'est fait »."_s);
        QCOMPARE(step.completion.kind, Completion::Kind::Done);
        QCOMPARE(step.waitMs, 8000); // the default
        QVERIFY(!step.sensitive);
        QVERIFY(step.target.isEmpty());
        QVERIFY(!step.page.isValid());
        QVERIFY(step.skipIf.isEmpty());
        QVERIFY(step.frame.isEmpty());
        QVERIFY(step.pictogram.isEmpty());
    }

    void fullGuide()
    {
        const QString file = guideData(u"valid/full/guide.json"_s);
        const GuideLoadResult result = loadGuideFile(file);
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
        QVERIFY(result.guide);
        const Guide &guide = *result.guide;
        const QString svg = QFileInfo(guideData(u"valid/full/pictogram.svg"_s)).absoluteFilePath();

        QCOMPARE(guide.id, u"full"_s);
        QCOMPARE(guide.version, 3);
        QCOMPARE(guide.category, u"first-steps"_s);
        QCOMPARE(guide.languages(), QStringList({u"ar"_s, u"en"_s, u"fa-AF"_s, u"fr"_s}));
        QCOMPARE(guide.title.text(u"fa-AF"_s), u"راهنمای کامل"_s);
        QCOMPARE(guide.summary.text(u"en"_s), u"A guide that uses every field of the format."_s);
        QCOMPARE(guide.minutes, 600);
        QCOMPARE(guide.start, QUrl(u"http://emploi.localhost:8080/"_s));

        QCOMPARE(guide.allowedHosts.size(), 3);
        QVERIFY(hostAllowed(guide.allowedHosts, QUrl(u"http://emploi.localhost:8080/"_s)));
        QVERIFY(hostAllowed(guide.allowedHosts, QUrl(u"http://autre.localhost:3000/"_s)));
        QVERIFY(hostAllowed(guide.allowedHosts, QUrl(u"https://example.fr/"_s)));
        QVERIFY(hostAllowed(guide.allowedHosts, QUrl(u"https://www.example.fr/page"_s)));
        QVERIFY(!hostAllowed(guide.allowedHosts, QUrl(u"https://evilexample.fr/"_s)));
        QVERIFY(!hostAllowed(guide.allowedHosts, QUrl(u"https://www.example.fr:8443/"_s)));
        QVERIFY(!hostAllowed(guide.allowedHosts, QUrl(u"https://www.caf.fr/"_s)));

        QVERIFY(QFileInfo(guide.pictogram).isAbsolute());
        QCOMPARE(guide.pictogram, svg);
        QCOMPARE(guide.documents.size(), 3);
        QCOMPARE(guide.documents.at(0).text.text(u"ar"_s), u"بطاقة هويتك"_s);
        QCOMPARE(guide.documents.at(0).pictogram, u"contact-new"_s);
        QCOMPARE(guide.documents.at(1).pictogram, svg);
        QVERIFY(guide.documents.at(2).pictogram.isEmpty());
        QVERIFY(guide.mediatorNotes.has(u"uk"_s));
        QCOMPARE(guide.keywords.text(u"ar"_s), u"تجربة"_s);
        QCOMPARE(guide.allKeywords(), QStringList({u"تجربة"_s, u"essai"_s, u"pôle emploi"_s, u"chômage"_s}));
        QCOMPARE(guide.sources.size(), 2);
        QCOMPARE(guide.sources.at(0).url, QUrl(u"https://www.service-public.fr/particuliers/vosdroits/F1234"_s));
        QCOMPARE(guide.sources.at(0).title, u"Une page publique"_s);
        QCOMPARE(guide.sources.at(0).read, QDate(2026, 11, 30));
        QVERIFY(guide.sources.at(1).title.isEmpty());

        QCOMPARE(guide.steps.size(), 5);
        QStringList ids;
        for (const Step &step : guide.steps) {
            ids.append(step.id);
        }
        QCOMPARE(ids, QStringList({u"se-connecter"_s, u"adresse-e-mail"_s, u"valider"_s, u"attendre"_s, u"fin"_s}));

        const Step &tap = guide.steps.at(0);
        QCOMPARE(tap.completion.kind, Completion::Kind::Tap);
        QCOMPARE(tap.frenchWords, u"Se connecter"_s);
        QCOMPARE(tap.target.size(), 3);
        QCOMPARE(tap.target.at(0).kind, Locator::Kind::Role);
        QCOMPARE(tap.target.at(0).value, u"button"_s);
        QCOMPARE(tap.target.at(0).name, u"Se connecter"_s);
        QCOMPARE(tap.target.at(1).kind, Locator::Kind::Text);
        QCOMPARE(tap.target.at(1).value, u"Se connecter"_s);
        QCOMPARE(tap.target.at(2).kind, Locator::Kind::Css);
        QCOMPARE(tap.target.at(2).value, u"a[href*=\"connexion\" i]"_s);
        QVERIFY(tap.page.matches(QUrl(u"http://emploi.localhost:8080/"_s)));
        QVERIFY(!tap.page.matches(QUrl(u"http://emploi.localhost:8080/connexion"_s)));
        QCOMPARE(tap.waitMs, 500);
        QVERIFY(!tap.sensitive);
        QCOMPARE(tap.mediatorNote.french(), u"Le bouton est en haut à droite."_s);
        QCOMPARE(tap.skipIf.present.size(), 1);
        QCOMPARE(tap.skipIf.present.constFirst().kind, Locator::Kind::Text);
        QVERIFY(!tap.skipIf.address.isValid());
        QCOMPARE(tap.pictogram, u"go-next"_s);

        const Step &fill = guide.steps.at(1);
        QCOMPARE(fill.completion.kind, Completion::Kind::Fill);
        QCOMPARE(fill.target.size(), 2);
        QCOMPARE(fill.target.at(0).kind, Locator::Kind::Label);
        QCOMPARE(fill.target.at(0).value, u"Adresse e-mail"_s);
        QCOMPARE(fill.target.at(1).kind, Locator::Kind::Role);
        QCOMPARE(fill.target.at(1).value, u"textbox"_s);
        QCOMPARE(fill.frame, u"iframe#connexion"_s);
        QVERIFY(fill.page.matches(QUrl(u"http://emploi.localhost:3000/connexion?etape=1"_s)));
        QCOMPARE(fill.waitMs, 120000);
        QVERIFY(fill.sensitive);
        QCOMPARE(fill.pictogram, svg);

        const Step &address = guide.steps.at(2);
        QCOMPARE(address.completion.kind, Completion::Kind::Address);
        QVERIFY(address.completion.address.matches(QUrl(u"http://emploi.localhost:8080/espace/accueil"_s)));
        QVERIFY(!address.completion.address.matches(QUrl(u"http://emploi.localhost:8080/connexion"_s)));
        QVERIFY(!address.sensitive);
        QCOMPARE(address.waitMs, 8000);
        QVERIFY(address.skipIf.present.isEmpty());
        QCOMPARE(address.skipIf.address.pattern(), u"http://emploi.localhost:*/espace/*"_s);

        const Step &appears = guide.steps.at(3);
        QCOMPARE(appears.completion.kind, Completion::Kind::Appears);
        QVERIFY(appears.target.isEmpty());
        QCOMPARE(appears.completion.target.size(), 2);
        QCOMPARE(appears.completion.target.at(0).kind, Locator::Kind::Role);
        QCOMPARE(appears.completion.target.at(0).name, u"Mon espace"_s);
        QCOMPARE(appears.completion.target.at(1).kind, Locator::Kind::Css);
        QVERIFY(appears.page.matches(QUrl(u"https://www.example.fr/mon-espace"_s)));

        QCOMPARE(guide.steps.at(4).completion.kind, Completion::Kind::Done);
    }

    void parseGuideWarnsAboutFolderName()
    {
        QFile file(guideData(u"valid/minimal/guide.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        const GuideLoadResult result = parseGuide(data, u"/nowhere/autre-nom/guide.json"_s);
        QVERIFY(result.guide); // a warning does not keep the guide out
        QCOMPARE(result.guide->filePath, u"/nowhere/autre-nom/guide.json"_s);
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.constFirst();
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QCOMPARE(d.pointer, u"/id"_s);
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 9);
        QCOMPARE(d.message, u"le dossier « autre-nom » devrait porter le nom du guide « minimal »"_s);
        // Any other file name: no folder rule.
        QVERIFY(parseGuide(data, u"/nowhere/autre-nom/brouillon.json"_s).diagnostics.isEmpty());
    }

    void unreadableFile()
    {
        const QString file = guideData(u"malformed/does-not-exist.json"_s);
        const GuideLoadResult result = loadGuideFile(file);
        QVERIFY(!result.guide);
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.constFirst();
        QCOMPARE(d.file, file);
        QCOMPARE(d.line, 0);
        QVERIFY(d.isError());
        QVERIFY2(d.message.startsWith(u"impossible de lire le fichier : "_s), qPrintable(d.message));
    }

    void folderSkipsBrokenGuide()
    {
        const QString dir = guideData(u"folder"_s);
        const GuideFolderResult result = loadGuideFolder(dir);
        QStringList ids;
        for (const Guide &guide : result.guides) {
            ids.append(guide.id);
        }
        QCOMPARE(ids, QStringList({u"alpha"_s, u"gamma"_s}));
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.constFirst();
        QCOMPARE(d.file, dir + u"/beta/guide.json"_s);
        QCOMPARE(d.line, 7);
        QCOMPARE(d.column, 14);
        QCOMPARE(d.pointer, u"/minutes"_s);
        QVERIFY(d.isError());
        QCOMPARE(d.message, u"« minutes » doit être entre 1 et 600, pas 0"_s);
    }

    void folderReportsDuplicateIds()
    {
        const QString dir = guideData(u"duplicates"_s);
        const GuideFolderResult result = loadGuideFolder(dir);
        QCOMPARE(result.guides.size(), 1);
        QCOMPARE(result.guides.constFirst().filePath, dir + u"/same/guide.json"_s);
        QVERIFY2(hasErrors(result.diagnostics), qPrintable(describe(result.diagnostics)));
        // "same-copy" also gets a warning: its folder is not named after its id.
        QCOMPARE(result.diagnostics.size(), 2);
        QCOMPARE(result.diagnostics.at(0).severity, Diagnostic::Severity::Warning);
        const Diagnostic &d = result.diagnostics.at(1);
        QCOMPARE(d.file, dir + u"/same-copy/guide.json"_s);
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 9);
        QCOMPARE(d.pointer, u"/id"_s);
        QVERIFY(d.isError());
        QCOMPARE(d.message, u"l'identifiant de guide « same » est déjà pris par %1"_s.arg(dir + u"/same/guide.json"_s));
    }

    void missingFolder()
    {
        const GuideFolderResult result = loadGuideFolder(guideData(u"no-such-folder"_s));
        QVERIFY(result.guides.isEmpty());
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY(result.diagnostics.constFirst().isError());
    }

    void diagnosticToString()
    {
        Diagnostic d{u"guides/essai/guide.json"_s, 12, 7, u"/steps/0/wait"_s, Diagnostic::Severity::Error, u"trop long"_s};
        QCOMPARE(d.toString(), u"guides/essai/guide.json:12:7: error: trop long [/steps/0/wait]"_s);
        d.severity = Diagnostic::Severity::Warning;
        QCOMPARE(d.toString(), u"guides/essai/guide.json:12:7: warning: trop long [/steps/0/wait]"_s);
        QVERIFY(!d.isError());
        QVERIFY(!hasErrors({d}));
        // No position and no pointer: neither is printed.
        const Diagnostic folder{u"guides"_s, 0, 0, QString(), Diagnostic::Severity::Error, u"dossier de guides introuvable"_s};
        QCOMPARE(folder.toString(), u"guides: error: dossier de guides introuvable"_s);
        QVERIFY(hasErrors({d, folder}));
        QVERIFY(!hasErrors({}));

        // And as the loader fills it.
        const QString file = guideData(u"malformed/27-wait-out-of-range.json"_s);
        const GuideLoadResult result = loadGuideFile(file);
        QVERIFY(!result.diagnostics.isEmpty());
        QCOMPARE(result.diagnostics.constFirst().toString(), file + u":18:15: error: « wait » doit être entre 0.5 et 120, pas 300 [/steps/0/wait]"_s);
    }
};

QTEST_GUILESS_MAIN(GuideLoaderTest)
#include "tst_guideloader.moc"
