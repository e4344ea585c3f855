// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskcontroller.h"
#include "preferences.h"
#include "application.h"
#include "commandline.h"
#include "firstframe.h"
#include "guidecheck.h"
#include "packcommands.h"
#include "packstore.h"
#include "pasapas_version.h"
#include "webengine.h"

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const pasapas::CommandLine commandLine = pasapas::parseCommandLine(arguments);
    if (!commandLine.isValid()) {
        std::fprintf(stderr, "pasapas: %s\n\n%s", qPrintable(commandLine.error), qPrintable(commandLine.helpText));
        return 2;
    }
    if (commandLine.helpRequested) {
        std::printf("%s", qPrintable(commandLine.helpText));
        return 0;
    }
    if (commandLine.versionRequested) {
        std::printf("pasapas %s\n", PASAPAS_VERSION_STRING);
        return 0;
    }
    if (commandLine.checkGuides) {
        QCoreApplication app(argc, argv);
        QStringList dirs = commandLine.checkDirs;
        if (dirs.isEmpty()) {
            dirs = QStringList{pasapas::bundledGuidesDir()} + commandLine.guideDirs;
        }
        const pasapas::GuideCheckReport report = pasapas::checkGuideFolders(dirs);
        std::fputs(report.text.toUtf8().constData(), stdout);
        return report.ok() ? 0 : 1;
    }
    if (!commandLine.makeKey.isEmpty() || !commandLine.packGuides.isEmpty()) {
        QCoreApplication app(argc, argv);
        const pasapas::CommandOutput output = commandLine.makeKey.isEmpty() ? pasapas::runPackGuides(commandLine) : pasapas::runMakeKey(commandLine.makeKey);
        std::fputs(output.out.toUtf8().constData(), stdout);
        std::fputs(output.err.toUtf8().constData(), stderr);
        return output.exitCode;
    }
    if (commandLine.resetPin) {
        // From a terminal, with no display needed: whoever can type here
        // already holds the tablet.
        QCoreApplication app(argc, argv);
        pasapas::setupSettingsIdentity();
        pasapas::Preferences preferences;
        const QString file = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' + preferences.config()->name();
        if (!pasapas::KioskController::forgetPin(preferences)) {
            std::fprintf(stderr, "pasapas: the settings file %s could not be written.\n", qPrintable(file));
            return 1;
        }
        std::printf("pasapas: the mediator PIN is forgotten and the kiosk unlocked (%s).\n"
                    "The next start asks the mediator to choose a new PIN.\n",
                    qPrintable(file));
        return 0;
    }
    const bool probing = commandLine.selfTest || !commandLine.screenshot.isEmpty();
    if (commandLine.selfTest) {
        pasapas::FirstFrameProbe::recordMessages();
        // A check, not a session: with no display (a terminal, a build
        // machine) draw the first frame off screen rather than abort.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }

    if (commandLine.onScreenKeyboard) {
        // Before the application exists: Qt picks its input method then.
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        // The keyboard is in the window (KeyboardPanel.qml), not a window of its own.
        qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    }
    // The guides load while the application object and its window system are made.
    pasapas::setupSettingsIdentity();
    std::future<pasapas::GuideLibrary> guides = pasapas::Application::startLoadingGuides(commandLine, pasapas::PackStore(pasapas::PackStore::defaultRoot()).guidesDir());
    pasapas::initializeWebEngine();
    QGuiApplication app(argc, argv);
    pasapas::setupApplicationIdentity();

    pasapas::Application application(commandLine, std::move(guides));
    if (!application.load()) {
        std::fprintf(stderr, "pasapas: the interface could not be loaded.\n");
        for (const QString &warning : application.qmlWarnings()) {
            std::fprintf(stderr, "%s\n", qPrintable(warning));
        }
        return 1;
    }
    if (probing) {
        auto *probe = new pasapas::FirstFrameProbe(&application, commandLine.screenshot, commandLine.selfTest, &application);
        probe->start();
    }
    return app.exec();
}
