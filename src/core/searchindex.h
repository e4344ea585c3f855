// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace pasapas
{

struct CatalogEntry;

/// The catalog's search, which forgives what people type: case, accents,
/// spelling mistakes ("inscripsion", "aktualisation", "cafe" for CAF), and
/// other scripts written in Latin letters ("rabota" finds "работа").
/// Built once per library; a keystroke looks the last word up in a small
/// vocabulary, and earlier words come from a cache.
class SearchIndex
{
public:
    /// How well a query word matches a guide, best first.
    enum Score : unsigned char {
        NoMatch = 0,
        MistakeInText = 1, ///< summary, documents, category, with a spelling mistake
        InText = 2,
        MistakeInTitle = 4, ///< title or keywords, with a spelling mistake
        InKeywords = 6,
        InLeadingKeywords = 7, ///< one of the first keywords of a language: authors put the main words first
        InTitle = 8,
    };

    void build(const QList<CatalogEntry> &entries);

    /// One score per entry, in the entries' order: the sum over the words,
    /// or 0 when a word matches nowhere.
    [[nodiscard]] std::vector<int> score(const QStringList &words) const;

    [[nodiscard]] qsizetype entryCount() const
    {
        return m_titles.size();
    }
    [[nodiscard]] qsizetype vocabularySize() const
    {
        return m_words.size();
    }

private:
    using WordScores = std::vector<unsigned char>;
    [[nodiscard]] const WordScores &scoresOf(const QString &word) const;

    struct Posting {
        QList<qint32> titles; ///< entries with the word in a title or keyword
        QList<qint32> texts; ///< entries with the word elsewhere
    };
    QStringList m_titles; ///< folded titles (with transliterations), per entry
    QStringList m_leadingKeywords; ///< the first keywords of each language, folded (with transliterations), per entry
    QStringList m_keywords; ///< the other keywords, folded (with transliterations), per entry
    QStringList m_texts; ///< folded summaries, documents and category, per entry
    QStringList m_words; ///< the sound skeletons of every word
    QList<Posting> m_postings; ///< per word of m_words
    QHash<QChar, QList<qint32>> m_byFirstLetter; ///< indices into m_words
    mutable QHash<QString, WordScores> m_cache;
};

} // namespace pasapas
