// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pasapas::test
{

/// One case of web-locators.
struct LocatorCase
{
    const char *name;
    QString body; ///< the page's body
    QString stepTarget; ///< the step's "target" (and "frame") members, as a guide writes them
    QString expected; ///< main-world JavaScript giving the element that must be found; empty: none
    QString knownFault; ///< why bridge.js does not do it yet (an expected failure); empty: it does
    /// What stands in the way ("cookies", "dialog", "closed"): then `expected`
    /// is the way out the page must highlight (its "covered" event), not the target.
    QString obstacle = {};
};

/// Every case, one row each.
[[nodiscard]] QList<LocatorCase> locatorCases();

/// The guide of every case, as a guide file: step "cas" with the case's
/// target, then step "temoin", a witness that is on every page.
[[nodiscard]] QString caseGuide(const QString &stepTarget);

/// A case's page: its body, then the witness, an empty box that no text,
/// role or label locator can take. Nothing scrolls: the rectangles the page
/// reports stay true until the test measures them.
[[nodiscard]] QString casePage(const QString &body);

/// Main-world JavaScript giving [x, y, width, height] of the element in the
/// top page's viewport, or null. Frames are crossed by their content box
/// (border and padding from the computed style).
[[nodiscard]] QString elementRectScript(const QString &element);

} // namespace pasapas::test
