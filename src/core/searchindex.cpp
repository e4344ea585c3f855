// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"
#include "categories.h"
#include "guidelibrary.h"
#include "textsearch.h"

#include <algorithm>
#include <numeric>

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

constexpr std::array<unsigned char, 4> exactScore{SearchIndex::InTitle, SearchIndex::InLeadingKeywords, SearchIndex::InKeywords, SearchIndex::InText};
constexpr std::array<unsigned char, 4> closeScore{SearchIndex::MistakeInTitle,
                                                  SearchIndex::MistakeInTitle,
                                                  SearchIndex::MistakeInTitle,
                                                  SearchIndex::MistakeInText};
} // namespace

void SearchIndex::build(const QList<CatalogEntry> &entries)
{
    m_words.clear();
    m_allWords.clear();
    m_bySkeletonStart.clear();
    m_cache.clear();
    m_entryCount = entries.size();
    QHash<QString, qint32> wordIndex;
    const auto index = [&](const QString &text, qint32 entry, Field field) {
        for (const QString &folded : QString(text).replace(u'\n', u' ').split(u' ', Qt::SkipEmptyParts)) {
            auto it = wordIndex.constFind(folded);
            qint32 w;
            if (it == wordIndex.cend()) {
                w = qint32(m_words.size());
                wordIndex.insert(folded, w);
                Word word;
                word.folded = folded;
                if (!hasNonLatin(folded)) {
                    word.skeleton = soundSkeleton(folded);
                    m_bySkeletonStart[word.skeleton.front()].append(w);
                }
                m_words.append(std::move(word));
                m_allWords.append(w);
            } else {
                w = it.value();
            }
            QList<qint32> &list = m_words[w].entries[field];
            if (list.isEmpty() || list.constLast() != entry) {
                list.append(entry);
            }
        }
    };
    for (qint32 i = 0; i < qint32(entries.size()); ++i) {
        const CatalogEntry &entry = entries.at(i);
        QString leading;
        QString others;
        for (const QString &language : entry.guide.keywords.languages()) {
            const QStringList words = entry.guide.keywords.text(language).split(u',', Qt::SkipEmptyParts);
            for (qsizetype k = 0; k < words.size(); ++k) {
                (k < leadingKeywordCount ? leading : others) += foldForSearch(words.at(k)) + u'\n';
            }
        }
        index(withLatin(foldAll(entry.guide.title)), i, Title);
        index(withLatin(leading), i, LeadingKeywords);
        index(withLatin(others), i, Keywords);
        QString text = foldAll(entry.guide.summary);
        for (const GuideDocument &document : entry.guide.documents) {
            text += foldAll(document.text);
        }
        if (const Category *category = findCategory(entry.guide.category)) {
            text += foldForSearch(QString::fromUtf8(category->name)) + u'\n';
        }
        index(withLatin(text), i, Text);
    }
}

const SearchIndex::Lookup &SearchIndex::lookUp(const QString &word) const
{
    if (const auto it = m_cache.constFind(word); it != m_cache.cend()) {
        return it.value();
    }
    if (m_cache.size() > 256) {
        m_cache.clear();
    }
    // The person typed one more letter: what it can match is among what the
    // shorter word matched.
    const auto shorter = word.size() > 1 ? m_cache.constFind(word.chopped(1)) : m_cache.cend();
    const Lookup *before = shorter != m_cache.cend() ? &shorter.value() : nullptr;

    Lookup lookup;
    const QString latin = transliterate(word);
    const bool other = latin != word;
    for (const qint32 w : before ? before->exact : m_allWords) {
        const QString &folded = m_words.at(w).folded;
        if (folded.contains(word) || (other && folded.contains(latin))) {
            lookup.exact.append(w);
        }
    }
    // Spelling mistakes: how the word sounds against the beginning of every known word.
    lookup.skeleton = soundSkeleton(latin);
    lookup.limit = forgivenMistakes(lookup.skeleton.size());
    if (!lookup.skeleton.isEmpty()) {
        const bool narrow = before && before->limit == lookup.limit && lookup.skeleton.startsWith(before->skeleton);
        for (const qint32 w : narrow ? before->close : m_bySkeletonStart.value(lookup.skeleton.front())) {
            if (prefixDistance(lookup.skeleton, m_words.at(w).skeleton, lookup.limit) <= lookup.limit) {
                lookup.close.append(w);
            }
        }
    }
    lookup.scores.assign(size_t(m_entryCount), NoMatch);
    const auto mark = [&lookup](const QList<qint32> &entries, unsigned char score) {
        for (const qint32 e : entries) {
            lookup.scores[size_t(e)] = std::max(lookup.scores[size_t(e)], score);
        }
    };
    for (const qint32 w : std::as_const(lookup.close)) {
        for (int field = 0; field < FieldCount; ++field) {
            mark(m_words.at(w).entries[size_t(field)], closeScore[size_t(field)]);
        }
    }
    for (const qint32 w : std::as_const(lookup.exact)) {
        for (int field = 0; field < FieldCount; ++field) {
            mark(m_words.at(w).entries[size_t(field)], exactScore[size_t(field)]);
        }
    }
    return *m_cache.insert(word, std::move(lookup));
}

std::vector<int> SearchIndex::score(const QStringList &words) const
{
    std::vector<int> total(size_t(m_entryCount), 0);
    bool first = true;
    for (const QString &word : words) {
        const std::vector<unsigned char> &scores = lookUp(word).scores;
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
