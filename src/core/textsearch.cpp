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

namespace
{
/// Russian and Ukrainian letters as a French keyboard writes them.
const char *cyrillicLatin(char16_t c)
{
    static const char *const table[] = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", // а…п (и, й → i)
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia", // р…я
    };
    if (c >= u'\u0430' && c <= u'\u044F') {
        return table[c - u'\u0430'];
    }
    switch (c) {
    case u'\u0451': // ё
    case u'\u0454': // є
        return "e";
    case u'\u0456': // і
    case u'\u0457': // ї
        return "i";
    case u'\u0491': // ґ
        return "g";
    default:
        return nullptr;
    }
}

/// Arabic and Persian letters (already unified by foldForSearch) in Latin letters.
const char *arabicLatin(char16_t c)
{
    switch (c) {
    case u'\u0627': return "a"; // ا
    case u'\u0628': return "b"; // ب
    case u'\u067E': return "p"; // پ
    case u'\u062A': return "t"; // ت
    case u'\u062B': return "s"; // ث
    case u'\u062C': return "j"; // ج
    case u'\u0686': return "ch"; // چ
    case u'\u062D': return "h"; // ح
    case u'\u062E': return "kh"; // خ
    case u'\u062F': return "d"; // د
    case u'\u0630': return "z"; // ذ
    case u'\u0631': return "r"; // ر
    case u'\u0632': return "z"; // ز
    case u'\u0698': return "j"; // ژ
    case u'\u0633': return "s"; // س
    case u'\u0634': return "ch"; // ش, as French writes it
    case u'\u0635': return "s"; // ص
    case u'\u0636': return "d"; // ض
    case u'\u0637': return "t"; // ط
    case u'\u0638': return "z"; // ظ
    case u'\u0639': return ""; // ع
    case u'\u063A': return "gh"; // غ
    case u'\u0641': return "f"; // ف
    case u'\u0642': return "k"; // ق
    case u'\u0643': return "k"; // ك ک
    case u'\u06AF': return "g"; // گ
    case u'\u0644': return "l"; // ل
    case u'\u0645': return "m"; // م
    case u'\u0646': return "n"; // ن
    case u'\u0647': return "h"; // ه ة
    case u'\u0648': return "u"; // و
    case u'\u064A': return "i"; // ي ی ى
    case u'\u0621': return ""; // ء
    case u'\u0624': return "u"; // ؤ
    case u'\u0626': return "i"; // ئ
    default: return nullptr;
    }
}
} // namespace

bool hasNonLatin(const QString &folded)
{
    return std::any_of(folded.cbegin(), folded.cend(), [](QChar c) {
        return c.unicode() >= 0x250 && c.isLetter();
    });
}

QString transliterate(const QString &folded)
{
    if (!hasNonLatin(folded)) {
        return folded;
    }
    QString latin;
    latin.reserve(folded.size() * 2);
    for (const QChar ch : folded) {
        const char16_t c = ch.unicode();
        if (const char *l = cyrillicLatin(c)) {
            latin += QLatin1StringView(l);
        } else if (const char *l = arabicLatin(c)) {
            latin += QLatin1StringView(l);
        } else {
            latin += ch;
        }
    }
    return latin;
}

QString soundSkeleton(const QString &foldedWord)
{
    QString skeleton;
    skeleton.reserve(foldedWord.size());
    for (qsizetype i = 0; i < foldedWord.size(); ++i) {
        char16_t c = foldedWord.at(i).unicode();
        switch (c) {
        case u'c':
        case u'q':
            c = u'k';
            break;
        case u'y':
            c = u'i';
            break;
        case u'z':
            c = u's';
            break;
        case u'w':
            c = u'v';
            break;
        case u'p':
            if (i + 1 < foldedWord.size() && foldedWord.at(i + 1) == u'h') {
                c = u'f';
                ++i;
            }
            break;
        default:
            break;
        }
        if (skeleton.isEmpty() || skeleton.back().unicode() != c) {
            skeleton += QChar(c);
        }
    }
    return skeleton;
}

int prefixDistance(QStringView query, QStringView word, int limit)
{
    const qsizetype m = query.size();
    const qsizetype n = std::min(word.size(), m + limit);
    if (m == 0) {
        return 0;
    }
    // Row i holds the distance between query[0, i) and word[0, j), for j ≤ n.
    constexpr qsizetype maxLength = 64;
    if (m > maxLength || n > maxLength + 8) {
        return word.startsWith(query) ? 0 : limit + 1;
    }
    int previous[maxLength + 9];
    int current[maxLength + 9];
    for (qsizetype j = 0; j <= n; ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= m; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int substitution = previous[j - 1] + (query[i - 1] == word[j - 1] ? 0 : 1);
            current[j] = std::min({substitution, previous[j] + 1, current[j - 1] + 1});
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > limit) {
            return limit + 1;
        }
        std::copy(current, current + n + 1, previous);
    }
    // The query may end anywhere in the word: the best prefix counts.
    return std::min(limit + 1, *std::min_element(previous, previous + n + 1));
}

int forgivenMistakes(qsizetype letters)
{
    return letters < 4 ? 0 : letters < 7 ? 1 : 2;
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
