// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinlock.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

using Result = PinLock::Result;

namespace
{

/// Small enough for fast tests; kPinIterations is for real PINs.
constexpr int testIterations = 1000;

const QDateTime t0(QDate(2025, 3, 14), QTime(9, 0), QTimeZone::UTC);

QDateTime at(qint64 seconds)
{
    return t0.addSecs(seconds);
}

QString resultName(Result result)
{
    switch (result) {
    case Result::Accepted:
        return u"Accepted"_s;
    case Result::Wrong:
        return u"Wrong"_s;
    case Result::LockedOut:
        return u"LockedOut"_s;
    case Result::NoPin:
        return u"NoPin"_s;
    }
    return {};
}

/// "Result failures lockSeconds" after one try at the given time: one comparable string.
QString tryPin(PinLock &lock, const QString &pin, const QDateTime &now)
{
    const Result result = lock.verify(pin, now);
    return u"%1 %2 %3"_s.arg(resultName(result)).arg(lock.failures()).arg(lock.secondsLocked(now));
}

QByteArray fromHex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced).replace(' ', QByteArray()));
}

} // namespace

/// The lock's record in a settings file, as a store the lock writes through.
class SettingsStore : public PinStore
{
public:
    explicit SettingsStore(QSettings *settings)
        : m_settings(settings)
    {
    }
    [[nodiscard]] QString record() const override
    {
        return m_settings->value(u"pin/record"_s).toString();
    }
    [[nodiscard]] int failures() const override
    {
        return m_settings->value(u"pin/failures"_s, 0).toInt();
    }
    [[nodiscard]] QDateTime lockedUntil() const override
    {
        return QDateTime::fromString(m_settings->value(u"pin/lockedUntil"_s).toString(), Qt::ISODateWithMs);
    }
    void store(const QString &record, int failures, const QDateTime &lockedUntil) override
    {
        const auto put = [this](const QString &key, const QVariant &value, bool keep) {
            if (keep) {
                m_settings->setValue(key, value);
            } else {
                m_settings->remove(key);
            }
        };
        put(u"pin/record"_s, record, !record.isEmpty());
        put(u"pin/failures"_s, failures, failures != 0);
        put(u"pin/lockedUntil"_s, lockedUntil.toUTC().toString(Qt::ISODateWithMs), lockedUntil.isValid());
        m_settings->sync();
    }

private:
    QSettings *m_settings;
};

class PinLockTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    [[nodiscard]] QString settingsPath() const
    {
        return m_dir.filePath(u"pasapas.ini"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(settingsPath());
    }

    // --- Choosing a PIN

    void checkNewPin_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<PinProblem>("problem");

        QTest::newRow("empty") << QString() << PinProblem::TooShort;
        QTest::newRow("three") << u"284"_s << PinProblem::TooShort;
        QTest::newRow("four") << u"2847"_s << PinProblem::None;
        QTest::newRow("eight") << u"28471593"_s << PinProblem::None;
        QTest::newRow("nine") << u"284715930"_s << PinProblem::TooLong;
        QTest::newRow("letter") << u"28a7"_s << PinProblem::NotDigits;
        QTest::newRow("space") << u"2847 "_s << PinProblem::NotDigits;
        QTest::newRow("sign") << u"-2847"_s << PinProblem::NotDigits;
        QTest::newRow("arabic-indic digits") << u"\u0662\u0668\u0664\u0667"_s << PinProblem::NotDigits;
        QTest::newRow("fullwidth digits") << u"\uFF12\uFF18\uFF14\uFF17"_s << PinProblem::NotDigits;
        QTest::newRow("0000") << u"0000"_s << PinProblem::TooSimple;
        QTest::newRow("77777") << u"77777"_s << PinProblem::TooSimple;
        QTest::newRow("1234") << u"1234"_s << PinProblem::TooSimple;
        QTest::newRow("0123") << u"0123"_s << PinProblem::TooSimple;
        QTest::newRow("23456789") << u"23456789"_s << PinProblem::TooSimple;
        QTest::newRow("98765") << u"98765"_s << PinProblem::TooSimple;
        QTest::newRow("3210") << u"3210"_s << PinProblem::TooSimple;
        QTest::newRow("wrapping 7890") << u"7890"_s << PinProblem::None;
        QTest::newRow("run by twos 2468") << u"2468"_s << PinProblem::None;
        QTest::newRow("almost same 0001") << u"0001"_s << PinProblem::None;
        QTest::newRow("almost run 1235") << u"1235"_s << PinProblem::None;
        QTest::newRow("up then down 1232") << u"1232"_s << PinProblem::None;
    }

    void checkNewPin()
    {
        QFETCH(QString, pin);
        QFETCH(PinProblem, problem);
        QCOMPARE(pasapas::checkNewPin(pin), problem);
    }

    // --- Hashing

    void derivationMatchesTestVector()
    {
        // RFC 7914, section 11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1, dkLen=64).
        const QByteArray expected = fromHex("55 ac 04 6e 56 e3 08 9f ec 16 91 c2 25 44 b6 05 f9 41 85 21 6d de 04 65 e6 8b 9d 57 c2 0d ac bc"
                                            "49 ca 9c cc f1 79 b6 45 99 16 64 b3 9d 77 ef 31 7c 71 b8 45 b1 e3 0b d5 09 11 20 41 d3 a1 97 83");
        QCOMPARE(expected.size(), 64);
        QCOMPARE(pbkdf2Sha256(QByteArrayLiteral("passwd"), QByteArrayLiteral("salt"), 1, 64).toHex(), expected.toHex());

        // hashPin goes through the same derivation: its key is the first 32 bytes.
        const QString record = hashPin(u"passwd"_s, 1, QByteArrayLiteral("salt"));
        QCOMPARE(record, u"pbkdf2-sha256$1$c2FsdA==$"_s + QString::fromLatin1(expected.first(32).toBase64()));
        QVERIFY(verifyPin(u"passwd"_s, record));
    }

    void recordFormat()
    {
        const QString record = hashPin(u"2847"_s, testIterations);
        const QStringList parts = record.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), u"pbkdf2-sha256"_s);
        QCOMPARE(parts.at(1), u"1000"_s);
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
        QVERIFY(!record.contains(u"2847"_s));

        QVERIFY(hashPin(u"2847"_s, 0).isEmpty());
        QVERIFY(hashPin(u"2847"_s, -5).isEmpty());
        QCOMPARE(QString::number(kPinIterations), hashPin(u"2847"_s, kPinIterations, QByteArrayLiteral("fixed salt")).split(u'$').at(1));
    }

    void samePinTwiceGivesDifferentSalts()
    {
        const QString first = hashPin(u"2847"_s, testIterations);
        const QString second = hashPin(u"2847"_s, testIterations);
        QVERIFY(first.split(u'$').at(2) != second.split(u'$').at(2));
        QVERIFY(first.split(u'$').at(3) != second.split(u'$').at(3));
        QVERIFY(verifyPin(u"2847"_s, first));
        QVERIFY(verifyPin(u"2847"_s, second));
    }

    void verifyRightAndWrong()
    {
        const QString record = hashPin(u"2847"_s, testIterations);
        QVERIFY(verifyPin(u"2847"_s, record));
        QVERIFY(!verifyPin(u"2848"_s, record));
        QVERIFY(!verifyPin(u"28470"_s, record));
        QVERIFY(!verifyPin(QString(), record));

        // The iteration count comes from the record.
        const QString stronger = hashPin(u"2847"_s, testIterations * 3);
        QVERIFY(verifyPin(u"2847"_s, stronger));
        QString tampered = stronger;
        tampered.replace(u"$3000$"_s, u"$1000$"_s);
        QVERIFY(tampered != stronger);
        QVERIFY(!verifyPin(u"2847"_s, tampered));
    }

    void badRecords_data()
    {
        const QString good = hashPin(u"2847"_s, testIterations, QByteArrayLiteral("0123456789abcdef"));
        const QStringList parts = good.split(u'$');
        const auto join = [](const QString &scheme, const QString &iterations, const QString &salt, const QString &key) {
            return QStringList({scheme, iterations, salt, key}).join(u'$');
        };
        const QString &salt = parts.at(2);
        const QString &key = parts.at(3);
        const QByteArray keyBytes = QByteArray::fromBase64(key.toLatin1());
        const auto withByteFlipped = [&keyBytes](qsizetype index) {
            QByteArray changed = keyBytes;
            changed[index] = char(changed.at(index) ^ 0x01);
            return QString::fromLatin1(changed.toBase64());
        };

        QTest::addColumn<QString>("record");
        QTest::newRow("empty") << QString();
        QTest::newRow("clear pin") << u"2847"_s;
        QTest::newRow("wrong prefix") << join(u"pbkdf2-sha1"_s, u"1000"_s, salt, key);
        QTest::newRow("upper-case prefix") << join(u"PBKDF2-SHA256"_s, u"1000"_s, salt, key);
        QTest::newRow("zero iterations") << join(parts.at(0), u"0"_s, salt, key);
        QTest::newRow("negative iterations") << join(parts.at(0), u"-1000"_s, salt, key);
        QTest::newRow("plus sign") << join(parts.at(0), u"+1000"_s, salt, key);
        QTest::newRow("spaced iterations") << join(parts.at(0), u" 1000"_s, salt, key);
        QTest::newRow("huge iterations") << join(parts.at(0), u"99999999999"_s, salt, key);
        QTest::newRow("no iterations") << join(parts.at(0), QString(), salt, key);
        QTest::newRow("empty salt") << join(parts.at(0), u"1000"_s, QString(), key);
        QTest::newRow("bad base64 salt") << join(parts.at(0), u"1000"_s, u"!!not*base64"_s, key);
        QTest::newRow("bad base64 key") << join(parts.at(0), u"1000"_s, salt, key.left(10) + u'*' + key.mid(11));
        QTest::newRow("non-latin key") << join(parts.at(0), u"1000"_s, salt, key.left(10) + u'\u00e9' + key.mid(11));
        QTest::newRow("first key byte changed") << join(parts.at(0), u"1000"_s, salt, withByteFlipped(0));
        QTest::newRow("last key byte changed") << join(parts.at(0), u"1000"_s, salt, withByteFlipped(31));
        QTest::newRow("other salt") << join(parts.at(0), u"1000"_s, QString::fromLatin1(QByteArrayLiteral("0123456789abcdeF").toBase64()), key);
        QTest::newRow("truncated key") << join(parts.at(0), u"1000"_s, salt, QString::fromLatin1(keyBytes.first(31).toBase64()));
        QTest::newRow("longer key") << join(parts.at(0), u"1000"_s, salt, QString::fromLatin1(QByteArray(keyBytes + '\0').toBase64()));
        QTest::newRow("missing part") << QStringList({parts.at(0), u"1000"_s, key}).join(u'$');
        QTest::newRow("extra part") << good + u"$"_s;
    }

    void badRecords()
    {
        QFETCH(QString, record);
        QVERIFY(!verifyPin(u"2847"_s, record));
        // The untouched record does verify, so each row fails for its own defect only.
        QVERIFY(verifyPin(u"2847"_s, hashPin(u"2847"_s, testIterations, QByteArrayLiteral("0123456789abcdef"))));
    }

    // --- The lock

    void setPinStoresOnlyTheHash()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            SettingsStore store(&settings);
            PinLock lock(&store, testIterations);
            QVERIFY(!lock.hasPin());
            QCOMPARE(lock.verify(u"2847"_s, t0), Result::NoPin);
            QCOMPARE(lock.setPin(u"1234"_s), PinProblem::TooSimple);
            QCOMPARE(lock.setPin(u"12"_s), PinProblem::TooShort);
            QVERIFY(!lock.hasPin());
            QCOMPARE(lock.setPin(u"582947"_s), PinProblem::None);
            QVERIFY(lock.hasPin());
            QVERIFY(settings.value(u"pin/record"_s).toString().startsWith(u"pbkdf2-sha256$1000$"_s));
        }
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("pbkdf2-sha256"));
        QVERIFY2(!bytes.contains("582947"), bytes.constData());
    }

    void clockSetBackDoesNotLockForever()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SettingsStore store(&settings);
        PinLock lock(&store, testIterations);
        QCOMPARE(lock.setPin(u"582947"_s), PinProblem::None);
        for (int i = 0; i < 5; ++i) {
            (void)lock.verify(u"000001"_s, at(0));
        }
        QCOMPARE(lock.secondsLocked(at(0)), qint64(30));
        // The clock jumps back a day: the lock does not last a day.
        QCOMPARE(lock.secondsLocked(at(-86400)), qint64(0));
        QCOMPARE(lock.verify(u"582947"_s, at(-86400)), Result::Accepted);
    }

    void lockOutSequence()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SettingsStore store(&settings);
        PinLock lock(&store, testIterations);
        QCOMPARE(lock.setPin(u"582947"_s), PinProblem::None);
        const QString wrong = u"000001"_s;

        // Four wrong tries lock nothing.
        QCOMPARE(tryPin(lock, wrong, at(0)), u"Wrong 1 0"_s);
        QCOMPARE(tryPin(lock, wrong, at(1)), u"Wrong 2 0"_s);
        QCOMPARE(tryPin(lock, wrong, at(2)), u"Wrong 3 0"_s);
        QCOMPARE(tryPin(lock, wrong, at(3)), u"Wrong 4 0"_s);
        QVERIFY(!lock.lockedUntil().isValid());

        // The fifth locks for 30 s.
        QCOMPARE(tryPin(lock, wrong, at(10)), u"Wrong 5 30"_s);
        QCOMPARE(lock.lockedUntil(), at(40));
        QCOMPARE(lock.secondsLocked(at(11)), 29);
        QCOMPARE(lock.secondsLocked(at(39).addMSecs(1)), 1); // rounded up
        QCOMPARE(lock.secondsLocked(at(40)), 0);

        // While locked, even the right PIN is neither checked nor counted.
        QCOMPARE(tryPin(lock, u"582947"_s, at(20)), u"LockedOut 5 20"_s);
        QCOMPARE(tryPin(lock, wrong, at(39)), u"LockedOut 5 1"_s);
        QCOMPARE(lock.lockedUntil(), at(40));

        // Each further wrong try doubles the lock.
        QCOMPARE(tryPin(lock, wrong, at(40)), u"Wrong 6 60"_s);
        QCOMPARE(tryPin(lock, wrong, at(100)), u"Wrong 7 120"_s);
        QCOMPARE(tryPin(lock, wrong, at(220)), u"Wrong 8 240"_s);
        QCOMPARE(tryPin(lock, wrong, at(460)), u"Wrong 9 480"_s);
        QCOMPARE(tryPin(lock, wrong, at(940)), u"Wrong 10 960"_s);
        QCOMPARE(tryPin(lock, wrong, at(1900)), u"Wrong 11 1920"_s);
        // ... up to an hour.
        QCOMPARE(tryPin(lock, wrong, at(3820)), u"Wrong 12 3600"_s);
        QCOMPARE(tryPin(lock, wrong, at(7420)), u"Wrong 13 3600"_s);
        for (int i = 0; i < 40; ++i) {
            QCOMPARE(lock.verify(wrong, at(11100 + i * 3600)), Result::Wrong);
        }
        QCOMPARE(lock.failures(), 53);
        QCOMPARE(lock.secondsLocked(at(11100 + 39 * 3600)), 3600);

        // The right PIN after the lock: accepted, everything cleared.
        const QDateTime later = at(11100 + 40 * 3600);
        QCOMPARE(tryPin(lock, u"582947"_s, later), u"Accepted 0 0"_s);
        QVERIFY(!lock.lockedUntil().isValid());
        QCOMPARE(tryPin(lock, wrong, later), u"Wrong 1 0"_s);
    }

    void rightPinClearsFailuresBeforeALock()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SettingsStore store(&settings);
        PinLock lock(&store, testIterations);
        QCOMPARE(lock.setPin(u"582947"_s), PinProblem::None);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(lock.verify(u"111111"_s, at(i)), Result::Wrong);
        }
        QCOMPARE(tryPin(lock, u"582947"_s, at(5)), u"Accepted 0 0"_s);
        // Counting starts again: four more wrong tries still lock nothing.
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(lock.verify(u"111111"_s, at(10 + i)), Result::Wrong);
        }
        QCOMPARE(lock.secondsLocked(at(14)), 0);
        QCOMPARE(tryPin(lock, u"111111"_s, at(20)), u"Wrong 5 30"_s);
    }

    void setPinClearsTheLock()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SettingsStore store(&settings);
        PinLock lock(&store, testIterations);
        QCOMPARE(lock.setPin(u"582947"_s), PinProblem::None);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(lock.verify(u"111111"_s, at(i)), Result::Wrong);
        }
        QCOMPARE(lock.secondsLocked(at(5)), 29);
        QCOMPARE(lock.setPin(u"0000"_s), PinProblem::TooSimple);
        QCOMPARE(lock.failures(), 5); // a refused PIN changes nothing
        QCOMPARE(lock.setPin(u"739164"_s), PinProblem::None);
        QCOMPARE(lock.failures(), 0);
        QCOMPARE(tryPin(lock, u"582947"_s, at(6)), u"Wrong 1 0"_s);
        QCOMPARE(tryPin(lock, u"739164"_s, at(7)), u"Accepted 0 0"_s);
    }

    void forgetClearsThePinAndTheLock()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SettingsStore store(&settings);
        PinLock lock(&store, testIterations);
        settings.setValue(u"kiosk/idleMinutes"_s, 5);
        QCOMPARE(lock.setPin(u"582947"_s), PinProblem::None);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(lock.verify(u"111111"_s, at(i)), Result::Wrong);
        }
        QVERIFY(lock.secondsLocked(at(6)) > 0);
        QCOMPARE(lock.verify(u"582947"_s, at(6)), Result::LockedOut);
        lock.forget();
        QVERIFY(!lock.hasPin());
        QCOMPARE(lock.failures(), 0);
        QVERIFY(!lock.lockedUntil().isValid());
        QCOMPARE(lock.verify(u"582947"_s, at(7)), Result::NoPin);
        QCOMPARE(settings.value(u"kiosk/idleMinutes"_s).toInt(), 5); // nothing else is touched
        // A new PIN is chosen as on the first day.
        QCOMPARE(lock.setPin(u"739164"_s), PinProblem::None);
        QCOMPARE(tryPin(lock, u"739164"_s, at(8)), u"Accepted 0 0"_s);
    }

    void lockSurvivesARestart()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            SettingsStore store(&settings);
            PinLock lock(&store, testIterations);
            QCOMPARE(lock.setPin(u"582947"_s), PinProblem::None);
            for (int i = 0; i < 5; ++i) {
                QCOMPARE(lock.verify(u"111111"_s, at(i)), Result::Wrong);
            }
            QCOMPARE(lock.lockedUntil(), at(34));
        }
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            SettingsStore store(&settings);
            const PinLock lock(&store, testIterations);
            QVERIFY(lock.hasPin());
            QCOMPARE(lock.failures(), 5);
            QCOMPARE(lock.lockedUntil(), at(34));
            QCOMPARE(lock.secondsLocked(at(10)), 24);
            QCOMPARE(settings.value(u"pin/lockedUntil"_s).toString(), u"2025-03-14T09:00:34.000Z"_s);
        }
        {
            // The same instant seen from another time zone is the same lock.
            QSettings settings(settingsPath(), QSettings::IniFormat);
            SettingsStore store(&settings);
            PinLock lock(&store, testIterations);
            const QDateTime parisTime = at(20).toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")));
            QCOMPARE(tryPin(lock, u"582947"_s, parisTime), u"LockedOut 5 14"_s);
            QCOMPARE(tryPin(lock, u"111111"_s, at(34).toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")))), u"Wrong 6 60"_s);
        }
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            SettingsStore store(&settings);
            PinLock lock(&store, testIterations);
            QCOMPARE(lock.failures(), 6);
            QCOMPARE(tryPin(lock, u"582947"_s, at(94)), u"Accepted 0 0"_s);
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QVERIFY(!settings.contains(u"pin/failures"_s));
        QVERIFY(!settings.contains(u"pin/lockedUntil"_s));
    }
};

QTEST_GUILESS_MAIN(PinLockTest)
#include "tst_pinlock.moc"
