// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami

Kirigami.ScrollablePage {
    id: root

    objectName: "selfServicePage"
    title: qsTr("En autonomie")

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        icon.name: "document-edit"
        text: qsTr("Bientôt disponible")
        explanation: qsTr("Cette partie de l'application est en préparation.")
    }
}
