// SPDX-License-Identifier: GPL-3.0-or-later
// SessionEngine: going on with a guide repaired during the session (apart
// from sessionengine.cpp, which holds the state machine's events).
#include "sessionengine.h"

namespace pasapas
{

bool SessionEngine::replaceGuide(Guide guide)
{
    if (guide.id != m_guide.id || guide.steps.size() != m_guide.steps.size()) {
        return false;
    }
    for (qsizetype i = 0; i < guide.steps.size(); ++i) {
        if (guide.steps.at(i).id != m_guide.steps.at(i).id) {
            return false;
        }
    }
    m_guide = std::move(guide);
    if (m_state == State::NotStarted || m_state == State::Finished || m_state == State::OffTrack) {
        // Nothing is looked for on this page now; the new step applies when it is.
        Q_EMIT currentStepChanged();
        Q_EMIT pageWatchChanged();
        return true;
    }
    // The current step again, with its new locators: looked for (its wait
    // starts over), found or said missing as any step.
    showStep(m_index);
    Q_EMIT currentStepChanged();
    return true;
}

} // namespace pasapas
