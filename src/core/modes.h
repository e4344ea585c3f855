// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace pasapas
{

/// The three ways the tablet is used: accompanied, mediator, self-service
/// (the locked kiosk); the product brief describes them.
enum class Mode {
    Accompanied, ///< a beneficiary with a mediator beside them (default)
    Mediator, ///< a mediator prepares sessions and changes settings
    SelfService, ///< a locked kiosk on a shared or lent tablet
};

[[nodiscard]] QString modeKey(Mode mode);
[[nodiscard]] std::optional<Mode> modeFromKey(const QString &key);

} // namespace pasapas
