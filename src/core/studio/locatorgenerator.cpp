// SPDX-License-Identifier: GPL-3.0-or-later
#include "locatorgenerator.h"

#include "guideloader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// An identifier CSS takes as it is, without escapes.
bool plainIdent(const QString &token)
{
    static const QRegularExpression re(u"^-?[A-Za-z_][A-Za-z0-9_-]*$"_s);
    return re.match(token).hasMatch();
}

/// A piece of a token (between - and _) that looks random: long and of mixed case ("bdVaJa", "kHnUQq").
bool hashLike(const QString &piece)
{
    if (piece.size() < 5) {
        return false;
    }
    int upper = 0;
    int lower = 0;
    for (const QChar c : piece) {
        upper += c.isUpper() ? 1 : 0;
        lower += c.isLower() ? 1 : 0;
    }
    // "MuiButton", "fooBar", "DatePicker": a capital now and then is a word; a third of them is noise.
    return upper > 0 && lower > 0 && upper * 10 >= piece.size() * 3;
}

bool stateClass(const QString &token)
{
    static const QStringList states{u"active"_s,
        u"focus"_s,
        u"focused"_s,
        u"hover"_s,
        u"selected"_s,
        u"checked"_s,
        u"disabled"_s,
        u"open"_s,
        u"opened"_s,
        u"show"_s,
        u"shown"_s,
        u"hidden"_s,
        u"visible"_s,
        u"collapsed"_s,
        u"expanded"_s,
        u"current"_s,
        u"invalid"_s,
        u"valid"_s,
        u"error"_s,
        u"loading"_s};
    static const QStringList prefixes{u"ng-"_s, u"is-"_s, u"has-"_s, u"js-"_s, u"pasapas"_s};
    const QString lower = token.toLower();
    return states.contains(lower) || std::any_of(prefixes.cbegin(), prefixes.cend(), [&lower](const QString &p) {
               return lower.startsWith(p);
           });
}

QString quoted(const QString &value)
{
    return u"\""_s + value + u"\""_s;
}

bool quotable(const QString &value)
{
    static const QRegularExpression bad(u"[\"\\\\{};\\n\\r]"_s);
    return !value.isEmpty() && !bad.match(value).hasMatch();
}

bool stableId(const QString &id)
{
    return plainIdent(id) && !isGeneratedToken(id);
}

QString nthOfType(const PathPart &part)
{
    return u"%1:nth-of-type(%2)"_s.arg(part.tag).arg(part.nth);
}
} // namespace

bool isGeneratedToken(const QString &token)
{
    if (token.isEmpty() || !plainIdent(token)) {
        return true;
    }
    if (std::any_of(token.cbegin(), token.cend(), [](QChar c) {
            return c.isDigit();
        })) {
        return true;
    }
    static const QStringList generators{u"sc-"_s, u"jsx-"_s, u"css-"_s, u"emotion-"_s, u"svelte-"_s, u"_ngcontent"_s, u"_nghost"_s, u"ember"_s, u"react-"_s, u"__"_s};
    if (std::any_of(generators.cbegin(), generators.cend(), [&token](const QString &g) {
            return token.startsWith(g);
        })) {
        return true;
    }
    if (stateClass(token)) {
        return true;
    }
    const QStringList pieces = token.split(QRegularExpression(u"[-_]+"_s), Qt::SkipEmptyParts);
    return std::any_of(pieces.cbegin(), pieces.cend(), hashLike);
}

QString cssSelector(const ElementDescription &e)
{
    const QString tag = e.tag.isEmpty() ? u"*"_s : e.tag;
    if (stableId(e.id)) {
        return u"#"_s + e.id;
    }
    const bool field = e.tag == u"input" || e.tag == u"select" || e.tag == u"textarea" || e.tag == u"button";
    if (field && quotable(e.nameAttribute) && !isGeneratedToken(e.nameAttribute.section(u'[', 0, 0))) {
        QString selector = tag + u"[name="_s + quoted(e.nameAttribute) + u"]"_s;
        if (e.type == u"radio" || e.type == u"checkbox") {
            // A group shares its name: the element is told apart by its place.
            if (!e.path.isEmpty() && e.path.constLast().tag == e.tag) {
                selector += u":nth-of-type(%1)"_s.arg(e.path.constLast().nth);
            }
        }
        return selector;
    }
    // The element itself: its tag, its stable classes (two at most), its place.
    QString self = tag;
    int classes = 0;
    for (const QString &c : e.classes) {
        if (classes < 2 && !isGeneratedToken(c)) {
            self += u"."_s + c;
            ++classes;
        }
    }
    if (e.tag == u"input" && quotable(e.type)) {
        self += u"[type="_s + quoted(e.type) + u"]"_s;
    }
    if (e.path.isEmpty()) {
        return self;
    }
    self += u":nth-of-type(%1)"_s.arg(e.path.constLast().nth);
    // Its ancestors, up to the nearest one with a stable id.
    QStringList parts{self};
    QString anchor = u"body"_s;
    for (qsizetype i = e.path.size() - 2; i >= 0; --i) {
        const PathPart &part = e.path.at(i);
        if (stableId(part.id)) {
            anchor = u"#"_s + part.id;
            break;
        }
        parts.prepend(nthOfType(part));
    }
    parts.prepend(anchor);
    return parts.join(u" > "_s);
}

QList<Locator> proposeLocators(const ElementDescription &e)
{
    QList<Locator> locators;
    const ControlKind kind = controlKind(e);
    const bool field = kind != ControlKind::Action;
    if (!e.role.isEmpty() && knownRoles().contains(e.role) && !e.name.isEmpty()) {
        locators.append({Locator::Kind::Role, e.role, e.name});
    }
    if (field && !e.label.isEmpty()) {
        locators.append({Locator::Kind::Label, e.label, {}});
    }
    // A field's text is its content (a <textarea>'s value, a list's options): never kept.
    if (!field && !e.text.isEmpty() && e.text.size() <= 80) {
        locators.append({Locator::Kind::Text, e.text, {}});
    }
    locators.append({Locator::Kind::Css, cssSelector(e), {}});
    return locators;
}

} // namespace pasapas
