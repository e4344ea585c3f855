// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// A family of procedures: its pictogram on its own colour, its name and how
/// many guides it holds. The colour helps to find it again; the pictogram and
/// the words say the same, so colour is never the only cue. Tiles of a row
/// share one height (Layout.fillHeight), their contents aligned at the top.
QQC2.AbstractButton {
    id: root

    required property string categoryId
    required property string name
    required property string iconName
    required property int guideCount

    readonly property color tint: AppController.appearance.categoryColors[root.categoryId] ?? Kirigami.Theme.backgroundColor

    implicitWidth: Kirigami.Units.gridUnit * 11
    implicitHeight: Math.max(Kirigami.Units.gridUnit * 9, content.implicitHeight + 2 * Kirigami.Units.largeSpacing)
    Layout.fillHeight: true
    padding: Kirigami.Units.largeSpacing
    enabled: guideCount > 0
    opacity: enabled ? 1 : 0.55

    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.description: qsTr("%n guide(s)", "", guideCount)

    background: Rectangle {
        radius: Kirigami.Units.cornerRadius * 3
        color: root.down ? Kirigami.Theme.highlightColor : root.tint
        border.width: root.visualFocus ? 4 : 1
        border.color: root.visualFocus ? Kirigami.Theme.focusColor : Kirigami.ColorUtils.linearInterpolation(root.tint, Kirigami.Theme.textColor, 0.25)
    }

    contentItem: ColumnLayout {
        id: content

        spacing: Kirigami.Units.smallSpacing

        Kirigami.Icon {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Kirigami.Units.iconSizes.huge
            Layout.preferredHeight: Kirigami.Units.iconSizes.huge
            source: Pictograms.source(root.iconName)
        }
        WholeWordsLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.bold: true
            text: root.name
        }
        WholeWordsLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Kirigami.Theme.disabledTextColor
            text: root.guideCount > 0 ? qsTr("%n guide(s)", "", root.guideCount) : qsTr("Bientôt")
        }
        // Whatever height the row gives, the contents stay at the top.
        Item {
            Layout.fillHeight: true
        }
    }
}
