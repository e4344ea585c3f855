// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// A message of one sentence with its type's icon, with the look of
/// PaintedMessage (Kirigami's InlineMessage, painted) but none of its parts
/// that such a message does not use: no actions bar, no close button, no
/// selectable text with its context menu. Kirigami's InlineMessage makes all
/// of them and is compiled from source at every fresh start (Debian ships it
/// uncompiled); the home screen's first frame paid ~30 ms for them (issue 16).
/// For a message that is only read: one that offers an action or a link
/// stays a PaintedMessage.
QQC2.Control {
    id: root

    /// As InlineMessage's: Kirigami.MessageType.
    property int type: Kirigami.MessageType.Information
    property string text
    /// An icon name; by default the type's, as InlineMessage's.
    property string iconName

    // The type's colour, as Kirigami's own frame takes it.
    readonly property color typeColor: {
        switch (root.type) {
        case Kirigami.MessageType.Positive:
            return Kirigami.Theme.positiveTextColor;
        case Kirigami.MessageType.Warning:
            return Kirigami.Theme.neutralTextColor;
        case Kirigami.MessageType.Error:
            return Kirigami.Theme.negativeTextColor;
        default:
            return Kirigami.Theme.activeTextColor;
        }
    }

    // As InlineMessage: no height while hidden, the ring's 1 px and then its small spacing.
    implicitHeight: visible ? content.implicitHeight + topPadding + bottomPadding : 0
    padding: 1 + Kirigami.Units.smallSpacing

    // Read as words, where it is, as InlineMessage's label was (a screen
    // reader passes over an alert when it reads a step card: e2e-screenreader).
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text
    Accessible.ignored: !visible

    background: AtlasFrame {
        radius: Kirigami.Units.cornerRadius
        color: root.typeColor

        AtlasFrame {
            anchors.fill: parent
            anchors.margins: 1
            radius: parent.radius * 0.6
            color: Qt.tint(Kirigami.Theme.backgroundColor, Qt.rgba(root.typeColor.r, root.typeColor.g, root.typeColor.b, 0.2))
        }
    }

    // InlineMessage's layout: the icon at the start, centred beside one line
    // or at the top of several; the text after it, centred in the message.
    contentItem: Item {
        id: content

        readonly property bool multiline: width - icon.width - Kirigami.Units.smallSpacing * 3 - label.implicitWidth <= 0

        implicitHeight: Math.max(label.implicitHeight, icon.implicitHeight)
        Accessible.ignored: true

        Kirigami.Icon {
            id: icon

            width: Kirigami.Units.iconSizes.smallMedium
            height: Kirigami.Units.iconSizes.smallMedium
            anchors.left: parent.left
            anchors.leftMargin: Kirigami.Units.smallSpacing
            anchors.topMargin: Kirigami.Units.smallSpacing
            // (A binding, not an anchor: InlineMessage changes its anchors by state.)
            y: label.height > height * 1.7 ? Kirigami.Units.smallSpacing : (parent.height - height) / 2
            source: {
                if (root.iconName)
                    return root.iconName;
                switch (root.type) {
                case Kirigami.MessageType.Positive:
                    return "emblem-success";
                case Kirigami.MessageType.Warning:
                    return "emblem-warning";
                case Kirigami.MessageType.Error:
                    return "emblem-error";
                default:
                    return "emblem-information";
                }
            }
            Accessible.ignored: true
        }
        Text {
            id: label

            anchors.left: icon.right
            anchors.leftMargin: Kirigami.Units.largeSpacing
            width: Math.min(parent.width - icon.width - Kirigami.Units.smallSpacing * 3, implicitWidth)
            height: content.multiline ? implicitHeight : parent.height
            font: root.font
            color: Kirigami.Theme.textColor
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
            textFormat: Text.PlainText
            text: root.text
            Accessible.ignored: true
        }
    }
}
