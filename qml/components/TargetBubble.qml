// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// A native bubble next to the highlighted target on the page: "here".
/// Placed from the rectangle the page reports (CSS pixels × zoom).
Rectangle {
    id: root

    required property SessionController session
    required property real zoom
    required property real areaWidth
    required property real areaHeight

    readonly property rect target: Qt.rect(session.targetRect.x * zoom, session.targetRect.y * zoom,
                                          session.targetRect.width * zoom, session.targetRect.height * zoom)
    readonly property bool shown: session.state === SessionEngine.Showing && session.step.hasTarget && session.targetRect.width > 0
                                  && target.y + target.height > 0 && target.y < areaHeight
    readonly property bool below: target.y + target.height + height + Kirigami.Units.largeSpacing * 2 < areaHeight

    visible: shown
    width: Math.min(label.implicitWidth + Kirigami.Units.largeSpacing * 2, areaWidth - Kirigami.Units.largeSpacing * 2)
    height: label.implicitHeight + Kirigami.Units.largeSpacing * 2
    x: Math.max(Kirigami.Units.smallSpacing, Math.min(target.x, areaWidth - width - Kirigami.Units.smallSpacing))
    y: below ? target.y + target.height + Kirigami.Units.largeSpacing * 1.5 : Math.max(0, target.y - height - Kirigami.Units.largeSpacing * 1.5)
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
        wrapMode: Text.Wrap
        color: "black"
        font.bold: true
        font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.2
        text: root.session.step.completion === Completion.Fill ? qsTr("✍ Ici") : qsTr("👆 Ici")
    }
}
