// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import PasAPas

/// "Réglages": reading aloud, text size, contrast.
HeaderAction {
    objectName: "settingsAction"
    icon.name: "configure"
    text: qsTr("Réglages")
    tooltip: qsTr("Lecture à voix haute, taille du texte, contraste")
    onTriggered: applicationWindow().pageStack.push(Qt.resolvedUrl("../pages/SettingsPage.qml"))
}
