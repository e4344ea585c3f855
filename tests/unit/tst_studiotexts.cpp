// SPDX-License-Identifier: GPL-3.0-or-later
// Guide studio: French words, instructions and sensitive fields of a recorded element.
#include "instructiontemplates.h"
#include "sensitivefields.h"
#include "stepproposal.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
ElementDescription element(const QString &json)
{
    return ElementDescription::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}
} // namespace

class StudioTextsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instructions_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("instruction");
        QTest::newRow("button") << uR"j({"role":"button","name":"Valider","tag":"button"})j"_s << u"Valider"_s << u"Appuyez sur « Valider »."_s;
        QTest::newRow("link by its text") << uR"j({"tag":"a","text":"  Créer   mon compte "})j"_s << u"Créer mon compte"_s << u"Appuyez sur « Créer mon compte »."_s;
        QTest::newRow("nothing to read") << uR"j({"tag":"div"})j"_s << QString() << u"Appuyez sur l'élément en surbrillance."_s;
        QTest::newRow("text field") << uR"j({"role":"textbox","name":"Adresse e-mail","label":"Adresse e-mail","tag":"input","type":"email"})j"_s
                                    << u"Adresse e-mail"_s << u"Tapez votre adresse e-mail."_s;
        QTest::newRow("required marks") << uR"j({"label":"Nom de famille * :","tag":"input","type":"text"})j"_s << u"Nom de famille"_s
                                        << u"Tapez votre nom de famille."_s;
        QTest::newRow("required word") << uR"j({"label":"Prénom (obligatoire)","tag":"input"})j"_s << u"Prénom"_s << u"Tapez votre prénom."_s;
        QTest::newRow("acronym kept") << uR"j({"label":"IBAN","tag":"input","type":"text"})j"_s << u"IBAN"_s << u"Tapez votre IBAN."_s;
        QTest::newRow("own possessive") << uR"j({"label":"Votre numéro de téléphone","tag":"input","type":"tel"})j"_s << u"Votre numéro de téléphone"_s
                                        << u"Tapez votre numéro de téléphone."_s;
        QTest::newRow("article kept") << uR"j({"label":"Le nom de l'enfant","tag":"input"})j"_s << u"Le nom de l'enfant"_s << u"Tapez le nom de l'enfant."_s;
        QTest::newRow("label is an order") << uR"j({"label":"Confirmez le mot de passe","tag":"input","type":"password"})j"_s << u"Confirmez le mot de passe"_s
                                           << u"Remplissez le champ « Confirmez le mot de passe »."_s;
        QTest::newRow("noun ending like a verb") << uR"j({"label":"Numéro allocataire","tag":"input"})j"_s << u"Numéro allocataire"_s
                                                 << u"Tapez votre numéro allocataire."_s;
        QTest::newRow("label is a question") << uR"j({"label":"Quel est votre métier ?","tag":"textarea"})j"_s << u"Quel est votre métier ?"_s
                                             << u"Remplissez le champ « Quel est votre métier ? »."_s;
        QTest::newRow("unnamed field") << uR"j({"tag":"input","type":"text"})j"_s << QString() << u"Tapez dans le champ en surbrillance."_s;
        QTest::newRow("list") << uR"j({"role":"combobox","name":"Situation familiale","tag":"select"})j"_s << u"Situation familiale"_s
                              << u"Choisissez votre situation familiale dans la liste."_s;
        QTest::newRow("list asked as a question") << uR"j({"label":"Avez-vous des enfants ?","tag":"select"})j"_s << u"Avez-vous des enfants ?"_s
                                                  << u"Répondez à « Avez-vous des enfants ? » en choisissant dans la liste."_s;
        QTest::newRow("checkbox") << uR"j({"role":"checkbox","name":"J'accepte les conditions","tag":"input","type":"checkbox"})j"_s
                                  << u"J'accepte les conditions"_s << u"Cochez la case « J'accepte les conditions »."_s;
        QTest::newRow("switch") << uR"j({"role":"switch","name":"Recevoir les alertes","tag":"button"})j"_s << u"Recevoir les alertes"_s
                                << u"Cochez la case « Recevoir les alertes »."_s;
        QTest::newRow("radio") << uR"j({"role":"radio","name":"Non","tag":"input","type":"radio"})j"_s << u"Non"_s << u"Choisissez « Non »."_s;
        QTest::newRow("submit input is a button") << uR"j({"role":"button","name":"Envoyer","tag":"input","type":"submit"})j"_s << u"Envoyer"_s
                                                  << u"Appuyez sur « Envoyer »."_s;
    }
    void instructions()
    {
        QFETCH(QString, json);
        QFETCH(QString, words);
        QFETCH(QString, instruction);
        const ElementDescription e = element(json);
        QCOMPARE(frenchWordsFor(e), words);
        QCOMPARE(instructionFor(e), instruction);
    }

    void longWordsAreCutAtAWord()
    {
        const QString words = cleanWords(QString(u"mot "_s).repeated(30));
        QVERIFY(words.size() <= 80);
        QVERIFY(words.endsWith(u"mot"_s));
    }

    void sensitive_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("sensitive");
        QTest::newRow("password type") << uR"j({"tag":"input","type":"password","label":"Code"})j"_s << true;
        QTest::newRow("password autocomplete") << uR"j({"tag":"input","type":"text","autocomplete":"current-password"})j"_s << true;
        QTest::newRow("card autocomplete") << uR"j({"tag":"input","autocomplete":"cc-number"})j"_s << true;
        QTest::newRow("label mot de passe") << uR"j({"tag":"input","type":"text","label":"Mot de passe provisoire"})j"_s << true;
        QTest::newRow("camelCase name") << uR"j({"tag":"input","nameAttribute":"newPassword"})j"_s << true;
        QTest::newRow("IBAN") << uR"j({"tag":"input","label":"IBAN du compte"})j"_s << true;
        QTest::newRow("RIB id") << uR"j({"tag":"input","id":"rib-titulaire"})j"_s << true;
        QTest::newRow("social security, accents") << uR"j({"tag":"input","label":"Numéro de sécurité sociale"})j"_s << true;
        QTest::newRow("NIR") << uR"j({"tag":"input","name":"NIR (15 chiffres)"})j"_s << true;
        QTest::newRow("numSecu") << uR"j({"tag":"input","nameAttribute":"numSecu"})j"_s << true;
        QTest::newRow("tax number") << uR"j({"tag":"input","label":"Numéro fiscal"})j"_s << true;
        QTest::newRow("SPI") << uR"j({"tag":"input","nameAttribute":"spi"})j"_s << true;
        QTest::newRow("bank card") << uR"j({"tag":"input","label":"Numéro de carte bancaire"})j"_s << true;
        QTest::newRow("card code") << uR"j({"tag":"input","label":"Cryptogramme visuel"})j"_s << true;
        QTest::newRow("secret code") << uR"j({"tag":"input","label":"Code confidentiel"})j"_s << true;
        QTest::newRow("e-mail") << uR"j({"tag":"input","type":"email","label":"Adresse e-mail"})j"_s << false;
        QTest::newRow("postcode") << uR"j({"tag":"input","label":"Code postal"})j"_s << false;
        QTest::newRow("description is not rib") << uR"j({"tag":"textarea","label":"Description de la demande"})j"_s << false;
        QTest::newRow("inscription is not rib") << uR"j({"tag":"input","nameAttribute":"inscription"})j"_s << false;
        QTest::newRow("Pinel is not pin") << uR"j({"tag":"input","label":"Dispositif Pinel"})j"_s << false;
        QTest::newRow("a button named password is no field") << uR"j({"tag":"button","role":"button","name":"Mot de passe oublié"})j"_s << false;
    }
    void sensitive()
    {
        QFETCH(QString, json);
        QFETCH(bool, sensitive);
        QCOMPARE(isSensitiveField(element(json)), sensitive);
    }

    void stepIds()
    {
        QCOMPARE(stepIdFor(u"Créer mon compte"_s, {}), u"creer-mon-compte"_s);
        QCOMPARE(stepIdFor(u"Créer mon compte"_s, {u"creer-mon-compte"_s}), u"creer-mon-compte-2"_s);
        QCOMPARE(stepIdFor(u"J'accepte les conditions d'utilisation"_s, {}), u"j-accepte-les-conditions"_s);
        QCOMPARE(stepIdFor(QString(), {u"etape"_s}), u"etape-2"_s);
        QCOMPARE(stepIdFor(u"« » !"_s, {}), u"etape"_s);
    }

    void proposedStep()
    {
        const Step step = proposeStep(element(uR"j({"role":"textbox","name":"Mot de passe","label":"Mot de passe","tag":"input","type":"password","id":"mot-de-passe"})j"_s),
                                      QUrl(u"http://emploi.localhost:41234/compte/creer?retour=42"_s),
                                      {});
        QCOMPARE(step.id, u"mot-de-passe"_s);
        QCOMPARE(step.instruction.french(), u"Tapez votre mot de passe."_s);
        QCOMPARE(step.frenchWords, u"Mot de passe"_s);
        QCOMPARE(step.completion.kind, Completion::Kind::Fill);
        QVERIFY(step.sensitive);
        QCOMPARE(step.page.pattern(), u"http://emploi.localhost:*/compte/creer*"_s);
        QCOMPARE(step.target.size(), 3);

        const Step tap = proposeStep(element(uR"j({"role":"link","name":"Se connecter","tag":"a"})j"_s), QUrl(u"https://www.caf.fr/"_s), {});
        QCOMPARE(tap.completion.kind, Completion::Kind::Tap);
        QVERIFY(!tap.sensitive);

        const Step read = readThePageStep(QUrl(u"https://www.caf.fr/"_s), {u"lire-la-page"_s});
        QCOMPARE(read.id, u"lire-la-page-2"_s);
        QCOMPARE(read.completion.kind, Completion::Kind::Done);
        QVERIFY(read.target.isEmpty());
    }
};

QTEST_GUILESS_MAIN(StudioTextsTest)
#include "tst_studiotexts.moc"
