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
FullScreenNotice {
    id: root

    readonly property var documents: AppController.session && AppController.kiosk.idle.warning ? AppController.session.documents.downloaded() : []

    objectName: "idleCountdown"
    visible: AppController.kiosk.idle.warning
    titleLevel: 1
    title: qsTr("Vous êtes toujours là ?")
    // Any tap means "I am here".
    onTapped: AppController.kiosk.idle.stillHere()

    QQC2.Label {
        objectName: "idleSeconds"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Kirigami.Units.gridUnit * 5
        font.bold: true
        text: AppController.kiosk.idle.secondsLeft
        Accessible.name: qsTr("%n seconde(s) avant l'effacement", "", AppController.kiosk.idle.secondsLeft)
    }
    QQC2.Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.")
    }
    QQC2.Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        visible: root.documents.length > 0
        font.bold: true
        // No names: the person may have walked away, others may read the screen.
        text: qsTr("Vos documents téléchargés seront effacés aussi.")
    }
    NoticeButton {
        objectName: "stillHereButton"
        Layout.fillWidth: false
        Layout.alignment: Qt.AlignHCenter
        Layout.minimumWidth: Kirigami.Units.gridUnit * 12
        icon.name: "dialog-ok"
        text: qsTr("Oui, je continue")
        onClicked: AppController.kiosk.idle.stillHere()
    }
}
