// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace pasapas
{

/// When nobody has touched the tablet for a while, warns ("Are you still
/// there?") with a countdown, then asks for a reset: on a shared tablet the
/// next person must not find the previous one's session.
///
/// After expired() it waits for the next activity() (or for being enabled
/// again) before counting again.
class IdleMonitor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool warning READ isWarning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    explicit IdleMonitor(QObject *parent = nullptr);

    /// Off by default; switching it on starts counting idle time.
    [[nodiscard]] bool isEnabled() const
    {
        return m_enabled;
    }
    void setEnabled(bool enabled);

    /// The countdown is running.
    [[nodiscard]] bool isWarning() const
    {
        return m_phase == Phase::Warning;
    }
    /// Seconds until expiry, rounded up, during the warning; 0 otherwise.
    [[nodiscard]] int secondsLeft() const
    {
        return m_secondsLeft;
    }

    [[nodiscard]] std::chrono::milliseconds idleTimeout() const
    {
        return m_idle;
    }
    [[nodiscard]] std::chrono::milliseconds countdown() const
    {
        return m_countdown;
    }
    /// Idle time before the warning, and length of the warning (default 3 min
    /// and 60 s). A running wait for idleness starts again with the new value;
    /// a running countdown keeps its length.
    void setTimeouts(std::chrono::milliseconds idle, std::chrono::milliseconds countdown);

    /// A touch or a key: counts idle time from now and cancels a warning.
    Q_INVOKABLE void activity();
    /// The person answered the warning.
    Q_INVOKABLE void stillHere();

Q_SIGNALS:
    void enabledChanged();
    void warningChanged();
    void secondsLeftChanged();
    /// The countdown ran out: time to reset the session. Emitted once per warning.
    void expired();

private:
    enum class Phase {
        Off, ///< disabled
        Idle, ///< waiting for idleness
        Warning, ///< counting down
        Expired, ///< waiting for activity
    };

    void arm();
    void onTimeout();
    void tick();
    void setPhase(Phase phase);
    void setSecondsLeft(int seconds);

    bool m_enabled = false;
    Phase m_phase = Phase::Off;
    int m_secondsLeft = 0;
    std::chrono::milliseconds m_idle = std::chrono::minutes(3);
    std::chrono::milliseconds m_countdown = std::chrono::seconds(60);
    QTimer m_timer;
    QDeadlineTimer m_countdownEnd;
};

} // namespace pasapas
