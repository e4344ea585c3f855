// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "elementdescription.h"
#include "guide.h"

#include <optional>

namespace pasapas
{

/// A step's target after a repair: the new locators first, then the old
/// ones that are not among them (fallbacks, should the site change back).
[[nodiscard]] QList<Locator> repairedTarget(const QList<Locator> &old, const QList<Locator> &fresh);

/// The guide with step `stepId` repaired from the element the mediator
/// tapped: new locators first, old ones as fallbacks, French words from the
/// element when the step had none, version + 1. nullopt for an unknown step
/// or a step with no target to repair ("C'est fait", address).
[[nodiscard]] std::optional<Guide> repairGuide(const Guide &guide, const QString &stepId, const ElementDescription &element);

/// Back to the bundled version: removes the local <dir>/<id> folder a repair
/// saved. True when there was one and it is gone.
bool removeLocalGuide(const QString &dir, const QString &id);

} // namespace pasapas
