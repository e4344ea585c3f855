// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <optional>

namespace pasapas
{

/// Holds the Mode enum so that QML sees it (as Mode.SelfService…).
namespace ModeEnum
{
Q_NAMESPACE

/// The three ways the tablet is used: accompanied, mediator, self-service
/// (the locked kiosk); the product brief describes them.
enum class Mode {
    Accompanied, ///< a beneficiary with a mediator beside them (default)
    Mediator, ///< a mediator prepares sessions and changes settings
    SelfService, ///< a locked kiosk on a shared or lent tablet
};
Q_ENUM_NS(Mode)
} // namespace ModeEnum

using Mode = ModeEnum::Mode;

/// The command line's names ("accompanied", "mediator", "self-service").
[[nodiscard]] QString modeKey(Mode mode);
[[nodiscard]] std::optional<Mode> modeFromKey(const QString &key);

} // namespace pasapas
