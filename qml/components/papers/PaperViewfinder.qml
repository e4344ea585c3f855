// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The camera's live picture with a frame to place the paper in, and one big
/// shutter button. Without a camera: a plain message and the way back to the
/// session's documents.
Item {
    id: root

    required property PaperCapture capture
    /// A camera works (see PaperCaptureView.camera).
    required property bool available

    signal documentsRequested()

    // Made only while the capture shows: Qt Multimedia does not start with every session.
    Loader {
        anchors.fill: parent
        active: root.visible && root.available
        Component.onCompleted: setSource(Qt.resolvedUrl("PaperVideo.qml"), { capture: root.capture })
    }

    // The frame: a sheet of A4, upright, in the middle.
    Rectangle {
        objectName: "paperFrame"
        anchors.centerIn: parent
        height: parent.height * 0.85
        width: height * 210 / 297
        visible: root.available
        color: "transparent"
        border.color: "white"
        border.width: 4
        radius: Kirigami.Units.cornerRadius
    }

    Kirigami.PlaceholderMessage {
        objectName: "noCamera"
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        visible: !root.available
        icon.name: "camera-disabled-symbolic"
        text: qsTr("Pas d'appareil photo")
        explanation: qsTr("Cette tablette n'a pas d'appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.")
        helpfulAction: Kirigami.Action {
            icon.name: "folder-documents"
            text: qsTr("Mes documents")
            onTriggered: root.documentsRequested()
        }
    }

    QQC2.RoundButton {
        objectName: "paperShutter"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Kirigami.Units.gridUnit * 2
        width: Sizes.bigButton * 2
        height: width
        visible: root.available
        icon.name: "camera-photo"
        icon.width: Kirigami.Units.iconSizes.large
        icon.height: Kirigami.Units.iconSizes.large
        display: QQC2.AbstractButton.IconOnly
        text: qsTr("Prendre la photo")
        Accessible.name: text
        onClicked: root.capture.shoot()
    }
}
