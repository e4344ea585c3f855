// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"
#include "guidelibrary.h"
#include "textsearch.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// How many keywords of a language count as its main words.
constexpr qsizetype leadingKeywordCount = 3;

/// The text and, when it has other scripts, its Latin transliteration.
QString withLatin(const QString &folded)
{
    return hasNonLatin(folded) ? folded + u'\n' + transliterate(folded) : folded;
}
} // namespace

void SearchIndex::build(const QList<CatalogEntry> &entries)
{
    m_titles.clear();
    m_leadingKeywords.clear();
    m_keywords.clear();
    m_texts.clear();
    m_words.clear();
    m_postings.clear();
    m_byFirstLetter.clear();
    m_cache.clear();
    QHash<QString, qint32> wordIndex;
    const auto index = [&](const QString &text, qint32 entry, bool title) {
        for (const QString &word : QString(text).replace(u'\n', u' ').split(u' ', Qt::SkipEmptyParts)) {
            if (hasNonLatin(word)) {
                continue; // its transliteration is indexed
            }
            const QString skeleton = soundSkeleton(word);
            auto it = wordIndex.constFind(skeleton);
            qint32 w;
            if (it == wordIndex.cend()) {
                w = qint32(m_words.size());
                wordIndex.insert(skeleton, w);
                m_words.append(skeleton);
                m_postings.append(Posting{});
                m_byFirstLetter[skeleton.front()].append(w);
            } else {
                w = it.value();
            }
            QList<qint32> &list = title ? m_postings[w].titles : m_postings[w].texts;
            if (list.isEmpty() || list.constLast() != entry) {
                list.append(entry);
            }
        }
    };
    for (qint32 i = 0; i < qint32(entries.size()); ++i) {
        const CatalogEntry &entry = entries.at(i);
        m_titles.append(withLatin(foldAll(entry.guide.title)));
        QString leading;
        QString others;
        for (const QString &language : entry.guide.keywords.languages()) {
            const QStringList words = entry.guide.keywords.text(language).split(u',', Qt::SkipEmptyParts);
            for (qsizetype k = 0; k < words.size(); ++k) {
                (k < leadingKeywordCount ? leading : others) += foldForSearch(words.at(k)) + u'\n';
            }
        }
        m_leadingKeywords.append(withLatin(leading));
        m_keywords.append(withLatin(others));
        const QString body = entry.searchBody.mid(entry.searchTitles.size()); // the body starts with the titles and keywords
        m_texts.append(withLatin(body));
        index(m_titles.constLast(), i, true);
        index(m_leadingKeywords.constLast(), i, true);
        index(m_keywords.constLast(), i, true);
        index(m_texts.constLast(), i, false);
    }
}

const SearchIndex::WordScores &SearchIndex::scoresOf(const QString &word) const
{
    if (const auto it = m_cache.constFind(word); it != m_cache.cend()) {
        return it.value();
    }
    if (m_cache.size() > 256) {
        m_cache.clear();
    }
    WordScores scores(size_t(m_titles.size()), NoMatch);
    const QString latin = transliterate(word);
    const bool other = latin != word;
    for (qsizetype i = 0; i < m_titles.size(); ++i) {
        if (m_titles.at(i).contains(word) || (other && m_titles.at(i).contains(latin))) {
            scores[size_t(i)] = InTitle;
        } else if (m_leadingKeywords.at(i).contains(word) || (other && m_leadingKeywords.at(i).contains(latin))) {
            scores[size_t(i)] = InLeadingKeywords;
        } else if (m_keywords.at(i).contains(word) || (other && m_keywords.at(i).contains(latin))) {
            scores[size_t(i)] = InKeywords;
        } else if (m_texts.at(i).contains(word) || (other && m_texts.at(i).contains(latin))) {
            scores[size_t(i)] = InText;
        }
    }
    // Spelling mistakes: compare how the word sounds with the beginning of every known word.
    const QString skeleton = soundSkeleton(latin);
    if (!skeleton.isEmpty()) {
        const int limit = forgivenMistakes(skeleton.size());
        for (const qint32 w : m_byFirstLetter.value(skeleton.front())) {
            if (prefixDistance(skeleton, m_words.at(w), limit) > limit) {
                continue;
            }
            const Posting &posting = m_postings.at(w);
            for (const qint32 e : posting.titles) {
                scores[size_t(e)] = std::max<unsigned char>(scores[size_t(e)], MistakeInTitle);
            }
            for (const qint32 e : posting.texts) {
                scores[size_t(e)] = std::max<unsigned char>(scores[size_t(e)], MistakeInText);
            }
        }
    }
    return *m_cache.insert(word, std::move(scores));
}

std::vector<int> SearchIndex::score(const QStringList &words) const
{
    std::vector<int> total(size_t(m_titles.size()), 0);
    bool first = true;
    for (const QString &word : words) {
        const WordScores &scores = scoresOf(word);
        for (size_t i = 0; i < total.size(); ++i) {
            if (!first && total[i] == 0) {
                continue;
            }
            total[i] = scores[i] == NoMatch ? 0 : total[i] + scores[i];
        }
        first = false;
    }
    return total;
}

} // namespace pasapas
