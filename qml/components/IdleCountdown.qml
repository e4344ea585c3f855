// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// Kiosk only: after a while without a touch, a large countdown asks
/// whether the person is still there; at zero, everything is wiped and the
/// home screen comes back for the next person.
Rectangle {
    id: root

    readonly property var documents: AppController.session && AppController.idle.warning ? AppController.session.downloadedDocuments() : []

    objectName: "idleCountdown"
    visible: AppController.idle.warning
    color: Kirigami.Theme.backgroundColor

    // Any tap means "I am here".
    MouseArea {
        anchors.fill: parent
        onClicked: AppController.idle.stillHere()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Kirigami.Units.gridUnit * 2, Kirigami.Units.gridUnit * 32)
        spacing: Kirigami.Units.largeSpacing * 2

        Kirigami.Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            level: 1
            text: qsTr("Vous êtes toujours là ?")
        }
        QQC2.Label {
            objectName: "idleSeconds"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Kirigami.Units.gridUnit * 5
            font.bold: true
            text: AppController.idle.secondsLeft
            Accessible.name: qsTr("%n seconde(s) avant l'effacement", "", AppController.idle.secondsLeft)
        }
        QQC2.Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.")
        }
        QQC2.Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            visible: root.documents.length > 0
            font.bold: true
            // No names: the person may have walked away, others may read the screen.
            text: qsTr("Vos documents téléchargés seront effacés aussi.")
        }
        QQC2.Button {
            objectName: "stillHereButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.minimumHeight: Kirigami.Units.gridUnit * 3
            Layout.minimumWidth: Kirigami.Units.gridUnit * 12
            icon.name: "dialog-ok"
            text: qsTr("Oui, je continue")
            Accessible.name: text
            onClicked: AppController.idle.stillHere()
        }
    }
}
