// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idlemonitor.h"
#include "modes.h"
#include "navigationpolicy.h"
#include "pinlock.h"

#include <QObject>
#include <QQmlEngine>
#include <memory>

namespace pasapas
{

class Preferences;

/// The tablet's mode and what guards it: the mediator PIN with its
/// lock-out, the kiosk's idle reset, the mediator's allow-list of sites,
/// and the hand-over to the next person.
class KioskController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(pasapas::Mode mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY pinChanged)
    Q_PROPERTY(pasapas::IdleMonitor *idle READ idleMonitor CONSTANT)
    Q_PROPERTY(int idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY idleMinutesChanged)
    Q_PROPERTY(QString globalHosts READ globalHostsText NOTIFY globalHostsChanged)
    Q_PROPERTY(bool atHome READ atHome WRITE setAtHome NOTIFY atHomeChanged)

public:
    /// mode: what the command line asked; a locked kiosk stays locked.
    KioskController(Preferences *preferences, Mode mode, QObject *parent = nullptr);
    ~KioskController() override;

    [[nodiscard]] Mode mode() const
    {
        return m_mode;
    }
    /// Switches mode when no PIN is needed for it; false otherwise.
    Q_INVOKABLE bool enterMode(pasapas::Mode mode);
    /// Leaving the kiosk and entering Mediator mode need the PIN; entering
    /// the kiosk needs a PIN to exist (there must be a way out).
    Q_INVOKABLE [[nodiscard]] bool modeNeedsPin(pasapas::Mode mode) const;
    /// Switches mode with the PIN. Returns "" when done, otherwise a message for the person.
    Q_INVOKABLE QString enterModeWithPin(pasapas::Mode mode, const QString &pin);
    /// Checks the PIN without changing the mode (a mediator answers a help
    /// call in the kiosk): empty when right, else what to tell.
    Q_INVOKABLE QString checkPin(const QString &pin);
    /// Back on the home screen, the mediator's space closes: the next person
    /// must not find it open. A kiosk unlocked by the mediator locks again.
    Q_INVOKABLE void closeMediatorSpace();
    /// A session ended: in the kiosk, the next person starts afresh.
    void nextPerson();

    /// The first PIN, or a new one (in Mediator mode). Returns "" or what is wrong.
    Q_INVOKABLE QString choosePin(const QString &pin, const QString &confirmation);
    /// Seconds before the PIN can be tried again (0: now).
    Q_INVOKABLE [[nodiscard]] int pinSecondsLocked() const;
    [[nodiscard]] bool hasPin() const;
    /// For a PIN nobody remembers (pasapas --reset-pin): forgets it with its
    /// lock-out and unlocks the kiosk. The next start asks for a new PIN.
    /// False when the preferences file could not be written.
    static bool forgetPin(Preferences &preferences);

    [[nodiscard]] IdleMonitor *idleMonitor() const
    {
        return m_idle.get();
    }
    /// Minutes without a touch before the "still there?" countdown (kiosk only).
    [[nodiscard]] int idleMinutes() const;
    void setIdleMinutes(int minutes);
    /// Whether the first page is showing (QML tells): a fresh home needs no idle reset.
    [[nodiscard]] bool atHome() const
    {
        return m_atHome;
    }
    void setAtHome(bool atHome);
    /// Whether a session is running (something to wipe after a while).
    void setSessionRunning(bool running);

    /// The mediator's allow-list, one host pattern per line.
    [[nodiscard]] QString globalHostsText() const;
    [[nodiscard]] QList<HostPattern> globalHosts() const;
    /// Sets the allow-list (Mediator mode only). Returns "" or the lines that are wrong.
    Q_INVOKABLE QString setGlobalHosts(const QString &text);

Q_SIGNALS:
    void modeChanged();
    void pinChanged();
    void idleMinutesChanged();
    void globalHostsChanged();
    void atHomeChanged();
    /// The kiosk's person leaves (idle reset, end of session, unlocking):
    /// their choices go, the next one starts from the mediator's settings.
    void handOver();
    /// The idle countdown ran out (kiosk only).
    void idleExpired();

private:
    void setMode(Mode mode);
    void updateIdle();

    Preferences *m_preferences;
    std::unique_ptr<PinStore> m_pinStore;
    PinLock m_pin;
    std::unique_ptr<IdleMonitor> m_idle = std::make_unique<IdleMonitor>();
    Mode m_mode = Mode::Accompanied;
    Mode m_modeBeforeMediator = Mode::Accompanied;
    bool m_atHome = true;
    bool m_sessionRunning = false;
};

} // namespace pasapas
