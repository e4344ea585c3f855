// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementdescription.h"
#include "guide.h"

namespace pasapas
{

/// True for an id or class a site's framework generated, which changes from
/// one build or one visit to the next: any digit ("ember123", "input_42",
/// "css-1x2y3z"), a known generator prefix ("sc-", "jsx-", "css-"), a hash
/// ("bdVaJa", "a3f9c0de"), a state class ("ng-touched", "is-active", "focus").
[[nodiscard]] bool isGeneratedToken(const QString &token);

/// A CSS selector for the element that avoids generated ids and classes and
/// never contains a field's value: "#stable-id"; else `tag[name="…"]` for a
/// form field; else a path of :nth-of-type from the nearest ancestor with a
/// stable id (or from body), the element itself with its stable classes.
[[nodiscard]] QString cssSelector(const ElementDescription &element);

/// The locators of a recorded element, most robust first: role and
/// accessible name, label (fields), visible text (not fields), CSS selector.
[[nodiscard]] QList<Locator> proposeLocators(const ElementDescription &element);

} // namespace pasapas
