// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

/// "Réglages": reading aloud, text size, contrast.
Kirigami.Action {
    objectName: "settingsAction"
    icon.name: "configure"
    text: qsTr("Réglages")
    onTriggered: applicationWindow().pageStack.push(Qt.resolvedUrl("../pages/SettingsPage.qml"))
}
