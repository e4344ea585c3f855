// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modes.h"

#include <QString>
#include <QStringList>

namespace pasapas
{

/// What the command line asked for. Parsed without any GUI so that
/// `--check-guides` and the tests can use it.
struct CommandLine
{
    bool selfTest = false; ///< load the real QML, fail on any warning, quit
    bool checkGuides = false; ///< validate guides and print diagnostics
    QStringList guideDirs; ///< extra guide folders (--guides DIR, repeatable)
    QStringList checkDirs; ///< folders given to --check-guides
    QString startGuide; ///< --start GUIDE_ID
    QString language; ///< --lang fr|en|ar…; empty: the saved language (French at first start)
    QString screenshot; ///< --screenshot FILE: save the first frames and quit
    Mode mode = Mode::Accompanied;
    bool onScreenKeyboard = false; ///< --keyboard: Qt Virtual Keyboard in the window (a tablet with no keyboard)
    bool resetPin = false; ///< --reset-pin: forget the mediator PIN, unlock the kiosk, quit
    QString packGuides; ///< --pack-guides DIR: make a signed pack of a guide folder, quit
    QString packKey; ///< --key FILE: the unencrypted minisign secret key that signs it
    QString packOut; ///< --out FILE: the pack (FILE.minisig beside it)
    qint64 packVersion = 0; ///< --pack-version N; 0: from the date (yyyyMMddHHmm)
    QString makeKey; ///< --make-key NAME: write NAME.pub and NAME.key, quit

    QString error; ///< a message for the person at the terminal; empty when valid
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;

    [[nodiscard]] bool isValid() const
    {
        return error.isEmpty();
    }
};

/// Parses arguments (argv[0] included). Never exits the process.
[[nodiscard]] CommandLine parseCommandLine(const QStringList &arguments);

} // namespace pasapas
