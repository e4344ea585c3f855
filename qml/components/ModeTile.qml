// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// A large tappable tile with a pictogram, a title and one plain sentence.
/// Tiles of a row share one height, their contents aligned at the top.
QQC2.AbstractButton {
    id: root

    required property string iconName
    required property string title
    required property string description

    Layout.fillWidth: true
    Layout.fillHeight: true
    Layout.preferredHeight: Math.max(implicitHeight, Kirigami.Units.gridUnit * 12)
    implicitHeight: content.implicitHeight + 2 * Kirigami.Units.largeSpacing
    implicitWidth: Kirigami.Units.gridUnit * 14

    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: description

    background: AtlasFrame {
        radius: Kirigami.Units.cornerRadius * 2
        color: root.down ? Kirigami.Theme.highlightColor : Kirigami.Theme.backgroundColor
        border.width: root.visualFocus ? 3 : 1
        border.color: root.visualFocus ? Kirigami.Theme.focusColor : Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, 0.2)
    }

    contentItem: ColumnLayout {
        id: content

        spacing: Kirigami.Units.largeSpacing

        Kirigami.Icon {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Kirigami.Units.iconSizes.huge
            Layout.preferredHeight: Kirigami.Units.iconSizes.huge
            source: Pictograms.source(root.iconName)
        }
        WholeWordsLabel {
            Layout.fillWidth: true
            pointSize: Kirigami.Theme.defaultFont.pointSize * 1.35
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            text: root.title
        }
        WholeWordsLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.description
        }
        // Whatever height the row gives, the contents stay at the top.
        Item {
            Layout.fillHeight: true
        }
    }
}
