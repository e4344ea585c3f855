// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlemonitor.h"

#include <algorithm>

using namespace std::chrono_literals;

namespace pasapas
{

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::onTimeout);
}

void IdleMonitor::setEnabled(bool enabled)
{
    if (m_enabled == enabled) {
        return;
    }
    m_enabled = enabled;
    if (m_enabled) {
        arm();
    } else {
        m_timer.stop();
        setPhase(Phase::Off);
    }
    Q_EMIT enabledChanged();
}

void IdleMonitor::setTimeouts(std::chrono::milliseconds idle, std::chrono::milliseconds countdown)
{
    m_idle = std::max(idle, 0ms);
    m_countdown = std::max(countdown, 0ms);
    if (m_phase == Phase::Idle) {
        arm();
    }
}

void IdleMonitor::activity()
{
    if (m_enabled) {
        arm();
    }
}

void IdleMonitor::stillHere()
{
    activity();
}

void IdleMonitor::arm()
{
    setPhase(Phase::Idle);
    m_timer.start(m_idle);
}

void IdleMonitor::onTimeout()
{
    switch (m_phase) {
    case Phase::Idle:
        m_countdownEnd = QDeadlineTimer(m_countdown, Qt::PreciseTimer);
        // The number is there before the warning shows.
        setSecondsLeft(int(std::chrono::ceil<std::chrono::seconds>(m_countdown).count()));
        setPhase(Phase::Warning);
        tick();
        break;
    case Phase::Warning:
        tick();
        break;
    case Phase::Off:
    case Phase::Expired:
        break;
    }
}

void IdleMonitor::tick()
{
    const std::chrono::nanoseconds remaining = m_countdownEnd.remainingTimeAsDuration();
    if (remaining <= 0ns) {
        m_timer.stop();
        setPhase(Phase::Expired);
        Q_EMIT expired();
        return;
    }
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(remaining);
    setSecondsLeft(int(seconds.count()));
    // Wake up when the rounded-up count goes down by one (or reaches the end).
    m_timer.start(std::max(std::chrono::ceil<std::chrono::milliseconds>(remaining - (seconds - 1s)), 1ms));
}

void IdleMonitor::setPhase(Phase phase)
{
    const bool wasWarning = isWarning();
    m_phase = phase;
    if (wasWarning != isWarning()) {
        Q_EMIT warningChanged();
    }
    if (!isWarning()) {
        setSecondsLeft(0);
    }
}

void IdleMonitor::setSecondsLeft(int seconds)
{
    if (m_secondsLeft == seconds) {
        return;
    }
    m_secondsLeft = seconds;
    Q_EMIT secondsLeftChanged();
}

} // namespace pasapas
