// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// A native bubble next to the highlighted target on the page: "here".
/// Placed from the rectangle the page reports (CSS pixels × zoom). Painted
/// (PaintedRectangle): the first highlight compiles no GL program for it.
PaintedRectangle {
    id: root

    required property SessionController session
    required property real zoom
    required property real areaWidth
    required property real areaHeight

    readonly property rect target: Qt.rect(session.targetRect.x * zoom, session.targetRect.y * zoom,
                                          session.targetRect.width * zoom, session.targetRect.height * zoom)
    readonly property bool shown: session.state === SessionEngine.Showing && session.step.hasTarget && session.targetRect.width > 0
                                  && target.y + target.height > 0 && target.y < areaHeight
    // Where the page says the bubble covers no other control (after the
    // target, before, below, above, else inside its far end); taps go
    // through it to the page in any case: it takes no input.
    readonly property real gap: Kirigami.Units.largeSpacing
    readonly property string asked: session.bubblePlace.length > 0 ? session.bubblePlace : "below"
    // The page measures a bubble of about 96 × 48 CSS pixels; with large
    // text it is wider: beside the target only when it fits there whole.
    readonly property string place: (asked === "before" && target.x - gap - width < 0)
                                    || (asked === "after" && target.x + target.width + gap + width > areaWidth) ? "below" : asked

    visible: shown
    width: Math.min(label.implicitWidth + Kirigami.Units.largeSpacing * 2, areaWidth - Kirigami.Units.largeSpacing * 2)
    height: label.implicitHeight + Kirigami.Units.largeSpacing * 2
    x: place === "after" ? target.x + target.width + gap
       : place === "before" ? target.x - gap - width
       : place === "inside" ? Math.max(Kirigami.Units.smallSpacing, target.x + target.width - width - Kirigami.Units.smallSpacing)
       : Math.max(Kirigami.Units.smallSpacing, Math.min(target.x, areaWidth - width - Kirigami.Units.smallSpacing))
    y: place === "below" ? target.y + target.height + gap
       : place === "above" ? Math.max(0, target.y - height - gap)
       : Math.max(0, Math.min(target.y + (target.height - height) / 2, areaHeight - height))
    radius: Kirigami.Units.cornerRadius * 2
    color: "#ffbf00"
    border.color: "#7a5200"
    border.width: 1

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    QQC2.Label {
        id: label

        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.areaWidth - Kirigami.Units.largeSpacing * 4)
        wrapMode: Text.WordWrap
        color: "black"
        font.bold: true
        font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.2
        // A tap first when something is in the way (a banner's button), whatever the step asks.
        text: root.session.step.completion === Completion.Fill && root.session.obstacle === SessionEngine.NoObstacle ? qsTr("✍ Ici") : qsTr("👆 Ici")
    }
}
