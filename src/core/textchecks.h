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

} // namespace pasapas
