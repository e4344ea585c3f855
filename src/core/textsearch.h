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

/// True when every word occurs in the folded haystack.
[[nodiscard]] bool containsAllWords(const QString &foldedHaystack, const QStringList &words);

} // namespace pasapas
