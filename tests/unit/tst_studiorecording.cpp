// SPDX-License-Identifier: GPL-3.0-or-later
// Guide studio: a guide recorded step by step (as the record script describes
// the elements tapped on the practice site), checked by the guide loader,
// saved in the tablet's own guide folder and shown as a local guide.
#include "guidecheck.h"
#include "guidelibrary.h"
#include "guideloader.h"
#include "guiderecording.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
ElementDescription element(const char *json)
{
    return ElementDescription::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

const QUrl home(u"http://emploi.localhost:40123/"_s);
const QUrl createAccount(u"http://emploi.localhost:40123/compte/creer"_s);
const QUrl provider(u"http://identite.localhost:40124/autoriser?client=emploi&etat=9f3a"_s);
const QUrl back(u"http://emploi.localhost:40123/espace"_s);

/// A short procedure across two sites: a link, a field, a password, a button
/// that leads to the identity provider, a read-the-page step, a button back.
GuideRecording recorded()
{
    QString error;
    std::optional<GuideRecording> r = GuideRecording::start(u"first-steps"_s, u"  Créer mon compte  d'essai "_s, home, {u"creer-mon-compte-d-essai"_s}, &error);
    Q_ASSERT(r);
    r->addStep(r->propose(element(R"j({"role":"link","name":"Créer mon compte","tag":"a","path":[{"tag":"a","nth":1}]})j"), home));
    r->pageChanged(home, createAccount);
    r->addStep(r->propose(element(R"j({"role":"textbox","name":"Adresse e-mail","label":"Adresse e-mail","tag":"input","type":"email","id":"email"})j"),
                          createAccount));
    r->addStep(r->propose(element(R"j({"role":"textbox","label":"Mot de passe","tag":"input","type":"password","id":"mot-de-passe"})j"), createAccount));
    r->addStep(r->propose(element(R"j({"role":"button","name":"Se connecter avec Identité","tag":"button","id":"idp"})j"), createAccount));
    r->pageChanged(createAccount, provider);
    r->addStep(r->proposeReadThePage(provider));
    r->addStep(r->propose(element(R"j({"role":"button","name":"Continuer","tag":"button","id":"continuer"})j"), provider));
    r->pageChanged(provider, back);
    return *r;
}
} // namespace

class StudioRecordingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startNeedsATitleACategoryAndAWebAddress_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("error");
        QTest::newRow("no title") << u"work"_s << u"   "_s << u"https://www.caf.fr/"_s << u"Écrivez un titre en français."_s;
        QTest::newRow("unknown category") << u"jeux"_s << u"Un titre"_s << u"https://www.caf.fr/"_s << u"Choisissez une catégorie."_s;
        QTest::newRow("not the web") << u"work"_s << u"Un titre"_s << u"file:///etc/passwd"_s
                                     << u"L'adresse de départ commence par https:// et donne le nom du site."_s;
        QTest::newRow("fine") << u"work"_s << u"Un titre"_s << u"https://www.caf.fr/"_s << QString();
    }
    void startNeedsATitleACategoryAndAWebAddress()
    {
        QFETCH(QString, category);
        QFETCH(QString, title);
        QFETCH(QString, start);
        QFETCH(QString, error);
        QString reason;
        const auto recording = GuideRecording::start(category, title, QUrl(start), {}, &reason);
        QCOMPARE(reason, error);
        QCOMPARE(recording.has_value(), error.isEmpty());
    }

    void aRecordingFollowsThePagesAndSites()
    {
        const GuideRecording r = recorded();
        const Guide &g = r.guide();
        QCOMPARE(g.id, u"creer-mon-compte-d-essai-2"_s);
        QCOMPARE(g.title.french(), u"Créer mon compte d'essai"_s);
        QCOMPARE(r.stepIds(),
                 QStringList({u"creer-mon-compte"_s, u"adresse-e-mail"_s, u"mot-de-passe"_s, u"se-connecter-avec-identite"_s, u"lire-la-page"_s, u"continuer"_s}));
        // Taps that led to a new page complete on its address; the others on the tap or the filling.
        QCOMPARE(g.steps.at(0).completion.kind, Completion::Kind::Address);
        QCOMPARE(g.steps.at(0).completion.address.pattern(), u"http://emploi.localhost:*/compte/creer"_s);
        QCOMPARE(g.steps.at(1).completion.kind, Completion::Kind::Fill);
        QVERIFY(g.steps.at(2).sensitive);
        QCOMPARE(g.steps.at(3).completion.address.pattern(), u"http://identite.localhost:*/autoriser*"_s);
        QCOMPARE(g.steps.at(4).completion.kind, Completion::Kind::Done);
        QCOMPARE(g.steps.at(5).completion.address.pattern(), u"http://emploi.localhost:*/espace"_s);
        // The identity provider hop added its host.
        QStringList hosts;
        for (const HostPattern &h : g.allowedHosts) {
            hosts.append(h.pattern());
        }
        QCOMPARE(hosts, QStringList({u"emploi.localhost:*"_s, u"identite.localhost:*"_s}));
        QCOMPARE(g.minutes, 6);
    }

    void aFillThatLedNowhereStaysAFill()
    {
        GuideRecording r = recorded();
        r.addStep(r.propose(element(R"j({"role":"textbox","label":"Ville","tag":"input","id":"ville"})j"), back));
        QVERIFY(!r.pageChanged(back, QUrl(u"http://emploi.localhost:40123/espace/suite"_s)));
        QCOMPARE(r.guide().steps.constLast().completion.kind, Completion::Kind::Fill);
    }

    void savedGuideIsCheckedAndShownAsLocal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const GuideRecording r = recorded();
        QString path;
        const Diagnostics diagnostics = r.save(dir.path(), &path);
        QVERIFY(!hasErrors(diagnostics));
        QCOMPARE(path, dir.filePath(u"creer-mon-compte-d-essai-2/guide.json"_s));
        // What --check-guides runs accepts the folder.
        const GuideCheckReport check = checkGuideFolders({dir.path()});
        QVERIFY2(check.ok(), qPrintable(check.text));
        QCOMPARE(check.guides.size(), 1);
        QCOMPARE(check.guides.constFirst().steps.size(), 6);
        // And the catalog's library takes it as a local guide.
        GuideLibrary library;
        library.load(QStringLiteral(PASAPAS_SOURCE_DIR) + u"/guides"_s, {dir.path()});
        const CatalogEntry *entry = library.find(u"creer-mon-compte-d-essai-2"_s);
        QVERIFY(entry);
        QVERIFY(entry->isLocal());
    }

    void anInvalidGuideIsNeverSaved()
    {
        QTemporaryDir dir;
        GuideRecording r = recorded();
        Step wrong = r.propose(element(R"j({"role":"button","name":"Valider","tag":"button","id":"valider"})j"), back);
        wrong.target.clear(); // edited into a tap with nothing to tap: a step that can never complete
        r.addStep(wrong);
        QString path;
        const Diagnostics diagnostics = r.save(dir.path(), &path);
        QVERIFY(hasErrors(diagnostics));
        QCOMPARE(diagnostics.constFirst().pointer, u"/steps/6/complete/on"_s);
        QVERIFY(path.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(r.guide().id + u"/guide.json"_s)));
    }
};

QTEST_GUILESS_MAIN(StudioRecordingTest)
#include "tst_studiorecording.moc"
