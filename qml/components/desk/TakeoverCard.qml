// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The card while a mediator holds the tablet: the mediator's notes in
/// large type, the list of steps to jump to any of them, Skip, and
/// "Je rends la main".
Rectangle {
    id: root

    required property SessionController session

    objectName: "takeoverCard"
    color: Kirigami.Theme.alternateBackgroundColor

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Kirigami.Units.largeSpacing
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Heading {
            text: qsTr("Le médiateur a la main")
            level: 2
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        QQC2.Label {
            objectName: "takeoverNote"
            visible: text.length > 0
            text: root.session.step.mediatorNote
            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.4
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: steps

                objectName: "takeoverSteps"
                model: root.session.takeover.steps
                spacing: Kirigami.Units.smallSpacing
                Accessible.name: qsTr("Les étapes du guide")

                delegate: QQC2.ItemDelegate {
                    id: row

                    required property int index
                    required property string modelData

                    objectName: "takeoverStep" + (index + 1)
                    width: ListView.view.width
                    height: Math.max(Sizes.touchTarget, implicitHeight)
                    highlighted: root.session.step.number === index + 1
                    text: (index + 1) + ". " + modelData
                    Accessible.name: qsTr("Aller à l'étape %1 : %2").arg(index + 1).arg(modelData)
                    onClicked: root.session.takeover.jumpTo(index + 1)
                }
            }
        }
        RowLayout {
            spacing: Kirigami.Units.largeSpacing
            Layout.fillWidth: true

            QQC2.Button {
                objectName: "takeoverSkip"
                icon.name: "media-skip-forward"
                text: qsTr("Passer l'étape")
                Accessible.name: text
                Layout.fillWidth: true
                Layout.preferredHeight: Sizes.bigButton
                onClicked: root.session.takeover.skip()
            }
            QQC2.Button {
                objectName: "handBackButton"
                icon.name: "go-home"
                text: qsTr("Je rends la main")
                Accessible.name: text
                highlighted: true
                Layout.fillWidth: true
                Layout.preferredHeight: Sizes.bigButton
                onClicked: root.session.takeover.handBack()
            }
        }
    }
}
