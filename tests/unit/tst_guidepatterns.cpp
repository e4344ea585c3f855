// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresspattern.h"
#include "jsonpositions.h"
#include "localizedtext.h"
#include "textchecks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{

const QString hostReason = u"un hôte s'écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)"_s;

QStringList messagesLogged;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    messagesLogged.append(message);
}

} // namespace

class GuidePatternsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anyOfMatchesWhereOneDoes()
    {
        const AddressPattern providers = AddressPattern::anyOf(
            {AddressPattern::parse(u"https://*.impots.gouv.fr/*"_s), AddressPattern(), AddressPattern::parse(u"https://*.ameli.fr/*"_s)});
        QVERIFY(providers.isValid());
        QVERIFY(providers.matches(QUrl(u"https://cfspart.impots.gouv.fr/LoginAccess"_s)));
        QVERIFY(providers.matches(QUrl(u"https://fc.assure.ameli.fr/"_s)));
        QVERIFY(!providers.matches(QUrl(u"https://www.caf.fr/"_s)));
        QVERIFY(!providers.matches(QUrl(u"https://ameli.fr.example.com/"_s)));
        QCOMPARE(providers.hostParts(), QStringList({u"*.impots.gouv.fr"_s, u"*.ameli.fr"_s}));
        QCOMPARE(providers.pattern(), u"https://*.impots.gouv.fr/* | https://*.ameli.fr/*"_s);
        QVERIFY(!AddressPattern::anyOf({}).isValid());
    }

    // --- AddressPattern

    void addressMatches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QString>("bug");

        const QString none;
        QTest::newRow("wildcard path") << u"https://www.caf.fr/allocataires/*"_s << u"https://www.caf.fr/allocataires/mes-droits"_s << true << none;
        QTest::newRow("wildcard empty run") << u"https://www.caf.fr/allocataires/*"_s << u"https://www.caf.fr/allocataires/"_s << true << none;
        QTest::newRow("wildcard other folder") << u"https://www.caf.fr/allocataires/*"_s << u"https://www.caf.fr/partenaires/x"_s << false << none;
        QTest::newRow("wildcard other site") << u"https://www.caf.fr/*"_s << u"https://www.ameli.fr/"_s << false << none;
        QTest::newRow("wildcard query") << u"https://www.caf.fr/recherche*"_s << u"https://www.caf.fr/recherche?q=rsa"_s << true << none;
        QTest::newRow("two wildcards") << u"https://*.ameli.fr/*/compte"_s << u"https://assure.ameli.fr/espace/compte"_s << true << none;
        QTest::newRow("host wildcard") << u"https://*.ameli.fr/*"_s << u"https://assure.ameli.fr/connexion"_s << true << none;
        QTest::newRow("host wildcard needs a subdomain") << u"https://*.ameli.fr/*"_s << u"https://ameli.fr/"_s << false << none;
        QTest::newRow("host wildcard other site") << u"https://*.ameli.fr/*"_s << u"https://www.evilameli.fr/"_s << false << none;
        QTest::newRow("host wildcard stays in the host")
            << u"https://*.ameli.fr/*"_s << u"https://www.example.com/search?q=.ameli.fr/"_s << false
            << QString();
        QTest::newRow("no path is /") << u"https://www.caf.fr"_s << u"https://www.caf.fr/"_s << true << none;
        QTest::newRow("url without path") << u"https://www.caf.fr/"_s << u"https://www.caf.fr"_s << true << none;
        QTest::newRow("both without path") << u"https://www.caf.fr"_s << u"https://www.caf.fr"_s << true << none;
        QTest::newRow("exact path") << u"https://www.caf.fr/aide"_s << u"https://www.caf.fr/aide"_s << true << none;
        QTest::newRow("longer path") << u"https://www.caf.fr/aide"_s << u"https://www.caf.fr/aide/contact"_s << false << none;
        QTest::newRow("path case") << u"https://www.caf.fr/Aide"_s << u"https://www.caf.fr/aide"_s << false << none;
        QTest::newRow("fragment ignored") << u"https://www.caf.fr/aide"_s << u"https://www.caf.fr/aide#contact"_s << true << none;
        QTest::newRow("user info ignored") << u"https://www.caf.fr/*"_s << u"https://nom:secret@www.caf.fr/aide"_s << true << none;
        QTest::newRow("pattern host case") << u"https://WWW.CAF.FR/*"_s << u"https://www.caf.fr/aide"_s << true << none;
        QTest::newRow("url host case") << u"https://www.caf.fr/*"_s << u"https://WWW.Caf.FR/aide"_s << true << none;
        QTest::newRow("scheme") << u"https://www.caf.fr/*"_s << u"http://www.caf.fr/aide"_s << false << none;
        QTest::newRow("any scheme")
            << u"*://www.caf.fr/*"_s << u"https://www.caf.fr/aide"_s << true
            << QString();
        QTest::newRow("any port") << u"http://emploi.localhost:*/inscription*"_s << u"http://emploi.localhost:8080/inscription/etape-1"_s << true << none;
        QTest::newRow("any port other host") << u"http://emploi.localhost:*/inscription*"_s << u"http://caf.localhost:8080/inscription"_s << false << none;
        QTest::newRow("fixed port") << u"http://localhost:8080/*"_s << u"http://localhost:8080/a"_s << true << none;
        QTest::newRow("other port") << u"http://localhost:8080/*"_s << u"http://localhost:9090/a"_s << false << none;
        QTest::newRow("port not in pattern") << u"http://localhost/*"_s << u"http://localhost:9090/a"_s << false << none;
        QTest::newRow("regex characters are literal") << u"https://www.caf.fr/a+b(c).html"_s << u"https://www.caf.fr/a+b(c).html"_s << true << none;
        QTest::newRow("dot is literal") << u"https://www.caf.fr/a.html"_s << u"https://www.caf.fr/aXhtml"_s << false << none;
    }

    void addressMatches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        QFETCH(QString, bug);
        QString reason;
        const AddressPattern parsed = AddressPattern::parse(pattern, &reason);
        QVERIFY2(parsed.isValid(), qPrintable(reason));
        QCOMPARE(parsed.pattern(), pattern);
        if (!bug.isEmpty()) {
            QEXPECT_FAIL("", qPrintable(bug), Continue);
        }
        QCOMPARE(parsed.matches(QUrl(url)), matches);
    }

    void addressHostPart()
    {
        QCOMPARE(AddressPattern::parse(u"https://WWW.CAF.FR/Aide"_s).hostPart(), u"www.caf.fr"_s);
        QCOMPARE(AddressPattern::parse(u"http://emploi.localhost:*/x"_s).hostPart(), u"emploi.localhost:*"_s);
        QCOMPARE(AddressPattern::parse(u"https://*.ameli.fr"_s).hostPart(), u"*.ameli.fr"_s);
    }

    void addressInvalid_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << u"l'adresse est vide"_s;
        QTest::newRow("blank") << u"   "_s << u"l'adresse est vide"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"les adresses javascript: sont interdites (un guide ne contient jamais de code)"_s;
        QTest::newRow("JavaScript") << u"JavaScript:void(0)"_s << u"les adresses javascript: sont interdites (un guide ne contient jamais de code)"_s;
        QTest::newRow("space") << u"https://www.caf.fr/mon compte"_s << u"une adresse ne contient pas d'espace"_s;
        QTest::newRow("tab") << u"https://www.caf.fr/\t"_s << u"une adresse ne contient pas d'espace"_s;
        QTest::newRow("no scheme") << u"www.caf.fr/*"_s << u"une adresse commence par https:// ou http://"_s;
        QTest::newRow("ftp") << u"ftp://www.caf.fr/"_s << u"une adresse commence par https:// ou http://"_s;
        QTest::newRow("one slash") << u"https:/www.caf.fr/"_s << u"une adresse commence par https:// ou http://"_s;
        QTest::newRow("no host") << u"https:///connexion"_s << u"il manque le nom du site après « // »"_s;
        QTest::newRow("underscore in host") << u"https://www.ca_f.fr/"_s << u"le nom du site « www.ca_f.fr » n'est pas valide"_s;
        QTest::newRow("hyphen first") << u"https://-caf.fr/"_s << u"le nom du site « -caf.fr » n'est pas valide"_s;
        QTest::newRow("empty label") << u"https://www..caf.fr/"_s << u"le nom du site « www..caf.fr » n'est pas valide"_s;
        QTest::newRow("letters in port") << u"https://www.caf.fr:http/"_s << u"le nom du site « www.caf.fr:http » n'est pas valide"_s;
    }

    void addressInvalid()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, reason);
        QString actual = u"(not set)"_s;
        const AddressPattern parsed = AddressPattern::parse(pattern, &actual);
        QVERIFY(!parsed.isValid());
        QCOMPARE(actual, reason);
        QVERIFY(!parsed.matches(QUrl(u"https://www.caf.fr/"_s)));
        QVERIFY(!AddressPattern::parse(pattern).isValid()); // the reason is optional
    }

    void addressDefaultIsInvalid()
    {
        const AddressPattern pattern;
        QVERIFY(!pattern.isValid());
        QVERIFY(!pattern.matches(QUrl(u"https://www.caf.fr/"_s)));
    }

    void addressMatchingLogsNothing()
    {
        messagesLogged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
        const bool matched = AddressPattern::parse(u"https://www.caf.fr/*"_s).matches(QUrl(u"https://www.caf.fr/aide"_s));
        qInstallMessageHandler(previous);
        QVERIFY(matched);
        QCOMPARE(messagesLogged, QStringList());
    }

    // --- HostPattern

    void hostMatches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << u"www.caf.fr"_s << u"www.caf.fr"_s << -1 << true;
        QTest::newRow("exact, host case") << u"www.caf.fr"_s << u"WWW.Caf.FR"_s << -1 << true;
        QTest::newRow("exact, parent") << u"www.caf.fr"_s << u"caf.fr"_s << -1 << false;
        QTest::newRow("exact, child") << u"www.caf.fr"_s << u"a.www.caf.fr"_s << -1 << false;
        QTest::newRow("wildcard, itself") << u"*.caf.fr"_s << u"caf.fr"_s << -1 << true;
        QTest::newRow("wildcard, child") << u"*.caf.fr"_s << u"a.caf.fr"_s << -1 << true;
        QTest::newRow("wildcard, grandchild") << u"*.caf.fr"_s << u"a.b.caf.fr"_s << -1 << true;
        QTest::newRow("wildcard, evil suffix") << u"*.caf.fr"_s << u"evilcaf.fr"_s << -1 << false;
        QTest::newRow("wildcard, evil prefix") << u"*.caf.fr"_s << u"caf.fr.evil.com"_s << -1 << false;
        QTest::newRow("default port 443") << u"www.caf.fr"_s << u"www.caf.fr"_s << 443 << true;
        QTest::newRow("default port 80") << u"www.caf.fr"_s << u"www.caf.fr"_s << 80 << true;
        QTest::newRow("other port") << u"www.caf.fr"_s << u"www.caf.fr"_s << 8080 << false;
        QTest::newRow("any port") << u"*.localhost:*"_s << u"emploi.localhost"_s << 8080 << true;
        QTest::newRow("any port, itself") << u"*.localhost:*"_s << u"localhost"_s << 3000 << true;
        QTest::newRow("any port, no port") << u"*.localhost:*"_s << u"localhost"_s << -1 << true;
        QTest::newRow("any port, other host") << u"*.localhost:*"_s << u"localhost.evil.fr"_s << 8080 << false;
        QTest::newRow("fixed port") << u"localhost:8080"_s << u"localhost"_s << 8080 << true;
        QTest::newRow("fixed port, other") << u"localhost:8080"_s << u"localhost"_s << 8081 << false;
        QTest::newRow("fixed port, none") << u"localhost:8080"_s << u"localhost"_s << -1 << false;
    }

    void hostMatches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, matches);
        QString reason;
        const HostPattern parsed = HostPattern::parse(pattern, &reason);
        QVERIFY2(parsed.isValid(), qPrintable(reason));
        QCOMPARE(parsed.pattern(), pattern);
        QCOMPARE(parsed.matches(host, port), matches);
    }

    void hostInvalid_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("empty") << QString();
        QTest::newRow("with scheme") << u"https://www.caf.fr"_s;
        QTest::newRow("with path") << u"www.caf.fr/"_s;
        QTest::newRow("upper case") << u"WWW.caf.fr"_s;
        QTest::newRow("spaces around") << u" www.caf.fr"_s;
        QTest::newRow("star without dot") << u"*caf.fr"_s;
        QTest::newRow("star inside") << u"www.*.fr"_s;
        QTest::newRow("star alone") << u"*"_s;
        QTest::newRow("star dot") << u"*."_s;
        QTest::newRow("hyphen first") << u"-caf.fr"_s;
        QTest::newRow("letters in port") << u"caf.fr:abc"_s;
        QTest::newRow("two ports") << u"caf.fr:80:81"_s;
    }

    void hostInvalid()
    {
        QFETCH(QString, pattern);
        QString reason;
        const HostPattern parsed = HostPattern::parse(pattern, &reason);
        QVERIFY(!parsed.isValid());
        QCOMPARE(reason, hostReason);
        QVERIFY(!parsed.matches(u"www.caf.fr"_s));
    }

    void hostCovers_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("hostPart");
        QTest::addColumn<bool>("covers");
        QTest::newRow("same host") << u"www.caf.fr"_s << u"www.caf.fr"_s << true;
        QTest::newRow("exact, other host") << u"www.caf.fr"_s << u"caf.fr"_s << false;
        QTest::newRow("exact, wildcard part") << u"www.caf.fr"_s << u"*.caf.fr"_s << false;
        QTest::newRow("exact, port part") << u"www.caf.fr"_s << u"www.caf.fr:8080"_s << false;
        QTest::newRow("wildcard, child") << u"*.caf.fr"_s << u"www.caf.fr"_s << true;
        QTest::newRow("wildcard, itself") << u"*.caf.fr"_s << u"caf.fr"_s << true;
        QTest::newRow("wildcard, same wildcard") << u"*.caf.fr"_s << u"*.caf.fr"_s << true;
        QTest::newRow("wildcard, narrower wildcard") << u"*.caf.fr"_s << u"*.aide.caf.fr"_s << true;
        QTest::newRow("wildcard, wider wildcard") << u"*.aide.caf.fr"_s << u"*.caf.fr"_s << false;
        QTest::newRow("wildcard, evil suffix") << u"*.caf.fr"_s << u"evilcaf.fr"_s << false;
        QTest::newRow("wildcard, star without dot") << u"*.caf.fr"_s << u"*caf.fr"_s << false;
        QTest::newRow("wildcard, star inside") << u"*.caf.fr"_s << u"www.*.fr"_s << false;
        QTest::newRow("wildcard, any host") << u"*.caf.fr"_s << u"*"_s << false;
        QTest::newRow("any port, any port") << u"*.localhost:*"_s << u"emploi.localhost:*"_s << true;
        QTest::newRow("any port, fixed port") << u"*.localhost:*"_s << u"emploi.localhost:8080"_s << true;
        QTest::newRow("any port, no port") << u"*.localhost:*"_s << u"emploi.localhost"_s << true;
        QTest::newRow("fixed port, same") << u"emploi.localhost:8080"_s << u"emploi.localhost:8080"_s << true;
        QTest::newRow("fixed port, any port") << u"emploi.localhost:8080"_s << u"emploi.localhost:*"_s << false;
        QTest::newRow("fixed port, no port") << u"emploi.localhost:8080"_s << u"emploi.localhost"_s << false;
        QTest::newRow("fixed port, other") << u"emploi.localhost:8080"_s << u"emploi.localhost:9090"_s << false;
    }

    void hostCovers()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, hostPart);
        QFETCH(bool, covers);
        const HostPattern parsed = HostPattern::parse(pattern);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.covers(hostPart), covers);
    }

    void hostAllowedByAnyPattern()
    {
        const QList<HostPattern> hosts{HostPattern::parse(u"www.caf.fr"_s), HostPattern::parse(u"*.ameli.fr"_s)};
        QVERIFY(hostAllowed(hosts, QUrl(u"https://www.caf.fr/aide"_s)));
        QVERIFY(hostAllowed(hosts, QUrl(u"https://assure.ameli.fr/"_s)));
        QVERIFY(hostAllowed(hosts, QUrl(u"https://ameli.fr/"_s)));
        QVERIFY(!hostAllowed(hosts, QUrl(u"https://caf.fr/"_s)));
        QVERIFY(!hostAllowed(hosts, QUrl(u"https://www.caf.fr:8443/"_s)));
        QVERIFY(!hostAllowed({}, QUrl(u"https://www.caf.fr/"_s)));
    }

    // --- LocalizedText

    void fallbackChain_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("chain");
        QTest::newRow("fa-AF") << u"fa-AF"_s << QStringList{u"fa-AF"_s, u"fa"_s, u"prs"_s, u"fr"_s};
        QTest::newRow("fa_AF") << u"fa_AF"_s << QStringList{u"fa-AF"_s, u"fa"_s, u"prs"_s, u"fr"_s};
        QTest::newRow("fa-IR") << u"fa-IR"_s << QStringList{u"fa-IR"_s, u"fa"_s, u"prs"_s, u"fr"_s};
        QTest::newRow("fa") << u"fa"_s << QStringList{u"fa"_s, u"prs"_s, u"fr"_s};
        QTest::newRow("prs") << u"prs"_s << QStringList{u"prs"_s, u"fa"_s, u"fr"_s};
        QTest::newRow("ar") << u"ar"_s << QStringList{u"ar"_s, u"fr"_s};
        QTest::newRow("pt_BR") << u"pt_BR"_s << QStringList{u"pt-BR"_s, u"pt"_s, u"fr"_s};
        QTest::newRow("fr") << u"fr"_s << QStringList{u"fr"_s};
        QTest::newRow("fr-BE") << u"fr-BE"_s << QStringList{u"fr-BE"_s, u"fr"_s};
        QTest::newRow("none") << QString() << QStringList{u"fr"_s};
    }

    void fallbackChain()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, chain);
        QCOMPARE(LocalizedText::fallbackChain(language), chain);
    }

    void resolve_data()
    {
        using Texts = QHash<QString, QString>;
        QTest::addColumn<Texts>("texts");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("resolvedLanguage");
        QTest::addColumn<bool>("fallback");

        const Texts persian{{u"fr"_s, u"Bonjour"_s}, {u"fa-AF"_s, u"سلام (AF)"_s}, {u"fa"_s, u"سلام"_s}, {u"prs"_s, u"سلام (prs)"_s}};
        QTest::newRow("exact regional") << persian << u"fa-AF"_s << u"سلام (AF)"_s << u"fa-AF"_s << false;
        QTest::newRow("exact base") << persian << u"fa"_s << u"سلام"_s << u"fa"_s << false;
        QTest::newRow("exact prs") << persian << u"prs"_s << u"سلام (prs)"_s << u"prs"_s << false;

        const Texts fa{{u"fr"_s, u"Bonjour"_s}, {u"fa"_s, u"سلام"_s}};
        QTest::newRow("fa-AF takes fa") << fa << u"fa-AF"_s << u"سلام"_s << u"fa"_s << false;
        QTest::newRow("fa-IR takes its base, no fallback") << fa << u"fa-IR"_s << u"سلام"_s << u"fa"_s << false;
        QTest::newRow("prs takes fa") << fa << u"prs"_s << u"سلام"_s << u"fa"_s << true;

        const Texts prs{{u"fr"_s, u"Bonjour"_s}, {u"prs"_s, u"سلام (prs)"_s}};
        QTest::newRow("fa takes prs") << prs << u"fa"_s << u"سلام (prs)"_s << u"prs"_s << true;
        QTest::newRow("fa-IR takes prs") << prs << u"fa-IR"_s << u"سلام (prs)"_s << u"prs"_s << true;

        const Texts french{{u"fr"_s, u"Bonjour"_s}, {u"en"_s, u"Hello"_s}, {u"ar"_s, QString()}};
        QTest::newRow("fa-AF ends in French") << french << u"fa-AF"_s << u"Bonjour"_s << u"fr"_s << true;
        QTest::newRow("missing language") << french << u"ti"_s << u"Bonjour"_s << u"fr"_s << true;
        QTest::newRow("empty text is missing") << french << u"ar"_s << u"Bonjour"_s << u"fr"_s << true;
        QTest::newRow("French") << french << u"fr"_s << u"Bonjour"_s << u"fr"_s << false;
        QTest::newRow("English") << french << u"en"_s << u"Hello"_s << u"en"_s << false;
        QTest::newRow("English, regional") << french << u"en-GB"_s << u"Hello"_s << u"en"_s << false;
        QTest::newRow("no language asked") << french << QString() << u"Bonjour"_s << u"fr"_s << false;

        const Texts regional{{u"fr"_s, u"Bonjour"_s}, {u"pt-BR"_s, u"Olá"_s}};
        QTest::newRow("underscore") << regional << u"pt_BR"_s << u"Olá"_s << u"pt-BR"_s << false;
        QTest::newRow("regional text is not the base") << regional << u"pt"_s << u"Bonjour"_s << u"fr"_s << true;

        QTest::newRow("nothing at all") << Texts() << u"fr"_s << QString() << QString() << false;
    }

    void resolve()
    {
        using Texts = QHash<QString, QString>;
        QFETCH(Texts, texts);
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, resolvedLanguage);
        QFETCH(bool, fallback);
        const LocalizedText localized(texts);
        const LocalizedText::Resolved resolved = localized.resolve(language);
        QCOMPARE(resolved.text, text);
        QCOMPARE(resolved.language, resolvedLanguage);
        QCOMPARE(resolved.fallback, fallback);
        QCOMPARE(localized.text(language), text);
    }

    void localizedTextAccessors()
    {
        LocalizedText text;
        QVERIFY(text.isEmpty());
        QVERIFY(text.french().isEmpty());
        text.insert(u"uk"_s, u"Привіт"_s);
        text.insert(u"fr"_s, u"Bonjour"_s);
        text.insert(u"ar"_s, u"مرحبا"_s);
        QVERIFY(!text.isEmpty());
        QCOMPARE(text.french(), u"Bonjour"_s);
        QVERIFY(text.has(u"uk"_s));
        QVERIFY(!text.has(u"en"_s));
        QCOMPARE(text.languages(), QStringList({u"ar"_s, u"fr"_s, u"uk"_s}));
        QCOMPARE(text.texts().size(), 3);
        // A language set again replaces its text; value() is that language only.
        text.insert(u"fr"_s, u"Bonsoir"_s);
        QCOMPARE(text.languages(), QStringList({u"ar"_s, u"fr"_s, u"uk"_s}));
        QCOMPARE(text.value(u"fr"_s), u"Bonsoir"_s);
        QCOMPARE(text.value(u"en"_s), QString());
        QCOMPARE(text.texts().value(u"uk"_s), u"Привіт"_s);
        // Made from a hash: the same texts, the languages sorted.
        const LocalizedText copy(text.texts());
        QCOMPARE(copy.languages(), text.languages());
        QCOMPARE(copy.resolve(u"uk"_s).text, u"Привіт"_s);
    }

    // --- editDistance, didYouMean

    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::addColumn<QString>("bug");
        const QString none;
        QTest::newRow("both empty") << QString() << QString() << 0 << none;
        QTest::newRow("one empty") << QString() << u"abc"_s << 3 << none;
        QTest::newRow("same") << u"title"_s << u"title"_s << 0 << none;
        QTest::newRow("insertion") << u"tittle"_s << u"title"_s << 1 << none;
        QTest::newRow("deletion") << u"instruction"_s << u"instructions"_s << 1 << none;
        QTest::newRow("substitution") << u"famly"_s << u"family"_s << 1 << none;
        QTest::newRow("transposition") << u"tilte"_s << u"title"_s << 1 << none;
        QTest::newRow("kitten") << u"kitten"_s << u"sitting"_s << 3 << none;
        QTest::newRow("case is ignored") << u"Title"_s << u"title"_s << 0 << none;
        QTest::newRow("accents count") << u"étape"_s << u"etape"_s << 1 << none;
        QTest::newRow("transposition, case ignored")
            << u"ab"_s << u"BA"_s << 1 << QString();
    }

    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QFETCH(QString, bug);
        if (!bug.isEmpty()) {
            QEXPECT_FAIL("", qPrintable(bug), Continue);
        }
        QCOMPARE(pasapas::editDistance(a, b), distance);
    }

    void didYouMean_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("suggestion");
        const QStringList keys{u"id"_s, u"version"_s, u"category"_s, u"title"_s, u"summary"_s, u"minutes"_s, u"start"_s, u"allowedHosts"_s, u"steps"_s};
        const QStringList roles{u"button"_s, u"link"_s, u"textbox"_s, u"checkbox"_s, u"radio"_s, u"heading"_s};
        QTest::newRow("tittle") << u"tittle"_s << keys << u"title"_s;
        QTest::newRow("Title") << u"Title"_s << keys << u"title"_s;
        QTest::newRow("allowedHost") << u"allowedHost"_s << keys << u"allowedHosts"_s;
        QTest::newRow("alowedhosts") << u"alowedhosts"_s << keys << u"allowedHosts"_s;
        QTest::newRow("buton") << u"buton"_s << roles << u"button"_s;
        QTest::newRow("famly") << u"famly"_s << QStringList{u"work"_s, u"family"_s, u"health"_s} << u"family"_s;
        QTest::newRow("tapp") << u"tapp"_s << QStringList{u"tap"_s, u"fill"_s, u"address"_s, u"appears"_s, u"done"_s} << u"tap"_s;
        QTest::newRow("too far") << u"author"_s << keys << QString();
        QTest::newRow("short word, one edit") << u"ib"_s << QStringList{u"id"_s, u"tab"_s} << u"id"_s;
        QTest::newRow("short word, too far") << u"xy"_s << QStringList{u"id"_s} << QString();
        QTest::newRow("long word, three edits") << u"summarise"_s << QStringList{u"summary"_s} << QString();
        QTest::newRow("no candidates") << u"title"_s << QStringList() << QString();
        QTest::newRow("empty word") << QString() << keys << QString();
    }

    void didYouMean()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, candidates);
        QFETCH(QString, suggestion);
        QCOMPARE(pasapas::didYouMean(word, candidates), suggestion);
    }

    // --- cssSelectorProblem

    void cssSelector_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("problem"); // empty: the selector is fine
        QTest::addColumn<QString>("bug");
        const QString ok;
        const QString none;
        QTest::newRow("id") << u"button#submit"_s << ok << none;
        QTest::newRow("attribute") << u"input[name='email']"_s << ok << none;
        QTest::newRow("attribute, flag") << u"a[href*=\"connexion\" i]"_s << ok << none;
        QTest::newRow("child") << u"form > button"_s << ok << none;
        QTest::newRow("siblings") << u"h1 + p, h1 ~ p"_s << ok << none;
        QTest::newRow("pseudo-class") << u"ul li:nth-child(2) a:not(.b, .c)"_s << ok << none;
        QTest::newRow("bracket in quotes") << u"input[value=\"a]b)\"]"_s << ok << none;
        QTest::newRow("escaped bracket") << u"#a\\[b"_s << ok << none;
        QTest::newRow("spaces around") << u"  div  "_s << ok << none;
        QTest::newRow("empty") << QString() << u"le sélecteur est vide"_s << none;
        QTest::newRow("blank") << u"   "_s << u"le sélecteur est vide"_s << none;
        QTest::newRow("unclosed bracket") << u"input[name='email'"_s << u"« [ » ouvert mais jamais fermé"_s << none;
        QTest::newRow("unclosed parenthesis") << u"a:not(.b"_s << u"« ( » ouvert mais jamais fermé"_s << none;
        QTest::newRow("stray bracket") << u"a]"_s << u"« ] » fermé sans avoir été ouvert"_s << none;
        QTest::newRow("crossed brackets") << u"a[x)"_s << u"« ) » fermé sans avoir été ouvert"_s << none;
        QTest::newRow("unclosed single quote") << u"input[name='email]"_s << u"un guillemet ' n'est pas fermé"_s << none;
        QTest::newRow("unclosed double quote") << u"a[title=\"x]"_s << u"un guillemet \" n'est pas fermé"_s << none;
        QTest::newRow("dangling >") << u"form >"_s << u"il se termine par « > »"_s << none;
        QTest::newRow("dangling +") << u"h1 +"_s << u"il se termine par « + »"_s << none;
        QTest::newRow("dangling ,") << u"a, b,"_s << u"il se termine par « , »"_s << none;
        QTest::newRow("leading >") << u"> p"_s << u"il commence par « > »"_s << none;
        QTest::newRow("leading ,") << u", p"_s << u"il commence par « , »"_s << none;
        QTest::newRow("double comma") << u"a,,b"_s << u"deux séparateurs se suivent"_s << none;
        QTest::newRow("double >") << u"div >> p"_s << u"deux séparateurs se suivent"_s << none;
        QTest::newRow("rule") << u"a { color: red }"_s << u"un sélecteur ne contient ni « { », ni « } », ni « ; »"_s << none;
        QTest::newRow("semicolon") << u"a;b"_s << u"un sélecteur ne contient ni « { », ni « } », ni « ; »"_s << none;
        QTest::newRow("leading ~") << u"~ p"_s << u"il commence par « ~ »"_s
                                   << QString();
        QTest::newRow("spaced combinators") << u"div > > p"_s << u"deux séparateurs se suivent"_s
                                            << QString();
    }

    void cssSelector()
    {
        QFETCH(QString, selector);
        QFETCH(QString, problem);
        QFETCH(QString, bug);
        if (!bug.isEmpty()) {
            QEXPECT_FAIL("", qPrintable(bug), Continue);
        }
        QCOMPARE(cssSelectorProblem(selector), problem);
    }

    // --- JsonPositions

    void jsonPositions_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("key");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // Columns count characters: the Arabic word is 4 characters (8 bytes), « é » and « è » one each.
        QTest::newRow("root") << QString() << false << 1 << 1;
        QTest::newRow("object value") << u"/titre"_s << false << 1 << 11;
        QTest::newRow("value in Arabic") << u"/titre/ar"_s << false << 1 << 18;
        QTest::newRow("key after Arabic") << u"/titre/fr"_s << true << 1 << 26;
        QTest::newRow("value after Arabic") << u"/titre/fr"_s << false << 1 << 32;
        QTest::newRow("number after Arabic") << u"/n"_s << false << 1 << 47;
        QTest::newRow("array on line 2") << u"/liste"_s << false << 2 << 11;
        QTest::newRow("null in array") << u"/liste/1"_s << false << 2 << 18;
        QTest::newRow("object in array") << u"/liste/2"_s << false << 2 << 24;
        QTest::newRow("escaped slash") << u"/liste/2/a~1b"_s << false << 2 << 32;
        QTest::newRow("escaped tilde, key") << u"/liste/2/t~0"_s << true << 2 << 37;
        QTest::newRow("accented key") << u"/é"_s << true << 2 << 48;
        QTest::newRow("accented key, value") << u"/é"_s << false << 2 << 53;
        QTest::newRow("after escaped quotes, key") << u"/après"_s << true << 2 << 76;
        QTest::newRow("after escaped quotes, value") << u"/après"_s << false << 2 << 85;
        QTest::newRow("missing member falls back to parent") << u"/titre/en"_s << false << 1 << 11;
        QTest::newRow("missing index falls back to parent") << u"/liste/9"_s << false << 2 << 11;
        QTest::newRow("missing key falls back to parent") << u"/nope"_s << true << 1 << 1;
        QTest::newRow("array element has no key") << u"/liste/1"_s << true << 2 << 18;
    }

    void jsonPositions()
    {
        QFETCH(QString, pointer);
        QFETCH(bool, key);
        QFETCH(int, line);
        QFETCH(int, column);
        const QByteArray json = u"{\"titre\": {\"ar\": \"دليل\", \"fr\": \"Guide\"}, \"n\": 12,\n"
                                u" \"liste\": [true, null, {\"a/b\": \"x\", \"t~\": 1}], \"é\": \"ü\", \"q\": \"a \\\"b\\\" c\", \"après\": -1.5e3}"_s.toUtf8();
        const JsonPositions positions = JsonPositions::scan(json);
        const TextPosition where = key ? positions.key(pointer) : positions.value(pointer);
        QCOMPARE(u"%1:%2"_s.arg(where.line).arg(where.column), u"%1:%2"_s.arg(line).arg(column));
    }

    void jsonPositionsLineEndings()
    {
        const JsonPositions positions = JsonPositions::scan("{\r\n  \"a\": 1,\r\n\t\"b\": [2]\r\n}");
        QCOMPARE(positions.value(u"/a"_s).line, 2);
        QCOMPARE(positions.value(u"/a"_s).column, 8);
        QCOMPARE(positions.key(u"/b"_s).line, 3);
        QCOMPARE(positions.key(u"/b"_s).column, 2);
        QCOMPARE(positions.value(u"/b/0"_s).column, 8);
    }

    void jsonPositionsByteOrderMark()
    {
        // QJsonDocument accepts a UTF-8 byte order mark (Windows editors write one); it is no character.
        const JsonPositions positions = JsonPositions::scan("\xEF\xBB\xBF{\n  \"a\": 1\n}");
        const TextPosition where = positions.value(u"/a"_s);
        QCOMPARE(u"%1:%2"_s.arg(where.line).arg(where.column), u"2:8"_s);
    }

    void fromOffset()
    {
        const QByteArray text = u"aé\nبـ😀x\n"_s.toUtf8();
        const auto at = [&text](qsizetype offset) {
            const TextPosition p = JsonPositions::fromOffset(text, offset);
            return u"%1:%2"_s.arg(p.line).arg(p.column);
        };
        QCOMPARE(at(0), u"1:1"_s);
        QCOMPARE(at(1), u"1:2"_s); // é
        QCOMPARE(at(3), u"1:3"_s); // the line break, after a two-byte é
        QCOMPARE(at(4), u"2:1"_s); // ب
        QCOMPARE(at(6), u"2:2"_s); // ـ
        QCOMPARE(at(8), u"2:3"_s); // the emoji is one character
        QCOMPARE(at(12), u"2:4"_s); // x
        QCOMPARE(at(-5), u"1:1"_s); // clamped
        QCOMPARE(at(1000), u"3:1"_s); // clamped to the end
    }

    void escapeToken()
    {
        QCOMPARE(JsonPositions::escapeToken(u"a/b~c"_s), u"a~1b~0c"_s);
        QCOMPARE(JsonPositions::escapeToken(u"~1"_s), u"~01"_s);
        QCOMPARE(JsonPositions::escapeToken(u"title"_s), u"title"_s);
    }
};

QTEST_GUILESS_MAIN(GuidePatternsTest)
#include "tst_guidepatterns.moc"
