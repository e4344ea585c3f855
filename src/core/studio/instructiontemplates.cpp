// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructiontemplates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QString quotedWords(const QString &words)
{
    return u"« "_s + words + u" »"_s;
}

/// "Adresse e-mail" → "votre adresse e-mail"; "IBAN" → "votre IBAN";
/// "Votre numéro" → "votre numéro"; "Le nom de l'enfant" → "le nom de l'enfant".
/// Empty when the words are not a noun phrase (a question, a verb).
QString possessive(const QString &words)
{
    if (words.endsWith(u'?')) {
        return {};
    }
    const QString first = words.section(u' ', 0, 0);
    const QString firstLower = first.toLower();
    // "Confirmez le mot de passe", "Saisir le code": an order, not a name.
    if (firstLower.size() > 3 && (firstLower.endsWith(u"ez"_s) || firstLower.endsWith(u"er"_s) || firstLower.endsWith(u"ir"_s))) {
        static const QStringList nouns{u"numéro"_s, u"courrier"_s, u"loyer"_s, u"dossier"_s, u"foyer"_s, u"métier"_s, u"quartier"_s, u"fichier"_s, u"premier"_s, u"dernier"_s};
        if (!nouns.contains(firstLower)) {
            return {};
        }
    }
    const bool acronym = first.size() > 1 && first.at(1).isUpper();
    const QString lowered = acronym ? words : words.at(0).toLower() + words.mid(1);
    static const QStringList determiners{u"votre"_s, u"vos"_s, u"le"_s, u"la"_s, u"les"_s, u"un"_s, u"une"_s, u"des"_s, u"du"_s, u"son"_s, u"sa"_s, u"ses"_s};
    if (determiners.contains(firstLower) || firstLower.startsWith(u"l'"_s) || firstLower.startsWith(u"l’"_s)) {
        return lowered;
    }
    return u"votre "_s + lowered;
}
} // namespace

QString cleanWords(const QString &text)
{
    static const QRegularExpression required(u"\\s*(\\*|:|\\((obligatoire|requis)\\))\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    QString words = text.simplified();
    for (QString before; before != words;) {
        before = words;
        words.remove(required);
    }
    if (words.size() > 80) {
        words = words.left(80).section(u' ', 0, -2);
    }
    return words;
}

QString frenchWordsFor(const ElementDescription &e)
{
    // A field's accessible name may carry its label's hints ("Format attendu…"): the label goes first.
    const bool field = controlKind(e) != ControlKind::Action;
    for (const QString &candidate : field ? QStringList{e.label, e.name} : QStringList{e.name, e.text}) {
        if (const QString words = cleanWords(candidate); !words.isEmpty()) {
            return words;
        }
    }
    return {};
}

QString instructionFor(const ElementDescription &e)
{
    const QString words = frenchWordsFor(e);
    switch (controlKind(e)) {
    case ControlKind::TextField: {
        if (words.isEmpty()) {
            return u"Tapez dans le champ en surbrillance."_s;
        }
        const QString noun = possessive(words);
        return noun.isEmpty() ? u"Remplissez le champ %1."_s.arg(quotedWords(words)) : u"Tapez %1."_s.arg(noun);
    }
    case ControlKind::List: {
        if (words.isEmpty()) {
            return u"Choisissez dans la liste en surbrillance."_s;
        }
        const QString noun = possessive(words);
        return noun.isEmpty() ? u"Répondez à %1 en choisissant dans la liste."_s.arg(quotedWords(words)) : u"Choisissez %1 dans la liste."_s.arg(noun);
    }
    case ControlKind::Checkbox:
        return words.isEmpty() ? u"Cochez la case en surbrillance."_s : u"Cochez la case %1."_s.arg(quotedWords(words));
    case ControlKind::Radio:
        return words.isEmpty() ? u"Choisissez la réponse en surbrillance."_s : u"Choisissez %1."_s.arg(quotedWords(words));
    case ControlKind::Action:
        break;
    }
    return words.isEmpty() ? u"Appuyez sur l'élément en surbrillance."_s : u"Appuyez sur %1."_s.arg(quotedWords(words));
}

QString readThePageInstruction()
{
    return u"Lisez la page, puis appuyez sur « C'est fait »."_s;
}

} // namespace pasapas
