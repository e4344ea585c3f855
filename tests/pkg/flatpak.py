# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps flatpak/org.pasapas.pasapas.json in step with the build, since it
cannot be built here (no Flathub): the JSON parses; the runtime's Qt is the
one CMakeLists.txt requires; every Qt component and QML module the build
looks for comes from the runtime, the WebEngine base app or a module of the
manifest; the id is the desktop file's and the metainfo's; the command is
the installed program; every -D option exists in the build.

Usage: flatpak.py SOURCE_DIR
"""

import json
import os
import re
import sys

# What org.kde.Platform 6.8 (with its SDK) and io.qt.qtwebengine.BaseApp 6.8 ship.
RUNTIME_QT = {"Core", "Concurrent", "Gui", "Network", "Qml", "Quick", "QuickControls2", "Sql",
              "PrintSupport", "TextToSpeech", "WebChannel", "WebSockets", "LinguistTools", "Test",
              "QuickTest", "Svg", "Wayland", "Multimedia"}
BASE_APP_QT = {"WebEngineQuick", "Pdf"}
RUNTIME_QML = {"org.kde.kirigami", "QtWebEngine", "QtQuick.Pdf", "QtQuick.Dialogs", "QtMultimedia"}
RUNTIME_KF = {"Kirigami", "Config", "Archive"}
# A module of the manifest, by what it provides.
MODULE_PROVIDES = {"qthttpserver": {"HttpServer"}, "kirigami-addons": {"org.kde.kirigamiaddons.formcard"},
                   # the QQC2 style the app sets, and its impl module ButtonFrame draws with
                   "qqc2-breeze-style": {"org.kde.breeze", "org.kde.breeze.impl"}}

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def main():
    source = sys.argv[1]
    with open(os.path.join(source, "flatpak", "org.pasapas.pasapas.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    with open(os.path.join(source, "CMakeLists.txt"), encoding="utf-8") as f:
        cmake = f.read()

    qt_version = re.search(r"find_package\(Qt6 (\d+\.\d+) REQUIRED COMPONENTS([^)]*)\)", cmake)
    check(qt_version is not None, "CMakeLists.txt: no find_package(Qt6 X.Y REQUIRED COMPONENTS …)")
    if qt_version:
        check(manifest.get("runtime") == "org.kde.Platform", "the runtime is not org.kde.Platform")
        check(manifest.get("runtime-version") == qt_version.group(1),
              "runtime-version %s is not the Qt %s CMakeLists.txt requires" % (manifest.get("runtime-version"), qt_version.group(1)))
        check(manifest.get("base-version") == qt_version.group(1), "the WebEngine base app is not Qt %s" % qt_version.group(1))

    modules = [m.get("name") for m in manifest.get("modules", [])]
    from_modules = set().union(*(MODULE_PROVIDES.get(name, set()) for name in modules))
    check(modules and modules[-1] == "pasapas", "the last module is not pasapas")
    for name in modules[:-1]:
        check(name in MODULE_PROVIDES, "module %s provides nothing the build looks for" % name)

    components = set()
    for match in re.finditer(r"find_package\(Qt6 [\d.]+ REQUIRED COMPONENTS([^)]*)\)", cmake):
        components |= set(match.group(1).split())
    for component in sorted(components):
        check(component in RUNTIME_QT | BASE_APP_QT | from_modules, "Qt6 %s comes from nowhere in the manifest" % component)
    for kf in re.findall(r"find_package\(KF6(\w+) REQUIRED\)", cmake):
        check(kf in RUNTIME_KF | from_modules, "KF6%s comes from nowhere in the manifest" % kf)
    for qml in re.findall(r"ecm_find_qmlmodule\(([\w.]+) REQUIRED\)", cmake):
        check(qml in RUNTIME_QML | from_modules, "the QML module %s comes from nowhere in the manifest" % qml)

    check(manifest.get("id") == "org.pasapas.pasapas", "the id is not org.pasapas.pasapas")
    check(os.path.exists(os.path.join(source, "data", manifest.get("id", "") + ".desktop")), "no desktop file named after the id")
    with open(os.path.join(source, "data", "org.pasapas.pasapas.metainfo.xml"), encoding="utf-8") as f:
        check("<id>%s</id>" % manifest.get("id") in f.read(), "the metainfo's id is not the manifest's")
    check(manifest.get("command") == "pasapas", "the command is not pasapas")

    options = set(re.findall(r"option\((\w+)", cmake)) | {"CMAKE_BUILD_TYPE"}
    app = manifest["modules"][-1]
    for opt in app.get("config-opts", []):
        name = re.match(r"-D(\w+)", opt)
        check(name is not None and name.group(1) in options, "unknown option %s for pasapas" % opt)
    check(any(s.get("type") == "dir" and s.get("path") == ".." for s in app.get("sources", [])),
          "pasapas is not built from this tree")

    for problem in problems:
        print("FAIL: " + problem)
    if problems:
        sys.exit(1)
    print("flatpak manifest: %d modules, Qt %s, %d Qt components checked" % (len(modules), manifest["runtime-version"], len(components)))


if __name__ == "__main__":
    main()
