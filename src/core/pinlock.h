// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pasapas
{

/// PBKDF2 iterations for a new PIN record: 120 to 200 ms per hash on the
/// 2-core build machine (about 3 µs per iteration with Qt 6.8.2). Records
/// keep their own count, so raising this only affects PINs set afterwards.
constexpr int kPinIterations = 60000;

/// Why a new mediator PIN is refused.
enum class PinProblem {
    None,
    TooShort, ///< fewer than 4 digits
    TooLong, ///< more than 8 digits
    NotDigits, ///< something else than the ASCII digits 0 to 9
    TooSimple, ///< one digit repeated (0000) or a straight run (1234, 98765)
};

/// Checks a PIN chosen by a mediator: 4 to 8 ASCII digits, not too simple.
[[nodiscard]] PinProblem checkNewPin(const QString &pin);

/// A salted slow hash of the PIN, the only form in which it is stored:
/// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>" (PBKDF2-HMAC-SHA256,
/// 32-byte key). A random 16-byte salt is drawn when salt is empty.
/// Empty when iterations is not positive.
[[nodiscard]] QString hashPin(const QString &pin, int iterations = kPinIterations, const QByteArray &salt = {});

/// Whether the PIN matches a record made by hashPin(), with the record's own
/// iteration count. False on any malformed record.
[[nodiscard]] bool verifyPin(const QString &pin, const QString &record);

/// PBKDF2-HMAC-SHA256, the derivation behind hashPin() and verifyPin()
/// (exposed for the test vectors).
[[nodiscard]] QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength);

/// Where the PIN's record, its wrong tries and its lock are kept (the app's
/// preferences file), so that a restart resets nothing.
class PinStore
{
public:
    virtual ~PinStore() = default;
    [[nodiscard]] virtual QString record() const = 0;
    [[nodiscard]] virtual int failures() const = 0;
    /// Invalid when no lock is set.
    [[nodiscard]] virtual QDateTime lockedUntil() const = 0;
    /// Writes all three at once, to disk before returning: switching the
    /// tablet off must not clear a count of wrong tries.
    virtual void store(const QString &record, int failures, const QDateTime &lockedUntil) = 0;
};

/// The mediator PIN with its lock-out after repeated wrong tries. The PIN
/// itself is never stored nor logged: only hashPin()'s record is.
class PinLock
{
public:
    enum class Result {
        Accepted,
        Wrong, ///< checked and wrong; the 5th wrong try and later ones also start a lock
        LockedOut, ///< not checked: a lock is running
        NoPin, ///< no PIN has been set
    };

    /// Tries before the first lock, first lock and longest lock.
    static constexpr int freeTries = 5;
    static constexpr qint64 firstLockSeconds = 30;
    static constexpr qint64 maxLockSeconds = 3600;

    /// store is not owned and must outlive the lock. iterations applies to
    /// PINs set from now on (tests use a small count).
    explicit PinLock(PinStore *store, int iterations = kPinIterations);

    [[nodiscard]] bool hasPin() const;
    /// Stores the new PIN's hash when checkNewPin() finds no problem, and
    /// clears failures and lock.
    PinProblem setPin(const QString &pin);

    /// While locked (now before lockedUntil()) the PIN is neither checked nor
    /// counted. Wrong tries 1 to 4 lock nothing, the 5th locks for 30 s and
    /// each further one doubles the lock, up to an hour. A right PIN clears
    /// failures and lock.
    Result verify(const QString &pin, const QDateTime &now);

    /// Forgets the PIN, its failures and its lock (a PIN nobody remembers,
    /// reset from the terminal). The next start asks for a new one.
    void forget();

    /// Wrong tries since the last right one.
    [[nodiscard]] int failures() const;
    /// Invalid when no lock was ever set or the last right PIN cleared it.
    [[nodiscard]] QDateTime lockedUntil() const;
    /// Seconds of lock left at now, rounded up; 0 when not locked.
    [[nodiscard]] qint64 secondsLocked(const QDateTime &now) const;

private:
    PinStore *m_store = nullptr;
    int m_iterations = kPinIterations;
};

} // namespace pasapas
