// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// A family of procedures: a big pictogram, its name and how many guides it holds.
QQC2.AbstractButton {
    id: root

    required property string categoryId
    required property string name
    required property string iconName
    required property int guideCount

    implicitWidth: Kirigami.Units.gridUnit * 11
    implicitHeight: Math.max(Kirigami.Units.gridUnit * 9, content.implicitHeight + 2 * Kirigami.Units.largeSpacing)
    enabled: guideCount > 0
    opacity: enabled ? 1 : 0.55

    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.description: qsTr("%n guide(s)", "", guideCount)

    background: Rectangle {
        radius: Kirigami.Units.cornerRadius * 2
        color: root.down ? Kirigami.Theme.highlightColor : Kirigami.Theme.backgroundColor
        border.width: root.visualFocus ? 3 : 1
        border.color: root.visualFocus ? Kirigami.Theme.focusColor : Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, 0.2)
    }

    contentItem: ColumnLayout {
        id: content

        spacing: Kirigami.Units.smallSpacing

        Kirigami.Icon {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Kirigami.Units.iconSizes.huge
            Layout.preferredHeight: Kirigami.Units.iconSizes.huge
            source: root.iconName
        }
        QQC2.Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.bold: true
            text: root.name
        }
        QQC2.Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Kirigami.Theme.disabledTextColor
            text: root.guideCount > 0 ? qsTr("%n guide(s)", "", root.guideCount) : qsTr("Bientôt")
        }
    }
}
