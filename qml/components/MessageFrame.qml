// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

/// The frame of Kirigami's InlineMessage, painted (see PaintedRectangle): a
/// 1 px ring of the type's colour under a fill inset by 1 px, with smaller
/// corners, tinted at 20 % with that colour. The background of
/// PaintedMessage and PlainMessage.
PaintedRectangle {
    id: root

    /// As InlineMessage's: Kirigami.MessageType.
    property int type: Kirigami.MessageType.Information

    /// The type's colour, as Kirigami's own frame takes it.
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

    radius: Kirigami.Units.cornerRadius
    color: root.typeColor

    PaintedRectangle {
        anchors.fill: parent
        anchors.margins: 1
        radius: root.radius * 0.6
        color: Qt.tint(Kirigami.Theme.backgroundColor, Qt.rgba(root.typeColor.r, root.typeColor.g, root.typeColor.b, 0.2))
    }
}
