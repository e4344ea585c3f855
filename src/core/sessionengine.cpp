// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionengine.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

SessionEngine::SessionEngine(Guide guide, QObject *parent)
    : QObject(parent)
    , m_guide(std::move(guide))
{
    m_missingTimer.setSingleShot(true);
    connect(&m_missingTimer, &QTimer::timeout, this, &SessionEngine::onMissingTimeout);
}

const Step *SessionEngine::currentStep() const
{
    return m_index >= 0 && m_index < m_guide.steps.size() ? &m_guide.steps.at(m_index) : nullptr;
}

namespace
{
/// What the page looks for during one step.
PageWatch stepWatch(const Step &step, bool following)
{
    PageWatch watch;
    watch.stepId = step.id;
    watch.target = step.target;
    watch.frame = step.frame;
    watch.completion = step.completion.kind;
    // While a tap or a choice is expected, only the target (the whole group for a choice) can be tapped.
    const bool tapExpected = step.completion.kind == Completion::Kind::Tap || step.completion.kind == Completion::Kind::Choose;
    watch.insist = tapExpected && following && !step.target.isEmpty();
    watch.sensitive = step.sensitive;
    watch.appears = step.completion.target;
    watch.skipPresent = step.skipIf.present;
    return watch;
}
} // namespace

PageWatch SessionEngine::pageWatch() const
{
    const Step *step = currentStep();
    if (!step || m_state == State::Finished || m_state == State::NotStarted) {
        return {};
    }
    // Block other taps only while the person is following the highlight: not
    // when the target is missing, the person is stuck or on another page.
    const bool following = m_state == State::Looking || m_state == State::Showing;
    PageWatch watch = stepWatch(*step, following);
    // After a tap on the target, the page may look for the next step's
    // target at once, without waiting for the app. Only for a step this
    // engine will surely show next: one no skip rule can pass over, and not
    // an address step (the tap may reach its address and complete it at
    // once). Highlight only: the engine's own watch follows and decides.
    if (step->completion.kind == Completion::Kind::Tap && m_index + 1 < m_guide.steps.size()) {
        const Step &next = m_guide.steps.at(m_index + 1);
        if (next.skipIf.isEmpty() && next.completion.kind != Completion::Kind::Address) {
            watch.next = std::make_shared<const PageWatch>(stepWatch(next, false));
        }
    }
    return watch;
}

void SessionEngine::start()
{
    if (m_guide.steps.isEmpty()) {
        setState(State::Finished);
        Q_EMIT finished();
        return;
    }
    m_autoSkipped.clear();
    m_passed.clear();
    enterStep(0, true);
}

bool SessionEngine::isCurrent(const QString &stepId) const
{
    const Step *step = currentStep();
    // On a page that matches no step, what happens there cannot complete the step.
    return step && step->id == stepId && m_state != State::Finished && m_state != State::OffTrack;
}

bool SessionEngine::shouldSkipByAddress(const Step &step) const
{
    return step.skipIf.address.isValid() && m_url.isValid() && step.skipIf.address.matches(m_url);
}

void SessionEngine::enterStep(int index, bool forward)
{
    // Skip steps whose skip condition holds already, in the direction of
    // travel; an address step whose address is already reached is done.
    while (index >= 0 && index < m_guide.steps.size()) {
        const Step &candidate = m_guide.steps.at(index);
        if (shouldSkipByAddress(candidate)) {
            m_autoSkipped.insert(index);
        } else if (forward && candidate.completion.kind == Completion::Kind::Address && m_url.isValid() && candidate.completion.address.matches(m_url)) {
            m_autoSkipped.remove(index);
        } else {
            break;
        }
        index += forward ? 1 : -1;
    }
    m_missingTimer.stop();
    if (index >= m_guide.steps.size()) {
        const bool changed = m_index != int(m_guide.steps.size()) - 1;
        m_index = int(m_guide.steps.size()) - 1;
        setState(State::Finished);
        if (changed) {
            Q_EMIT currentStepChanged();
        }
        Q_EMIT pageWatchChanged();
        Q_EMIT finished();
        return;
    }
    if (index < 0) {
        return; // nothing to go back to
    }
    showStep(index);
}

void SessionEngine::showStep(int index)
{
    m_missingTimer.stop();
    const bool changed = index != m_index;
    m_index = index;
    setObstacle(Obstacle::NoObstacle);
    m_autoSkipped.remove(index);
    m_passed.remove(index);
    setFieldFilled(false);
    const Step &step = m_guide.steps.at(index);
    // A step on another page (the tap that led here is still loading it) is
    // looked for: "off track" only comes from an address that matches nothing.
    if (step.page.isValid() && m_url.isValid() && step.page.matches(m_url)) {
        m_lastGoodUrl = m_url;
    }
    if (step.target.isEmpty()) {
        setState(State::Showing);
    } else {
        setState(State::Looking);
        m_missingTimer.start(step.waitMs);
    }
    if (changed) {
        Q_EMIT currentStepChanged();
    }
    Q_EMIT pageWatchChanged();
}

void SessionEngine::advance()
{
    if (m_state == State::Finished) {
        return;
    }
    enterStep(m_index + 1, true);
}

void SessionEngine::setState(State state)
{
    if (m_state == state) {
        return;
    }
    if (state != State::Showing && state != State::Stuck) {
        setObstacle(Obstacle::NoObstacle); // only a shown target has one
    }
    m_state = state;
    Q_EMIT stateChanged();
}

void SessionEngine::setObstacle(Obstacle obstacle)
{
    if (m_obstacle == obstacle) {
        return;
    }
    m_obstacle = obstacle;
    Q_EMIT obstacleChanged();
}

void SessionEngine::setFieldFilled(bool filled)
{
    if (m_fieldFilled == filled) {
        return;
    }
    m_fieldFilled = filled;
    Q_EMIT fieldFilledChanged();
}

int SessionEngine::findStepForUrl(const QUrl &url) const
{
    const auto applies = [&](int i) {
        const Step &step = m_guide.steps.at(i);
        return step.page.isValid() && step.page.matches(url);
    };
    // The nearest step whose page this is; on a tie, forward (the person went
    // on faster than the guide). Going back resumes at the first step of that page.
    const int count = int(m_guide.steps.size());
    for (int distance = 1; distance < count; ++distance) {
        const int forward = m_index + distance;
        if (forward < count && applies(forward)) {
            return forward;
        }
        int backward = m_index - distance;
        if (backward >= 0 && applies(backward)) {
            while (backward > 0 && applies(backward - 1)) {
                --backward;
            }
            return backward;
        }
    }
    return -1;
}

void SessionEngine::addressChanged(const QUrl &url)
{
    m_url = url;
    const Step *step = currentStep();
    if (!step || m_state == State::Finished || m_state == State::NotStarted) {
        return;
    }
    if (step->completion.kind == Completion::Kind::Address && step->completion.address.matches(url)) {
        advance();
        return;
    }
    if (shouldSkipByAddress(*step)) {
        m_autoSkipped.insert(m_index);
        advance();
        return;
    }
    if (!step->page.isValid() || step->page.matches(url)) {
        if (step->page.isValid()) {
            m_lastGoodUrl = url;
        }
        if (m_state == State::OffTrack) {
            enterStep(m_index, true);
        }
        return;
    }
    const int found = findStepForUrl(url);
    if (found < 0) {
        m_missingTimer.stop();
        setState(State::OffTrack);
        Q_EMIT pageWatchChanged();
        return;
    }
    const int from = m_index;
    for (int i = from; i < found; ++i) {
        m_autoSkipped.remove(i); // passed by the person
    }
    showStep(found);
    if (m_index != from) {
        Q_EMIT recovered(from, m_index);
    }
}

void SessionEngine::targetFound(const QString &stepId)
{
    targetCovered(stepId, Obstacle::NoObstacle);
}

void SessionEngine::targetCovered(const QString &stepId, Obstacle obstacle)
{
    if (!isCurrent(stepId) || m_state == State::OffTrack) {
        return;
    }
    setObstacle(obstacle);
    m_missingTimer.stop();
    if (m_state != State::Stuck) {
        const bool wasMissing = m_state == State::Missing;
        setState(State::Showing);
        if (wasMissing) {
            Q_EMIT pageWatchChanged(); // the target is back: only it can be tapped again
        }
    }
}

void SessionEngine::targetLost(const QString &stepId)
{
    if (!isCurrent(stepId) || m_state != State::Showing) {
        return;
    }
    setObstacle(Obstacle::NoObstacle);
    setState(State::Looking);
    m_missingTimer.start(currentStep()->waitMs);
}

void SessionEngine::onMissingTimeout()
{
    if (m_state == State::Looking) {
        setState(State::Missing);
        Q_EMIT pageWatchChanged(); // taps elsewhere are free again
    }
}

void SessionEngine::targetTapped(const QString &stepId)
{
    if (!isCurrent(stepId)) {
        return;
    }
    if (currentStep()->completion.kind == Completion::Kind::Tap) {
        advance();
    }
}

void SessionEngine::fieldChanged(const QString &stepId, bool filled, bool committed)
{
    if (!isCurrent(stepId)) {
        return;
    }
    setFieldFilled(filled);
    if (filled && committed && currentStep()->completion.kind == Completion::Kind::Fill) {
        advance();
    }
}

void SessionEngine::optionChosen(const QString &stepId)
{
    if (isCurrent(stepId) && currentStep()->completion.kind == Completion::Kind::Choose) {
        advance();
    }
}

void SessionEngine::elementAppeared(const QString &stepId)
{
    if (isCurrent(stepId) && currentStep()->completion.kind == Completion::Kind::Appears) {
        advance();
    }
}

void SessionEngine::skipElementPresent(const QString &stepId)
{
    if (!isCurrent(stepId)) {
        return;
    }
    m_autoSkipped.insert(m_index);
    advance();
}

void SessionEngine::next()
{
    if (m_state == State::Finished || m_state == State::NotStarted) {
        return;
    }
    m_passed.insert(m_index);
    advance();
}

void SessionEngine::back()
{
    if (m_state == State::NotStarted) {
        return;
    }
    int index = m_state == State::Finished ? m_index : m_index - 1;
    // Back goes to the previous step that applied, not to ones skipped by
    // their skip condition; steps passed with Next do count.
    while (index >= 0 && m_autoSkipped.contains(index)) {
        --index;
    }
    if (index < 0) {
        return;
    }
    showStep(index);
}

void SessionEngine::done()
{
    if (m_state == State::NotStarted || m_state == State::Finished) {
        return;
    }
    advance();
}

void SessionEngine::jumpTo(int index)
{
    if (m_state == State::NotStarted || index < 0 || index >= m_guide.steps.size()) {
        return;
    }
    for (int i = std::min(m_index, index); i < index; ++i) {
        if (!m_autoSkipped.contains(i)) {
            m_passed.insert(i);
        }
    }
    showStep(index);
}

void SessionEngine::stuck()
{
    if (m_state == State::NotStarted || m_state == State::Finished) {
        return;
    }
    if (m_state != State::Stuck) {
        setState(State::Stuck);
        Q_EMIT pageWatchChanged(); // taps elsewhere are free again
    }
}

} // namespace pasapas
