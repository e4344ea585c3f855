// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pasapas
{

/// Edit distance (insertions, deletions, substitutions, transpositions).
[[nodiscard]] int editDistance(const QString &a, const QString &b);
/// The closest candidate to `word` when it is close enough to be a typo, else empty.
[[nodiscard]] QString didYouMean(const QString &word, const QStringList &candidates);
/// Why a CSS selector is obviously malformed (plain French), or empty when it looks fine.
/// Not a full CSS parser: it catches unbalanced brackets and quotes, dangling
/// combinators and characters that never belong in a selector.
[[nodiscard]] QString cssSelectorProblem(const QString &selector);

/// Most words in one instruction (easy-to-read French: one short sentence per action).
inline constexpr int maxInstructionWords = 20;

/// What makes a French instruction hard to read for someone who reads little
/// (plain French sentences; empty when it reads well): more than
/// maxInstructionWords words, or an administrative word or acronym from a
/// short list with no explanation in brackets right after it.
[[nodiscard]] QStringList plainLanguageProblems(const QString &instruction);

} // namespace pasapas
