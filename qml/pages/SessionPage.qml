// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami

/// The guided session of one guide. The web view and step card come with the
/// guided-session work; until then this page says which guide was started.
Kirigami.Page {
    id: root

    required property string guideId

    objectName: "sessionPage"
    title: qsTr("Démarche")

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        icon.name: "internet-web-browser"
        text: qsTr("La session guidée s'ouvrira ici")
        explanation: root.guideId
    }
}
