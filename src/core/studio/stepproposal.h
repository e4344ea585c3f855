// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementdescription.h"
#include "guide.h"

namespace pasapas
{

/// An id from words, in the guide format's shape (lower case, no accents,
/// dashes): their first maxWords words, else fallback; "-2", "-3"… until
/// it is not in `taken`.
[[nodiscard]] QString uniqueSlug(const QString &words, int maxWords, const QString &fallback, const QStringList &taken);

/// A step id from words: "Créer mon compte" → "creer-mon-compte", made
/// unique among `taken` ("creer-mon-compte-2"); "etape" when no words.
[[nodiscard]] QString stepIdFor(const QString &words, const QStringList &taken);

/// The step a recorded element proposes, on page `page`: locators, French
/// words, instruction, completion (tap, or fill for a field; a list is a
/// fill), page pattern and sensitivity.
[[nodiscard]] Step proposeStep(const ElementDescription &element, const QUrl &page, const QStringList &takenIds);

/// Makes a step complete on the new page a tap led to. False (step
/// unchanged) when `after` is not a new page.
bool completeOnAddress(Step &step, const QUrl &before, const QUrl &after);

/// A step with no target, done by pressing "C'est fait" ("Lisez la page").
[[nodiscard]] Step readThePageStep(const QUrl &page, const QStringList &takenIds);

} // namespace pasapas
