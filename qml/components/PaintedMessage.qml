// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami

/// Kirigami's InlineMessage with the same frame (a 1 px ring of the type's
/// colour, the background tinted with it), painted: see PaintedRectangle.
/// For the messages of the first screens: the home screen, the step card.
Kirigami.InlineMessage {
    id: root

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

    // As Kirigami's: the ring's 1 px, then its small spacing.
    leftPadding: 1 + Kirigami.Units.smallSpacing
    topPadding: 1 + Kirigami.Units.smallSpacing
    rightPadding: 1 + Kirigami.Units.smallSpacing
    bottomPadding: 1 + Kirigami.Units.smallSpacing

    // As Kirigami's: the type's colour under a fill inset by 1 px, with
    // smaller corners, tinted at 20 % with that colour.
    background: PaintedRectangle {
        radius: Kirigami.Units.cornerRadius
        color: root.typeColor

        PaintedRectangle {
            anchors.fill: parent
            anchors.margins: 1
            radius: parent.radius * 0.6
            color: Qt.tint(Kirigami.Theme.backgroundColor, Qt.rgba(root.typeColor.r, root.typeColor.g, root.typeColor.b, 0.2))
        }
    }
}
