// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinlock.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
/// Above this a record is taken as damaged rather than spending minutes on it.
constexpr int kMaxIterations = 100'000'000;

const QString recordScheme = u"pbkdf2-sha256"_s;

bool isAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    });
}

QByteArray randomSalt()
{
    std::array<quint32, kSaltBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), kSaltBytes);
}

/// Strict base64 (no stray characters); nullopt on error or empty result.
std::optional<QByteArray> decodeBase64(QStringView text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray::FromBase64Result result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.isEmpty()) {
        return std::nullopt;
    }
    return result.decoded;
}

/// Compares in a time that depends on the length only, not on where the bytes differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return difference == 0;
}

} // namespace

PinProblem checkNewPin(const QString &pin)
{
    if (!isAsciiDigits(pin)) {
        return PinProblem::NotDigits;
    }
    if (pin.size() < 4) {
        return PinProblem::TooShort;
    }
    if (pin.size() > 8) {
        return PinProblem::TooLong;
    }
    const int step = pin.at(1).unicode() - pin.at(0).unicode();
    if (step >= -1 && step <= 1) {
        bool straight = true;
        for (qsizetype i = 2; i < pin.size() && straight; ++i) {
            straight = pin.at(i).unicode() - pin.at(i - 1).unicode() == step;
        }
        if (straight) {
            return PinProblem::TooSimple;
        }
    }
    return PinProblem::None;
}

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength)
{
    if (iterations < 1 || keyLength < 1) {
        return {};
    }
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt, iterations, quint64(keyLength));
}

QString hashPin(const QString &pin, int iterations, const QByteArray &salt)
{
    if (iterations < 1) {
        return {};
    }
    const QByteArray usedSalt = salt.isEmpty() ? randomSalt() : salt;
    const QByteArray key = pbkdf2Sha256(pin.toUtf8(), usedSalt, iterations, kKeyBytes);
    return recordScheme + u'$' + QString::number(iterations) + u'$' + QString::fromLatin1(usedSalt.toBase64()) + u'$' + QString::fromLatin1(key.toBase64());
}

bool verifyPin(const QString &pin, const QString &record)
{
    const QList<QStringView> parts = QStringView(record).split(u'$');
    if (parts.size() != 4 || parts.at(0) != recordScheme) {
        return false;
    }
    const QStringView iterationsText = parts.at(1);
    if (iterationsText.isEmpty() || iterationsText.size() > 9 || !isAsciiDigits(iterationsText)) {
        return false;
    }
    const int iterations = iterationsText.toInt();
    if (iterations < 1 || iterations > kMaxIterations) {
        return false;
    }
    const std::optional<QByteArray> salt = decodeBase64(parts.at(2));
    const std::optional<QByteArray> key = decodeBase64(parts.at(3));
    if (!salt || !key || key->size() != kKeyBytes) {
        return false;
    }
    return constantTimeEquals(pbkdf2Sha256(pin.toUtf8(), *salt, iterations, kKeyBytes), *key);
}

PinLock::PinLock(PinStore *store, int iterations)
    : m_store(store)
    , m_iterations(iterations)
{
    Q_ASSERT(m_store);
}

bool PinLock::hasPin() const
{
    return !m_store->record().isEmpty();
}

PinProblem PinLock::setPin(const QString &pin)
{
    const PinProblem problem = checkNewPin(pin);
    if (problem != PinProblem::None) {
        return problem;
    }
    m_store->store(hashPin(pin, m_iterations), 0, {});
    return PinProblem::None;
}

PinLock::Result PinLock::verify(const QString &pin, const QDateTime &now)
{
    if (!hasPin()) {
        return Result::NoPin;
    }
    if (secondsLocked(now) > 0) {
        return Result::LockedOut;
    }
    const QString record = m_store->record();
    if (verifyPin(pin, record)) {
        m_store->store(record, 0, {});
        return Result::Accepted;
    }
    const int count = failures() + 1;
    QDateTime until = lockedUntil();
    if (count >= freeTries) {
        qint64 seconds = firstLockSeconds;
        for (int i = freeTries; i < count && seconds < maxLockSeconds; ++i) {
            seconds *= 2;
        }
        seconds = std::min(seconds, maxLockSeconds);
        until = now.toUTC().addSecs(seconds);
    }
    m_store->store(record, count, until);
    return Result::Wrong;
}

int PinLock::failures() const
{
    return std::max(0, m_store->failures());
}

QDateTime PinLock::lockedUntil() const
{
    return m_store->lockedUntil();
}

qint64 PinLock::secondsLocked(const QDateTime &now) const
{
    const QDateTime until = lockedUntil();
    if (!until.isValid() || !now.isValid() || now >= until) {
        return 0;
    }
    // No lock is longer than the longest one: a lock further away means the
    // clock was set back (a tablet without a clock battery), not a longer lock.
    if (now.msecsTo(until) > maxLockSeconds * 1000) {
        return 0;
    }
    return (now.msecsTo(until) + 999) / 1000;
}

void PinLock::forget()
{
    m_store->store({}, 0, {});
}

} // namespace pasapas
