// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// Letters written differently in Arabic and Persian, or with hamza.
char16_t unifyLetter(char16_t c)
{
    switch (c) {
    case u'\u0623': // أ
    case u'\u0625': // إ
    case u'\u0622': // آ
    case u'\u0671': // ٱ
        return u'\u0627'; // ا
    case u'\u0649': // ى alef maksura
    case u'\u06CC': // ی Persian yeh
        return u'\u064A'; // ي
    case u'\u06A9': // ک keheh
        return u'\u0643'; // ك
    case u'\u0629': // ة
        return u'\u0647'; // ه
    default:
        return c;
    }
}
} // namespace

QString foldForSearch(const QString &text)
{
    // Most texts have nothing to decompose: skip the normalization then.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0xA0 || (!QChar::isSurrogate(u) && !(u >= 0xAC00 && u <= 0xD7A3) && c.decompositionTag() == QChar::NoDecomposition);
    });
    const QString decomposed = plain ? text : text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (const QChar ch : decomposed) {
        if (const char16_t u = ch.unicode(); u < 0x80) { // ASCII: no table lookups
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                folded += ch;
                lastWasSpace = false;
            } else if (u >= u'A' && u <= u'Z') {
                folded += QChar(char16_t(u + 32));
                lastWasSpace = false;
            } else if (!lastWasSpace) {
                folded += u' ';
                lastWasSpace = true;
            }
            continue;
        }
        const auto category = ch.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Mark_SpacingCombining || ch.unicode() == u'\u0640') {
            continue; // accents, Arabic harakat, tatweel
        }
        if (ch.isLetterOrNumber()) {
            const char16_t c = ch.unicode();
            if (c == u'œ' || c == u'Œ') {
                folded += u"oe"_s;
            } else if (c == u'æ' || c == u'Æ') {
                folded += u"ae"_s;
            } else if (c == u'ß') {
                folded += u"ss"_s;
            } else {
                folded += QChar(unifyLetter(QChar(c).toCaseFolded().unicode()));
            }
            lastWasSpace = false;
        } else if (!lastWasSpace) {
            folded += u' ';
            lastWasSpace = true;
        }
    }
    if (folded.endsWith(u' ')) {
        folded.chop(1);
    }
    return folded;
}

QStringList searchWords(const QString &query)
{
    return foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
}

bool containsAllWords(const QString &foldedHaystack, const QStringList &words)
{
    for (const QString &word : words) {
        if (!foldedHaystack.contains(word)) {
            return false;
        }
    }
    return true;
}

} // namespace pasapas
