// SPDX-License-Identifier: GPL-3.0-or-later
#include "textchecks.h"

#include <QList>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pasapas
{

int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i) {
        d[i][0] = int(i);
    }
    for (qsizetype j = 0; j <= m; ++j) {
        d[0][j] = int(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1).toLower() == b.at(j - 2).toLower() && a.at(i - 2).toLower() == b.at(j - 1).toLower()) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

QString didYouMean(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    const int limit = std::max<int>(1, int(std::min(word.size(), best.size()) / 3));
    return bestDistance <= limit ? best : QString();
}

QString cssSelectorProblem(const QString &selector)
{
    const QString s = selector.trimmed();
    if (s.isEmpty()) {
        return u"le sélecteur est vide"_s;
    }
    if (s.contains(u'{') || s.contains(u'}') || s.contains(u';')) {
        return u"un sélecteur ne contient ni « { », ni « } », ni « ; »"_s;
    }
    const QString combinators = u">+~,"_s;
    if (combinators.contains(s.front())) {
        return u"il commence par « %1 »"_s.arg(s.front());
    }
    if (combinators.contains(s.back())) {
        return u"il se termine par « %1 »"_s.arg(s.back());
    }
    QList<QChar> open;
    QChar quote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'[' || c == u'(') {
            open.append(c);
        } else if (c == u']' || c == u')') {
            const QChar expected = c == u']' ? u'[' : u'(';
            if (open.isEmpty() || open.constLast() != expected) {
                return u"« %1 » fermé sans avoir été ouvert"_s.arg(c);
            }
            open.removeLast();
        }
    }
    if (!quote.isNull()) {
        return u"un guillemet %1 n'est pas fermé"_s.arg(quote);
    }
    if (!open.isEmpty()) {
        return u"« %1 » ouvert mais jamais fermé"_s.arg(open.constLast());
    }
    QChar previous; // the last character that is not a space
    for (const QChar c : s) {
        if (c == u' ') {
            continue;
        }
        if (combinators.contains(c) && combinators.contains(previous)) {
            return u"deux séparateurs se suivent"_s;
        }
        previous = c;
    }
    return {};
}

namespace
{
/// Acronyms and administrative words that people far from paperwork rarely know.
/// Matched as whole words, case-sensitively for acronyms.
const QStringList &jargon()
{
    static const QStringList words{
        u"RIB"_s, u"NIR"_s, u"RFR"_s, u"DTR"_s, u"ARE"_s, u"AAH"_s, u"APL"_s, u"ALS"_s, u"ALF"_s, u"C2S"_s, u"CSS"_s, u"CMU"_s,
        u"MDPH"_s, u"NIA"_s, u"AGDREF"_s, u"CERFA"_s, u"Cerfa"_s, u"récépissé"_s, u"ressortissant"_s, u"justificatif"_s,
        u"justificatifs"_s, u"domiciliation"_s, u"afférent"_s, u"afférente"_s, u"ayant droit"_s, u"ayants droit"_s,
        u"quotient familial"_s, u"télédéclaration"_s, u"télétransmission"_s, u"numéro fiscal"_s,
    };
    return words;
}

bool isWordBoundary(const QString &text, qsizetype at)
{
    return at < 0 || at >= text.size() || !text.at(at).isLetterOrNumber();
}
} // namespace

QStringList plainLanguageProblems(const QString &instruction)
{
    QStringList problems;
    const QStringList tokens = instruction.split(QRegularExpression(u"[\\s\u00a0\u202f]+"_s), Qt::SkipEmptyParts);
    const auto words = std::count_if(tokens.cbegin(), tokens.cend(), [](const QString &token) {
        return std::any_of(token.cbegin(), token.cend(), [](QChar c) {
            return c.isLetterOrNumber();
        });
    });
    if (words > maxInstructionWords) {
        problems.append(u"consigne trop longue : %1 mots (au plus %2, une action par étape)"_s.arg(words).arg(maxInstructionWords));
    }
    // Words between « » are the site's own words: the person must find them as written.
    static const QRegularExpression quoted(u"«[^»]*»"_s);
    const QString own = QString(instruction).replace(quoted, u"«»"_s);
    for (const QString &word : jargon()) {
        for (qsizetype at = own.indexOf(word); at >= 0; at = own.indexOf(word, at + 1)) {
            if (!isWordBoundary(own, at - 1) || !isWordBoundary(own, at + word.size())) {
                continue;
            }
            const QString after = own.mid(at + word.size()).trimmed();
            if (!after.startsWith(u'(')) {
                problems.append(u"« %1 » sans explication : ajoutez-la entre parenthèses, par exemple « RIB (relevé d'identité bancaire) »"_s.arg(word));
            }
            break;
        }
    }
    return problems;
}

} // namespace pasapas
