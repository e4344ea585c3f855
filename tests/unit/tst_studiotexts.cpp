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
        QTest::newRow("button") << uR"({"role":"button","name":"Valider","tag":"button"})"_s << u"Valider"_s << u"Appuyez sur « Valider »."_s;
        QTest::newRow("link by its text") << uR"({"tag":"a","text":"  Créer   mon compte "})"_s << u"Créer mon compte"_s << u"Appuyez sur « Créer mon compte »."_s;
        QTest::newRow("nothing to read") << uR"({"tag":"div"})"_s << QString() << u"Appuyez sur l'élément en surbrillance."_s;
        QTest::newRow("text field") << uR"({"role":"textbox","name":"Adresse e-mail","label":"Adresse e-mail","tag":"input","type":"email"})"_s
                                    << u"Adresse e-mail"_s << u"Tapez votre adresse e-mail."_s;
        QTest::newRow("required marks") << uR"({"label":"Nom de famille * :","tag":"input","type":"text"})"_s << u"Nom de famille"_s
                                        << u"Tapez votre nom de famille."_s;
        QTest::newRow("required word") << uR"({"label":"Prénom (obligatoire)","tag":"input"})"_s << u"Prénom"_s << u"Tapez votre prénom."_s;
        QTest::newRow("acronym kept") << uR"({"label":"IBAN","tag":"input","type":"text"})"_s << u"IBAN"_s << u"Tapez votre IBAN."_s;
        QTest::newRow("own possessive") << uR"({"label":"Votre numéro de téléphone","tag":"input","type":"tel"})"_s << u"Votre numéro de téléphone"_s
                                        << u"Tapez votre numéro de téléphone."_s;
        QTest::newRow("article kept") << uR"({"label":"Le nom de l'enfant","tag":"input"})"_s << u"Le nom de l'enfant"_s << u"Tapez le nom de l'enfant."_s;
        QTest::newRow("label is an order") << uR"({"label":"Confirmez le mot de passe","tag":"input","type":"password"})"_s << u"Confirmez le mot de passe"_s
                                           << u"Remplissez le champ « Confirmez le mot de passe »."_s;
        QTest::newRow("noun ending like a verb") << uR"({"label":"Numéro allocataire","tag":"input"})"_s << u"Numéro allocataire"_s
                                                 << u"Tapez votre numéro allocataire."_s;
        QTest::newRow("label is a question") << uR"({"label":"Quel est votre métier ?","tag":"textarea"})"_s << u"Quel est votre métier ?"_s
                                             << u"Remplissez le champ « Quel est votre métier ? »."_s;
        QTest::newRow("unnamed field") << uR"({"tag":"input","type":"text"})"_s << QString() << u"Tapez dans le champ en surbrillance."_s;
        QTest::newRow("list") << uR"({"role":"combobox","name":"Situation familiale","tag":"select"})"_s << u"Situation familiale"_s
                              << u"Choisissez votre situation familiale dans la liste."_s;
        QTest::newRow("list asked as a question") << uR"({"label":"Avez-vous des enfants ?","tag":"select"})"_s << u"Avez-vous des enfants ?"_s
                                                  << u"Répondez à « Avez-vous des enfants ? » en choisissant dans la liste."_s;
        QTest::newRow("checkbox") << uR"({"role":"checkbox","name":"J'accepte les conditions","tag":"input","type":"checkbox"})"_s
                                  << u"J'accepte les conditions"_s << u"Cochez la case « J'accepte les conditions »."_s;
        QTest::newRow("switch") << uR"({"role":"switch","name":"Recevoir les alertes","tag":"button"})"_s << u"Recevoir les alertes"_s
                                << u"Cochez la case « Recevoir les alertes »."_s;
        QTest::newRow("radio") << uR"({"role":"radio","name":"Non","tag":"input","type":"radio"})"_s << u"Non"_s << u"Choisissez « Non »."_s;
        QTest::newRow("submit input is a button") << uR"({"role":"button","name":"Envoyer","tag":"input","type":"submit"})"_s << u"Envoyer"_s
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
        QTest::newRow("password type") << uR"({"tag":"input","type":"password","label":"Code"})"_s << true;
        QTest::newRow("password autocomplete") << uR"({"tag":"input","type":"text","autocomplete":"current-password"})"_s << true;
        QTest::newRow("card autocomplete") << uR"({"tag":"input","autocomplete":"cc-number"})"_s << true;
        QTest::newRow("label mot de passe") << uR"({"tag":"input","type":"text","label":"Mot de passe provisoire"})"_s << true;
        QTest::newRow("camelCase name") << uR"({"tag":"input","nameAttribute":"newPassword"})"_s << true;
        QTest::newRow("IBAN") << uR"({"tag":"input","label":"IBAN du compte"})"_s << true;
        QTest::newRow("RIB id") << uR"({"tag":"input","id":"rib-titulaire"})"_s << true;
        QTest::newRow("social security, accents") << uR"({"tag":"input","label":"Numéro de sécurité sociale"})"_s << true;
        QTest::newRow("NIR") << uR"({"tag":"input","name":"NIR (15 chiffres)"})"_s << true;
        QTest::newRow("numSecu") << uR"({"tag":"input","nameAttribute":"numSecu"})"_s << true;
        QTest::newRow("tax number") << uR"({"tag":"input","label":"Numéro fiscal"})"_s << true;
        QTest::newRow("SPI") << uR"({"tag":"input","nameAttribute":"spi"})"_s << true;
        QTest::newRow("bank card") << uR"({"tag":"input","label":"Numéro de carte bancaire"})"_s << true;
        QTest::newRow("card code") << uR"({"tag":"input","label":"Cryptogramme visuel"})"_s << true;
        QTest::newRow("secret code") << uR"({"tag":"input","label":"Code confidentiel"})"_s << true;
        QTest::newRow("e-mail") << uR"({"tag":"input","type":"email","label":"Adresse e-mail"})"_s << false;
        QTest::newRow("postcode") << uR"({"tag":"input","label":"Code postal"})"_s << false;
        QTest::newRow("description is not rib") << uR"({"tag":"textarea","label":"Description de la demande"})"_s << false;
        QTest::newRow("inscription is not rib") << uR"({"tag":"input","nameAttribute":"inscription"})"_s << false;
        QTest::newRow("Pinel is not pin") << uR"({"tag":"input","label":"Dispositif Pinel"})"_s << false;
        QTest::newRow("a button named password is no field") << uR"({"tag":"button","role":"button","name":"Mot de passe oublié"})"_s << false;
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
        const Step step = proposeStep(element(uR"({"role":"textbox","name":"Mot de passe","label":"Mot de passe","tag":"input","type":"password","id":"mot-de-passe"})"_s),
                                      QUrl(u"http://emploi.localhost:41234/compte/creer?retour=42"_s),
                                      {});
        QCOMPARE(step.id, u"mot-de-passe"_s);
        QCOMPARE(step.instruction.french(), u"Tapez votre mot de passe."_s);
        QCOMPARE(step.frenchWords, u"Mot de passe"_s);
        QCOMPARE(step.completion.kind, Completion::Kind::Fill);
        QVERIFY(step.sensitive);
        QCOMPARE(step.page.pattern(), u"http://emploi.localhost:*/compte/creer*"_s);
        QCOMPARE(step.target.size(), 3);

        const Step tap = proposeStep(element(uR"({"role":"link","name":"Se connecter","tag":"a"})"_s), QUrl(u"https://www.caf.fr/"_s), {});
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
