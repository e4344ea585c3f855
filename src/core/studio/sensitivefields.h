// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementdescription.h"

namespace pasapas
{

/// The words of a name as plain lower-case words without accents:
/// "numSecuSociale" → "num secu sociale", "Numéro fiscal" → "numero fiscal".
[[nodiscard]] QString plainWords(const QString &text);

/// True when a field holds a secret or an identifier the mediator must not
/// see: a password field, or a field whose name, id, label or autocomplete
/// says password, IBAN/RIB, social security number (NIR), tax number,
/// card number, security code.
[[nodiscard]] bool isSensitiveField(const ElementDescription &element);

} // namespace pasapas
