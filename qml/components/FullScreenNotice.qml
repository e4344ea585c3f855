// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// A message that covers its area until the person answers: a pictogram, a
/// title, a text, an optional note, then its buttons (the notice's
/// children). Taps do not reach what is underneath.
Rectangle {
    id: root

    property string iconName: ""
    property string title: ""
    property string text: ""
    /// A line under the text, in a lighter colour (a host name…).
    property string note: ""
    /// The title's Heading level (1: the largest).
    property int titleLevel: 2
    /// Buttons and other items, under the texts.
    default property alias content: column.data
    /// Object names for tests and the screen reader's tree.
    property alias titleItem: heading
    property alias textItem: body

    /// A tap anywhere on the notice (not on its buttons).
    signal tapped()

    color: Kirigami.Theme.backgroundColor

    MouseArea {
        anchors.fill: parent
        onClicked: root.tapped()
    }

    ColumnLayout {
        id: column

        anchors.centerIn: parent
        width: Math.min(parent.width - Kirigami.Units.gridUnit * 2, Sizes.noticeWidth)
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Icon {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: Kirigami.Units.iconSizes.huge
            implicitHeight: Kirigami.Units.iconSizes.huge
            visible: root.iconName !== ""
            source: root.iconName
            Accessible.ignored: true
        }
        Kirigami.Heading {
            id: heading

            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            level: root.titleLevel
            text: root.title
        }
        QQC2.Label {
            id: body

            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: root.text !== ""
            text: root.text
        }
        QQC2.Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: root.note !== ""
            color: Kirigami.Theme.disabledTextColor
            wrapMode: Text.WrapAnywhere
            text: root.note
        }
    }
}
