// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

class CommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const CommandLine cl = parseCommandLine({u"pasapas"_s});
        QVERIFY(cl.isValid());
        QCOMPARE(cl.mode, Mode::Accompanied);
        QVERIFY(!cl.selfTest);
        QVERIFY(!cl.checkGuides);
        QVERIFY(cl.guideDirs.isEmpty());
        QVERIFY(cl.startGuide.isEmpty());
        QVERIFY(!cl.onScreenKeyboard);
    }

    void options()
    {
        const CommandLine cl = parseCommandLine({u"pasapas"_s,
            u"--guides"_s,
            u"/a"_s,
            u"--guides"_s,
            u"/b"_s,
            u"--start"_s,
            u"practice"_s,
            u"--lang"_s,
            u"ar"_s,
            u"--mode"_s,
            u"SELF-SERVICE"_s,
            u"--self-test"_s});
        QVERIFY2(cl.isValid(), qPrintable(cl.error));
        QCOMPARE(cl.guideDirs, QStringList({u"/a"_s, u"/b"_s}));
        QCOMPARE(cl.startGuide, u"practice"_s);
        QCOMPARE(cl.language, u"ar"_s);
        QCOMPARE(cl.mode, Mode::SelfService);
        QVERIFY(cl.selfTest);
        QVERIFY(!cl.resetPin);
        QVERIFY(parseCommandLine({u"pasapas"_s, u"--reset-pin"_s}).resetPin);
        QVERIFY(parseCommandLine({u"pasapas"_s, u"--keyboard"_s, u"--mode"_s, u"self-service"_s}).onScreenKeyboard);
    }

    void checkGuidesTakesFolders()
    {
        const CommandLine cl = parseCommandLine({u"pasapas"_s, u"--check-guides"_s, u"one"_s, u"two"_s});
        QVERIFY(cl.isValid());
        QVERIFY(cl.checkGuides);
        QCOMPARE(cl.checkDirs, QStringList({u"one"_s, u"two"_s}));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{u"pasapas"_s, u"--frobnicate"_s} << u"Unknown option 'frobnicate'."_s;
        QTest::newRow("unknown mode") << QStringList{u"pasapas"_s, u"--mode"_s, u"kiosk"_s}
                                      << u"Unknown mode \"kiosk\": use accompanied, mediator or self-service."_s;
        QTest::newRow("stray folder") << QStringList{u"pasapas"_s, u"guides"_s}
                                      << u"Unexpected argument \"guides\" (folders are only taken with --check-guides)."_s;
        QTest::newRow("missing value") << QStringList{u"pasapas"_s, u"--start"_s} << u"Missing value after '--start'."_s;
        QTest::newRow("blank start") << QStringList{u"pasapas"_s, u"--start"_s, u"  "_s} << u"--start needs a guide id."_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandLine cl = parseCommandLine(arguments);
        QVERIFY(!cl.isValid());
        QCOMPARE(cl.error, message);
    }

    void modeKeysRoundTrip()
    {
        for (const Mode mode : {Mode::Accompanied, Mode::Mediator, Mode::SelfService}) {
            QCOMPARE(modeFromKey(modeKey(mode)), std::optional<Mode>(mode));
        }
        QCOMPARE(modeFromKey(u"nope"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
