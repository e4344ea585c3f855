// SPDX-License-Identifier: GPL-3.0-or-later
// Guide studio: page patterns generalised from recorded addresses, allowed
// hosts of a recording, and guides written back in the format the loader reads.
#include "guideloader.h"
#include "guidewriter.h"
#include "pagegeneraliser.h"
#include "stepproposal.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

class StudioPagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idSegments_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::addColumn<bool>("id");
        QTest::newRow("number") << u"123456"_s << true;
        QTest::newRow("uuid") << u"3f2b6c1e-8a4d-4c2e-9b1f-0a7d5e6c4b3a"_s << true;
        QTest::newRow("hex") << u"9f86d081884c7d65"_s << true;
        QTest::newRow("token") << u"aZ3kd9Qp2LmX"_s << true;
        QTest::newRow("word") << u"allocataires"_s << false;
        QTest::newRow("hex-looking word") << u"deadbeef"_s << false;
        QTest::newRow("short with digit") << u"etape2"_s << false;
        QTest::newRow("words with dashes") << u"mon-compte"_s << false;
    }
    void idSegments()
    {
        QFETCH(QString, segment);
        QFETCH(bool, id);
        QCOMPARE(isIdSegment(segment), id);
    }

    void pagePatterns_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("home") << u"https://www.caf.fr"_s << u"https://www.caf.fr/"_s;
        QTest::newRow("plain path") << u"https://www.caf.fr/allocataires/mes-services"_s << u"https://www.caf.fr/allocataires/mes-services"_s;
        QTest::newRow("record number") << u"https://www.caf.fr/dossier/123456/pieces"_s << u"https://www.caf.fr/dossier/*/pieces"_s;
        QTest::newRow("number in a word") << u"https://www.caf.fr/demande/etape-2"_s << u"https://www.caf.fr/demande/etape-*"_s;
        QTest::newRow("uuid") << u"https://ants.gouv.fr/demande/3f2b6c1e-8a4d-4c2e-9b1f-0a7d5e6c4b3a/recap"_s << u"https://ants.gouv.fr/demande/*/recap"_s;
        QTest::newRow("port, query, fragment, user") << u"http://moi:secret@emploi.localhost:41234/compte/creer?retour=/accueil#haut"_s
                                                     << u"http://emploi.localhost:*/compte/creer*"_s;
        QTest::newRow("upper-case host") << u"https://WWW.Impots.Gouv.FR/accueil"_s << u"https://www.impots.gouv.fr/accueil"_s;
    }
    void pagePatterns()
    {
        QFETCH(QString, url);
        QFETCH(QString, pattern);
        QCOMPARE(pagePattern(QUrl(url)), pattern);
        QString error;
        const AddressPattern parsed = AddressPattern::parse(pattern, &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));
        QVERIFY(parsed.matches(QUrl(url)));
    }

    void addressCompletion_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("new page") << u"http://emploi.localhost:4000/"_s << u"http://emploi.localhost:4000/compte/creer"_s
                                  << u"http://emploi.localhost:*/compte/creer"_s;
        QTest::newRow("other site") << u"http://emploi.localhost:4000/connexion"_s << u"http://identite.localhost:4001/autoriser?client=emploi"_s
                                    << u"http://identite.localhost:*/autoriser*"_s;
        QTest::newRow("next numbered page: exact") << u"https://site.fr/demande/etape-1"_s << u"https://site.fr/demande/etape-2"_s
                                                   << u"https://site.fr/demande/etape-2"_s;
        QTest::newRow("same page: none") << u"https://site.fr/demande"_s << u"https://site.fr/demande#bas"_s << QString();
        QTest::newRow("same page, new query: none") << u"https://site.fr/demande?a=1"_s << u"https://site.fr/demande?a=2"_s << QString();
    }
    void addressCompletion()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, pattern);
        QCOMPARE(addressCompletionPattern(QUrl(before), QUrl(after)), pattern);
        Step step;
        step.completion.kind = Completion::Kind::Tap;
        QCOMPARE(completeOnAddress(step, QUrl(before), QUrl(after)), !pattern.isEmpty());
        QCOMPARE(step.completion.kind, pattern.isEmpty() ? Completion::Kind::Tap : Completion::Kind::Address);
    }

    void identityProviderHopAddsItsHost()
    {
        QList<HostPattern> hosts{HostPattern::parse(u"emploi.localhost:*"_s)};
        QVERIFY(!addAllowedHost(hosts, QUrl(u"http://emploi.localhost:4000/compte"_s)));
        QVERIFY(addAllowedHost(hosts, QUrl(u"http://identite.localhost:4001/autoriser"_s)));
        QVERIFY(!addAllowedHost(hosts, QUrl(u"http://identite.localhost:4001/valider"_s)));
        QVERIFY(addAllowedHost(hosts, QUrl(u"https://fc.assure.ameli.fr/"_s)));
        QCOMPARE(hosts.size(), 3);
        QCOMPARE(hosts.at(1).pattern(), u"identite.localhost:*"_s);
        QCOMPARE(hosts.at(2).pattern(), u"fc.assure.ameli.fr"_s);
    }

    /// Every bundled guide, written back, reads as the same guide.
    void bundledGuidesWriteBackUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        const QDir guides(QStringLiteral(PASAPAS_SOURCE_DIR) + u"/guides"_s);
        const QStringList folders = guides.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(folders.size() >= 25);
        for (const QString &name : folders) {
            if (QFile::exists(guides.filePath(name + u"/guide.json"_s))) {
                QTest::newRow(qPrintable(name)) << guides.filePath(name + u"/guide.json"_s);
            }
        }
    }
    void bundledGuidesWriteBackUnchanged()
    {
        QFETCH(QString, file);
        const GuideLoadResult original = loadGuideFile(file);
        QVERIFY(original.guide);
        const QByteArray written = guideFileContent(*original.guide);
        const GuideLoadResult reread = parseGuide(written, file);
        QVERIFY2(reread.guide, qPrintable(reread.diagnostics.isEmpty() ? QString() : reread.diagnostics.constFirst().message));
        QCOMPARE(guideFileContent(*reread.guide), written);
        QCOMPARE(reread.guide->steps.size(), original.guide->steps.size());
        // And the file's own content, as JSON, is what was written (same members, same values).
        QFile source(file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject expected = QJsonDocument::fromJson(source.readAll()).object();
        expected.remove(u"$schema"_s);
        QCOMPARE(QJsonDocument::fromJson(written).object(), expected);
    }

    /// A recorded guide made only of proposed steps passes the loader with no error.
    void proposedStepsMakeAValidGuide()
    {
        Guide guide;
        guide.id = u"essai-enregistre"_s;
        guide.category = u"first-steps"_s;
        guide.title.insert(u"fr"_s, u"Un guide enregistré"_s);
        guide.summary.insert(u"fr"_s, u"Un guide fait en tapant sur le site."_s);
        guide.minutes = 5;
        const QUrl start(u"http://emploi.localhost:4000/"_s);
        guide.start = start;
        addAllowedHost(guide.allowedHosts, start);
        QStringList ids;
        const auto add = [&](const Step &step) {
            guide.steps.append(step);
            ids.append(step.id);
        };
        Step link = proposeStep(ElementDescription::fromJson(
                                    QJsonDocument::fromJson(R"j({"role":"link","name":"Créer mon compte","tag":"a","path":[{"tag":"a","nth":1}]})j").object()),
                                start,
                                ids);
        QVERIFY(completeOnAddress(link, start, QUrl(u"http://emploi.localhost:4000/compte/creer"_s)));
        add(link);
        add(proposeStep(ElementDescription::fromJson(QJsonDocument::fromJson(
                                                         R"j({"role":"textbox","name":"Mot de passe","label":"Mot de passe","tag":"input","type":"password","id":"mdp"})j")
                                                         .object()),
                        QUrl(u"http://emploi.localhost:4000/compte/creer"_s),
                        ids));
        const QUrl provider(u"http://identite.localhost:4001/autoriser?client=1"_s);
        addAllowedHost(guide.allowedHosts, provider);
        add(readThePageStep(provider, ids));
        const GuideLoadResult result = parseGuide(guideFileContent(guide), u"essai-enregistre/guide.json"_s);
        QStringList messages;
        for (const Diagnostic &d : result.diagnostics) {
            messages.append(d.pointer + u": "_s + d.message);
        }
        QVERIFY2(result.guide, qPrintable(messages.join(u'\n')));
        QCOMPARE(result.guide->steps.size(), 3);
        QCOMPARE(result.guide->steps.at(0).completion.address.pattern(), u"http://emploi.localhost:*/compte/creer"_s);
        QVERIFY(result.guide->steps.at(1).sensitive);
        QCOMPARE(result.guide->allowedHosts.size(), 2);
    }
};

QTEST_GUILESS_MAIN(StudioPagesTest)
#include "tst_studiopages.moc"
