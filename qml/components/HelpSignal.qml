// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The session's header turned into a signal a mediator sees from across
/// the room: a strong colour, a large pictogram and a few words, until a
/// mediator answers (with the PIN in the kiosk).
Rectangle {
    id: root

    required property SessionController session

    signal answerRequested()

    objectName: "helpSignal"
    visible: session.helpCalled && !session.closed
    implicitHeight: visible ? row.implicitHeight + Kirigami.Units.largeSpacing * 2 : 0
    color: "#E69F00" // orange: seen from afar, not the red of an error
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    // A slow pulse of its colour draws the eye from across the room.
    SequentialAnimation on color {
        running: root.visible
        loops: Animation.Infinite
        ColorAnimation { to: "#FFC233"; duration: 700 }
        ColorAnimation { to: "#E69F00"; duration: 700 }
    }

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Kirigami.Units.largeSpacing
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Icon {
            source: Pictograms.source("pasapas-help")
            Layout.preferredWidth: Kirigami.Units.iconSizes.huge
            Layout.preferredHeight: Kirigami.Units.iconSizes.huge
            Accessible.ignored: true
        }
        QQC2.Label {
            id: message

            text: qsTr("Cette personne a besoin d'aide")
            color: "black"
            font.bold: true
            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.6
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        QQC2.Button {
            objectName: "answerHelp"
            icon.name: "dialog-ok-apply"
            text: qsTr("Un médiateur est là")
            Accessible.name: qsTr("Un médiateur est là : arrêter le signal")
            Layout.minimumHeight: Sizes.bigButton
            onClicked: root.answerRequested()
        }
    }
}
