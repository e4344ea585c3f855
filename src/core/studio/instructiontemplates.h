// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementdescription.h"

namespace pasapas
{

/// A label or a text as people read it on the page: one line, without the
/// marks of a required field ("Nom *", "Nom :", "Nom (obligatoire)").
[[nodiscard]] QString cleanWords(const QString &text);

/// The exact French words to look for on the site: a field's label (else its
/// accessible name), another element's accessible name (else its visible
/// text); empty when the element has no words.
[[nodiscard]] QString frenchWordsFor(const ElementDescription &element);

/// The instruction in plain French, from a template chosen by the kind of
/// control: "Appuyez sur « … ».", "Tapez votre … .", "Choisissez votre … dans
/// la liste.", "Cochez la case « … ».", "Choisissez « … ».".
[[nodiscard]] QString instructionFor(const ElementDescription &element);

/// The instruction of a step with no target ("C'est fait").
[[nodiscard]] QString readThePageInstruction();

} // namespace pasapas
