// SPDX-License-Identifier: GPL-3.0-or-later
// Guide studio: the locators proposed for a recorded element.
#include "locatorgenerator.h"
#include "textchecks.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
ElementDescription element(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "element", json);
    return ElementDescription::fromJson(document.object());
}

/// "role:button=Valider | text:Valider | css:#valider"
QString written(const QList<Locator> &locators)
{
    QStringList parts;
    for (const Locator &l : locators) {
        parts.append(locatorKindName(l.kind) + u":"_s + l.value + (l.name.isEmpty() ? QString() : u"="_s + l.name));
    }
    return parts.join(u" | "_s);
}
} // namespace

class StudioLocatorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("generated");
        // made by people: kept
        QTest::newRow("plain id") << u"email"_s << false;
        QTest::newRow("kebab id") << u"mot-de-passe"_s << false;
        QTest::newRow("design-system class") << u"fr-btn"_s << false;
        QTest::newRow("BEM class") << u"card__title"_s << false;
        QTest::newRow("camelCase word") << u"submitButton"_s << false;
        QTest::newRow("component class") << u"MuiButton-root"_s << false;
        // made by machines: avoided
        QTest::newRow("ember id") << u"ember123"_s << true;
        QTest::newRow("numbered field") << u"input_42"_s << true;
        QTest::newRow("react useId") << u":r1:"_s << true;
        QTest::newRow("emotion class") << u"css-1x2y3z"_s << true;
        QTest::newRow("styled-components") << u"sc-bdVaJa"_s << true;
        QTest::newRow("hash without digits") << u"kHnUQqLs"_s << true;
        QTest::newRow("hex hash") << u"a3f9c0de"_s << true;
        QTest::newRow("jsx scope") << u"jsx-abcdef"_s << true;
        QTest::newRow("angular content") << u"_ngcontent-abc"_s << true;
        QTest::newRow("angular state") << u"ng-touched"_s << true;
        QTest::newRow("state class") << u"is-active"_s << true;
        QTest::newRow("focus class") << u"focus"_s << true;
        QTest::newRow("grid with number") << u"col-md-6"_s << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("needs escaping") << u"a.b"_s << true;
    }
    void generatedTokens()
    {
        QFETCH(QString, token);
        QFETCH(bool, generated);
        QCOMPARE(isGeneratedToken(token), generated);
    }

    void cssSelectors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("selector");
        QTest::newRow("stable id") << uR"j({"tag":"input","id":"email","path":[{"tag":"form","nth":1},{"tag":"input","nth":2}]})j"_s << u"#email"_s;
        QTest::newRow("generated id, name attribute")
            << uR"j({"tag":"input","id":"input_42","nameAttribute":"codePostal","path":[{"tag":"input","nth":3}]})j"_s << u"input[name=\"codePostal\"]"_s;
        QTest::newRow("generated name, path from anchor")
            << uR"j({"tag":"input","type":"text","id":"ember12","nameAttribute":"f_3921","path":[{"tag":"main","nth":1,"id":"contenu"},{"tag":"form","nth":1,"id":"form-9f3a"},{"tag":"div","nth":2},{"tag":"input","nth":1}]})j"_s
            << u"#contenu > form:nth-of-type(1) > div:nth-of-type(2) > input[type=\"text\"]:nth-of-type(1)"_s;
        QTest::newRow("button with stable classes only")
            << uR"j({"tag":"button","classes":["sc-bdVaJa","fr-btn","is-active","fr-btn--lg","extra"],"path":[{"tag":"div","nth":1},{"tag":"button","nth":2}]})j"_s
            << u"body > div:nth-of-type(1) > button.fr-btn.fr-btn--lg:nth-of-type(2)"_s;
        QTest::newRow("radio of a group told apart by place")
            << uR"j({"tag":"input","type":"radio","nameAttribute":"situation","path":[{"tag":"fieldset","nth":1},{"tag":"input","nth":3}]})j"_s
            << u"input[name=\"situation\"]:nth-of-type(3)"_s;
        QTest::newRow("link without id or classes") << uR"j({"tag":"a","path":[{"tag":"nav","nth":1,"id":"menu"},{"tag":"ul","nth":1},{"tag":"li","nth":4},{"tag":"a","nth":1}]})j"_s
                                                    << u"#menu > ul:nth-of-type(1) > li:nth-of-type(4) > a:nth-of-type(1)"_s;
        QTest::newRow("unsafe name attribute: not used") << uR"j({"tag":"input","nameAttribute":"a;b","path":[{"tag":"input","nth":1}]})j"_s
                                                           << u"body > input:nth-of-type(1)"_s;
    }
    void cssSelectors()
    {
        QFETCH(QString, json);
        QFETCH(QString, selector);
        const QString made = cssSelector(element(json.toUtf8().constData()));
        QCOMPARE(made, selector);
        QCOMPARE(cssSelectorProblem(made), QString());
    }

    void locatorOrder_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("locators");
        QTest::newRow("button: role, text, css")
            << uR"j({"role":"button","name":"Créer mon compte","text":"Créer mon compte","tag":"button","id":"creer","path":[{"tag":"button","nth":1}]})j"_s
            << u"role:button=Créer mon compte | text:Créer mon compte | css:#creer"_s;
        QTest::newRow("field: role, label, css, never its text")
            << uR"j({"role":"textbox","name":"Adresse e-mail","label":"Adresse e-mail","text":"ce qui est tapé","tag":"textarea","id":"email","path":[{"tag":"textarea","nth":1}]})j"_s
            << u"role:textbox=Adresse e-mail | label:Adresse e-mail | css:#email"_s;
        QTest::newRow("list: label, no option texts")
            << uR"j({"role":"combobox","label":"Situation","text":"Célibataire Marié","tag":"select","id":"situation","path":[{"tag":"select","nth":1}]})j"_s
            << u"label:Situation | css:#situation"_s;
        QTest::newRow("unknown role: left out") << uR"j({"role":"gridcell","name":"Lundi","text":"Lundi","tag":"td","path":[{"tag":"td","nth":2}]})j"_s
                                                << u"text:Lundi | css:body > td:nth-of-type(2)"_s;
        QTest::newRow("long text: left out")
            << uR"j({"tag":"p","text":"Ce paragraphe est bien trop long pour servir à retrouver un élément sur la page, car il change souvent.","path":[{"tag":"p","nth":1}]})j"_s
            << u"css:body > p:nth-of-type(1)"_s;
        QTest::newRow("no words at all: css only") << uR"j({"tag":"div","classes":["x1y2"],"path":[{"tag":"div","nth":5}]})j"_s
                                                   << u"css:body > div:nth-of-type(5)"_s;
    }
    void locatorOrder()
    {
        QFETCH(QString, json);
        QFETCH(QString, locators);
        QCOMPARE(written(proposeLocators(element(json.toUtf8().constData()))), locators);
    }

    void descriptionReadsOnlyKnownMembers()
    {
        // A "value" member, if a page script ever sent one, is not read into anything.
        const ElementDescription e = element(R"j({"tag":"INPUT","value":"secret-123","name":"  Nom   de famille ","path":[{"tag":"input","nth":0}]})j");
        QCOMPARE(e.tag, u"input"_s);
        QCOMPARE(e.name, u"Nom de famille"_s);
        QCOMPARE(e.path.constFirst().nth, 1);
        QVERIFY(!written(proposeLocators(e)).contains(u"secret"_s));
    }
};

QTEST_GUILESS_MAIN(StudioLocatorsTest)
#include "tst_studiolocators.moc"
