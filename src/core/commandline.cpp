// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pasapas
{

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Pas à pas: step-by-step guides for online administrative procedures."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption guidesOption(u"guides"_s, u"Add a folder of guides to the bundled ones (repeatable)."_s, u"DIR"_s);
    const QCommandLineOption checkOption(u"check-guides"_s, u"Validate guides (bundled ones, or the folders given) and print diagnostics."_s);
    const QCommandLineOption startOption(u"start"_s, u"Open the session of this guide at once."_s, u"GUIDE_ID"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Interface language (fr, en, ar…)."_s, u"CODE"_s);
    const QCommandLineOption modeOption(u"mode"_s, u"Start mode: accompanied, mediator or self-service."_s, u"MODE"_s);
    const QCommandLineOption selfTestOption(u"self-test"_s, u"Load the interface, fail on any QML warning or error, and quit."_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s, u"Save a screenshot of the first screen to FILE and quit."_s, u"FILE"_s);
    const QCommandLineOption resetPinOption(u"reset-pin"_s,
                                            u"Forget the mediator PIN (nobody remembers it) and unlock the kiosk, then quit. The next start asks for a new PIN."_s);
    const QCommandLineOption packOption(u"pack-guides"_s,
                                        u"Make a signed pack of the guides of DIR (with --key and --out): FILE and FILE.minisig, to serve to a fleet of tablets."_s,
                                        u"DIR"_s);
    const QCommandLineOption keyOption(u"key"_s,
                                       u"With --pack-guides: the minisign secret key that signs the pack. It must be unencrypted (minisign -G -W, or --make-key); "
                                       u"with an encrypted key, sign FILE yourself: minisign -S -s KEY -m FILE."_s,
                                       u"SECRET_KEY_FILE"_s);
    const QCommandLineOption outOption(u"out"_s, u"With --pack-guides: the pack file to write (e.g. guides.tar.zst)."_s, u"FILE"_s);
    const QCommandLineOption packVersionOption(u"pack-version"_s,
                                               u"With --pack-guides: the pack's version, a number above the last one (default: the date and time, yyyyMMddHHmm)."_s,
                                               u"N"_s);
    const QCommandLineOption makeKeyOption(u"make-key"_s,
                                           u"Create a key pair in the minisign format: NAME.pub (public, give it to the tablets) and NAME.key "
                                           u"(secret, UNENCRYPTED: keep it on a safe computer), then quit."_s,
                                           u"NAME"_s);
    const QCommandLineOption keyboardOption(u"keyboard"_s,
                                            u"Show an on-screen keyboard (Qt Virtual Keyboard) in the window when a text field is touched: "
                                            u"for a tablet with no keyboard, as in the kiosk session."_s);
    parser.addOptions({guidesOption,
                       checkOption,
                       startOption,
                       langOption,
                       modeOption,
                       selfTestOption,
                       screenshotOption,
                       resetPinOption,
                       packOption,
                       keyOption,
                       outOption,
                       packVersionOption,
                       makeKeyOption,
                       keyboardOption});
    parser.addPositionalArgument(u"dirs"_s, u"With --check-guides: folders to check instead of the bundled guides."_s, u"[DIR…]"_s);

    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.helpRequested = parser.isSet(helpOption);
    result.versionRequested = parser.isSet(versionOption);
    result.guideDirs = parser.values(guidesOption);
    result.checkGuides = parser.isSet(checkOption);
    result.startGuide = parser.value(startOption);
    result.language = parser.value(langOption);
    result.selfTest = parser.isSet(selfTestOption);
    result.screenshot = parser.value(screenshotOption);
    result.resetPin = parser.isSet(resetPinOption);
    result.packGuides = parser.value(packOption);
    result.packKey = parser.value(keyOption);
    result.packOut = parser.value(outOption);
    result.makeKey = parser.value(makeKeyOption);
    result.onScreenKeyboard = parser.isSet(keyboardOption);
    if (parser.isSet(packVersionOption)) {
        bool ok = false;
        result.packVersion = parser.value(packVersionOption).toLongLong(&ok);
        if (!ok || result.packVersion <= 0) {
            result.error = u"--pack-version needs a positive whole number."_s;
            return result;
        }
    }
    if (parser.isSet(packOption) && (result.packGuides.isEmpty() || result.packKey.isEmpty() || result.packOut.isEmpty())) {
        result.error = u"--pack-guides DIR needs --key SECRET_KEY_FILE and --out FILE."_s;
        return result;
    }

    if (parser.isSet(modeOption)) {
        const auto mode = modeFromKey(parser.value(modeOption));
        if (!mode) {
            result.error = u"Unknown mode \"%1\": use accompanied, mediator or self-service."_s.arg(parser.value(modeOption));
            return result;
        }
        result.mode = *mode;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && !result.checkGuides) {
        result.error = u"Unexpected argument \"%1\" (folders are only taken with --check-guides)."_s.arg(positional.first());
        return result;
    }
    result.checkDirs = positional;
    if (parser.isSet(startOption) && result.startGuide.trimmed().isEmpty()) {
        result.error = u"--start needs a guide id."_s;
    }
    return result;
}

} // namespace pasapas
