// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskcontroller.h"
#include "preferences.h"

#include <QDateTime>

namespace pasapas
{

namespace
{
constexpr std::chrono::seconds kCountdown{60};

/// The PIN's record in the preferences file, written to disk at once.
class PreferencesPinStore : public PinStore
{
public:
    explicit PreferencesPinStore(Preferences *preferences)
        : m_preferences(preferences)
    {
    }
    [[nodiscard]] QString record() const override
    {
        return m_preferences->pinRecord();
    }
    [[nodiscard]] int failures() const override
    {
        return m_preferences->pinFailures();
    }
    [[nodiscard]] QDateTime lockedUntil() const override
    {
        return QDateTime::fromString(m_preferences->pinLockedUntil(), Qt::ISODateWithMs);
    }
    void store(const QString &record, int failures, const QDateTime &lockedUntil) override
    {
        m_preferences->setPinRecord(record);
        m_preferences->setPinFailures(failures);
        m_preferences->setPinLockedUntil(lockedUntil.isValid() ? lockedUntil.toUTC().toString(Qt::ISODateWithMs) : QString());
        m_preferences->save();
    }

private:
    Preferences *m_preferences;
};
} // namespace

KioskController::KioskController(Preferences *preferences, Mode mode, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_pinStore(std::make_unique<PreferencesPinStore>(preferences))
    , m_pin(m_pinStore.get())
    , m_mode(mode)
{
    // A locked tablet stays locked after a restart (a crash, a reboot); a PIN must exist to leave it.
    if (m_preferences->locked() && m_pin.hasPin()) {
        m_mode = Mode::SelfService;
    }
    // No kiosk without a way out, and no mediator space without its PIN,
    // whatever the command line asks.
    if ((m_mode == Mode::SelfService && !m_pin.hasPin()) || m_mode == Mode::Mediator) {
        m_mode = Mode::Accompanied;
    }
    m_idle->setTimeouts(std::chrono::minutes(idleMinutes()), kCountdown);
    connect(m_idle.get(), &IdleMonitor::expired, this, [this] {
        if (m_mode == Mode::SelfService) {
            Q_EMIT idleExpired();
            Q_EMIT handOver();
        }
    });
    updateIdle();
}

KioskController::~KioskController() = default;

bool KioskController::forgetPin(Preferences &preferences)
{
    PreferencesPinStore store(&preferences);
    PinLock(&store).forget();
    preferences.setLocked(false);
    return preferences.save();
}

int KioskController::idleMinutes() const
{
    return m_preferences->idleMinutes();
}

void KioskController::setIdleMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 30);
    if (idleMinutes() == minutes || m_mode != Mode::Mediator) {
        return;
    }
    m_preferences->setIdleMinutes(minutes);
    m_preferences->save();
    m_idle->setTimeouts(std::chrono::minutes(minutes), kCountdown);
    Q_EMIT idleMinutesChanged();
}

void KioskController::setAtHome(bool atHome)
{
    if (m_atHome == atHome) {
        return;
    }
    m_atHome = atHome;
    updateIdle();
    Q_EMIT atHomeChanged();
}

void KioskController::setSessionRunning(bool running)
{
    m_sessionRunning = running;
    updateIdle();
}

void KioskController::updateIdle()
{
    // Only a kiosk resets itself, and only when something is left to wipe.
    m_idle->setEnabled(m_mode == Mode::SelfService && (m_sessionRunning || !m_atHome));
}

QString KioskController::globalHostsText() const
{
    return m_preferences->globalHosts();
}

QList<HostPattern> KioskController::globalHosts() const
{
    return parseHostList(globalHostsText());
}

QString KioskController::setGlobalHosts(const QString &text)
{
    if (m_mode != Mode::Mediator) {
        return tr("Seul l'espace médiateur peut changer les sites autorisés.");
    }
    QStringList errors;
    (void)parseHostList(text, &errors);
    if (!errors.isEmpty()) {
        return errors.join(u'\n');
    }
    if (globalHostsText() != text) {
        m_preferences->setGlobalHosts(text);
        m_preferences->save();
        Q_EMIT globalHostsChanged();
    }
    return {};
}

bool KioskController::hasPin() const
{
    return m_pin.hasPin();
}

int KioskController::pinSecondsLocked() const
{
    return int(m_pin.secondsLocked(QDateTime::currentDateTimeUtc()));
}

bool KioskController::modeNeedsPin(Mode mode) const
{
    if (mode == m_mode) {
        return false;
    }
    return m_mode == Mode::SelfService || mode == Mode::Mediator || (mode == Mode::SelfService && !m_pin.hasPin());
}

bool KioskController::enterMode(Mode mode)
{
    if (modeNeedsPin(mode)) {
        return false;
    }
    setMode(mode);
    return true;
}

QString KioskController::enterModeWithPin(Mode mode, const QString &pin)
{
    if (!modeNeedsPin(mode)) {
        setMode(mode);
        return {};
    }
    const QString problem = checkPin(pin);
    if (problem.isEmpty()) {
        // A mediator who unlocked a kiosk leaves it locked again on the way out.
        m_modeBeforeMediator = mode == Mode::Mediator && m_mode == Mode::SelfService ? Mode::SelfService : Mode::Accompanied;
        setMode(mode);
    }
    return problem;
}

QString KioskController::checkPin(const QString &pin)
{
    switch (m_pin.verify(pin, QDateTime::currentDateTimeUtc())) {
    case PinLock::Result::Accepted:
        return {};
    case PinLock::Result::NoPin:
        return tr("Choisissez d'abord un code médiateur.");
    case PinLock::Result::LockedOut:
        return tr("Trop d'essais. Réessayez dans %n seconde(s).", nullptr, pinSecondsLocked());
    case PinLock::Result::Wrong:
        break;
    }
    if (pinSecondsLocked() > 0) {
        return tr("Code faux. Trop d'essais : réessayez dans %n seconde(s).", nullptr, pinSecondsLocked());
    }
    return tr("Code faux. Essais restants avant blocage : %n", nullptr, std::max(1, 5 - m_pin.failures() % 5));
}

void KioskController::closeMediatorSpace()
{
    if (m_mode == Mode::Mediator) {
        setMode(m_modeBeforeMediator);
    }
}

void KioskController::nextPerson()
{
    if (m_mode == Mode::SelfService) {
        Q_EMIT handOver();
    }
}

QString KioskController::choosePin(const QString &pin, const QString &confirmation)
{
    // Changing a PIN is for the mediator; the first one can be chosen by whoever sets the tablet up.
    if ((m_pin.hasPin() && m_mode != Mode::Mediator) || m_mode == Mode::SelfService) {
        return tr("Seul l'espace médiateur peut changer le code.");
    }
    switch (checkNewPin(pin)) {
    case PinProblem::None:
        break;
    case PinProblem::TooShort:
    case PinProblem::TooLong:
    case PinProblem::NotDigits:
        return tr("Le code a de 4 à 8 chiffres.");
    case PinProblem::TooSimple:
        return tr("Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.");
    }
    if (pin != confirmation) {
        return tr("Les deux codes ne sont pas les mêmes. Recommencez.");
    }
    if (m_pin.setPin(pin) != PinProblem::None) {
        return tr("Le code n'a pas pu être enregistré.");
    }
    Q_EMIT pinChanged();
    return {};
}

void KioskController::setMode(Mode mode)
{
    if (m_mode == mode) {
        return;
    }
    // Leaving the kiosk: the kiosk person's text size, contrast and reading
    // choices were never the mediator's; the saved ones come back first.
    if (m_mode == Mode::SelfService) {
        Q_EMIT handOver();
    }
    m_mode = mode;
    m_preferences->setLocked(m_mode == Mode::SelfService);
    m_preferences->save();
    updateIdle();
    Q_EMIT modeChanged();
}

} // namespace pasapas
