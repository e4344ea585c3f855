// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import PasAPas

/// "Langue": one tap from every main page, on the home screen and during a session.
HeaderAction {
    objectName: "languageAction"
    icon.name: "preferences-desktop-locale"
    text: qsTr("Langue")
    tooltip: qsTr("Choisir la langue")
    onTriggered: applicationWindow().pageStack.push(Qt.resolvedUrl("../pages/LanguagePage.qml"))
}
