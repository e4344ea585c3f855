// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Shapes
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The photo just taken, with the page's edges proposed and four big corner
/// handles to move them; retake, turn, keep.
ColumnLayout {
    id: root

    required property PaperCapture capture

    spacing: Kirigami.Units.largeSpacing

    Item {
        id: area

        Layout.fillWidth: true
        Layout.fillHeight: true

        Image {
            id: photo

            objectName: "paperPhoto"
            anchors.fill: parent
            anchors.margins: Kirigami.Units.gridUnit * 2
            fillMode: Image.PreserveAspectFit
            cache: false
            source: root.capture.stage === PaperCapture.Review ? "image://papers/review/" + root.capture.revision : ""
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("La photo")
        }

        // Where the picture is drawn inside the Image item.
        readonly property rect shown: Qt.rect(photo.x + (photo.width - photo.paintedWidth) / 2, photo.y + (photo.height - photo.paintedHeight) / 2, photo.paintedWidth, photo.paintedHeight)

        function at(index: int): point {
            const c = root.capture.corners[index];
            return c ? Qt.point(area.shown.x + c.x * area.shown.width, area.shown.y + c.y * area.shown.height) : Qt.point(0, 0);
        }

        Shape {
            anchors.fill: parent
            visible: root.capture.corners.length === 4

            ShapePath {
                strokeColor: Kirigami.Theme.highlightColor
                strokeWidth: 4
                fillColor: "transparent"
                startX: area.at(0).x
                startY: area.at(0).y

                PathPolyline {
                    path: [area.at(0), area.at(1), area.at(2), area.at(3), area.at(0)]
                }
            }
        }

        Repeater {
            model: root.capture.corners.length === 4 ? 4 : 0

            delegate: Rectangle {
                id: handle

                required property int index
                readonly property point centre: area.at(index)

                objectName: "paperCorner" + index
                x: centre.x - width / 2
                y: centre.y - height / 2
                width: Sizes.touchTarget * 1.5
                height: width
                radius: width / 2
                color: Qt.rgba(Kirigami.Theme.highlightColor.r, Kirigami.Theme.highlightColor.g, Kirigami.Theme.highlightColor.b, 0.35)
                border.color: Kirigami.Theme.highlightColor
                border.width: 4
                Accessible.role: Accessible.Button
                Accessible.name: [qsTr("Coin en haut à gauche"), qsTr("Coin en haut à droite"), qsTr("Coin en bas à droite"), qsTr("Coin en bas à gauche")][index]

                MouseArea {
                    anchors.fill: parent
                    preventStealing: true
                    onPositionChanged: mouse => {
                        const p = mapToItem(area, mouse.x, mouse.y);
                        root.capture.moveCorner(handle.index, (p.x - area.shown.x) / area.shown.width, (p.y - area.shown.y) / area.shown.height);
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        Layout.bottomMargin: Kirigami.Units.largeSpacing
        spacing: Kirigami.Units.gridUnit

        QQC2.Button {
            objectName: "paperRetake"
            Layout.preferredHeight: Sizes.bigButton
            icon.name: "edit-undo"
            text: qsTr("Reprendre")
            Accessible.name: qsTr("Reprendre la photo")
            onClicked: root.capture.retake()
        }
        QQC2.Button {
            objectName: "paperTurn"
            Layout.preferredHeight: Sizes.bigButton
            icon.name: "object-rotate-right"
            text: qsTr("Tourner")
            Accessible.name: qsTr("Tourner la photo d'un quart de tour")
            onClicked: root.capture.turn()
        }
        QQC2.Button {
            objectName: "paperKeep"
            Layout.preferredHeight: Sizes.bigButton
            icon.name: "dialog-ok-apply"
            text: qsTr("Garder cette page")
            Accessible.name: text
            highlighted: true
            onClicked: root.capture.keep()
        }
    }
}
