// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide.h"

#include <QList>
#include <QString>
#include <memory>

namespace pasapas
{

/// What the page script must look for now: the current step's target and
/// how the step is done. Decided by the session engine; src/web/pageprotocol
/// turns it into what the page script reads.
struct PageWatch
{
    QString stepId; ///< empty: nothing to watch (no step, or the session ended)
    QList<Locator> target;
    QString frame; ///< CSS selector of the frame the target is in, if any
    Completion::Kind completion = Completion::Kind::Done;
    /// Only the target can be tapped (a tap is expected and the person follows the highlight).
    bool insist = false;
    /// Never read the field, not even its length.
    bool sensitive = false;
    QList<Locator> appears; ///< for an "appears" step
    QList<Locator> skipPresent; ///< the step is skipped when one of these is on the page
    /// The step the engine will show after a tap on this target, when it
    /// cannot be skipped: the page looks for it at once (highlight only; the
    /// engine's own watch follows and decides).
    std::shared_ptr<const PageWatch> next;

    [[nodiscard]] bool isEmpty() const
    {
        return stepId.isEmpty();
    }
    bool operator==(const PageWatch &other) const;
};

} // namespace pasapas
