// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace pasapas
{

struct CatalogEntry;

/// The catalog's search, which forgives what people type: case, accents,
/// spelling mistakes ("inscripsion", "aktualisation", "cafe" for CAF), and
/// other scripts written in Latin letters ("rabota" finds "работа").
/// Every word of every guide is indexed once, with where it stands (title,
/// keywords, other texts). A keystroke looks the last query word up among the
/// words that matched the same word one letter shorter; earlier words come
/// from a cache.
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
        return m_entryCount;
    }
    [[nodiscard]] qsizetype vocabularySize() const
    {
        return m_words.size();
    }

private:
    enum Field { Title, LeadingKeywords, Keywords, Text, FieldCount };
    struct Word {
        QString folded;
        QString skeleton; ///< empty for words in other scripts (their transliteration is a word too)
        std::array<QList<qint32>, FieldCount> entries; ///< where the word stands, per field
    };
    /// What a query word matched, kept for the next keystroke.
    struct Lookup {
        std::vector<unsigned char> scores;
        QList<qint32> exact; ///< words containing the query word
        QList<qint32> close; ///< words whose beginning is within the forgiven mistakes
        QString skeleton;
        int limit = 0;
    };
    [[nodiscard]] const Lookup &lookUp(const QString &word) const;

    qsizetype m_entryCount = 0;
    QList<Word> m_words;
    QList<qint32> m_allWords;
    QHash<QChar, QList<qint32>> m_bySkeletonStart; ///< indices into m_words
    mutable QHash<QString, Lookup> m_cache;
};

} // namespace pasapas
