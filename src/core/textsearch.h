// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pasapas
{

/// Folds a text for search: lower case, no accents or Arabic vowel marks,
/// Arabic and Persian letter variants unified, punctuation turned to spaces.
/// "Prime d'ACTIVITÉ" and "prime d activite" fold to the same text.
[[nodiscard]] QString foldForSearch(const QString &text);

/// The words of a query, folded.
[[nodiscard]] QStringList searchWords(const QString &query);

/// A folded text written in Cyrillic, Arabic or Persian letters, in Latin
/// letters as people type it on a French keyboard ("работа" → "rabota",
/// "كاف" → "kaf"). Latin text comes back unchanged.
[[nodiscard]] QString transliterate(const QString &folded);

/// True when the folded text has letters outside the Latin alphabet.
[[nodiscard]] bool hasNonLatin(const QString &folded);

/// How a folded Latin word sounds, for spelling mistakes: c, k, q are one
/// letter, so are y and i, s and z, v and w, ph and f; doubled letters count once
/// ("inscripsion" and "inscription" are one letter apart, "cafe" starts like "caf").
[[nodiscard]] QString soundSkeleton(const QString &foldedWord);

/// The fewest letters to add, remove or change so that `query` becomes the
/// beginning of `word`; stops counting past `limit` (returns limit + 1).
[[nodiscard]] int prefixDistance(QStringView query, QStringView word, int limit);

/// The spelling mistakes forgiven in a query word of this many letters.
[[nodiscard]] int forgivenMistakes(qsizetype letters);

/// True when every word occurs in the folded haystack.
[[nodiscard]] bool containsAllWords(const QString &foldedHaystack, const QStringList &words);

} // namespace pasapas
