// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// A big button of the step card: its words go onto a second
/// line when the text is large, instead of being cut ("J'ai besoin d'a…").
/// The pictogram stays beside them; the button grows to hold both lines.
QQC2.Button {
    id: root

    Layout.fillWidth: true
    Layout.preferredHeight: Math.max(Sizes.bigButton, implicitHeight)

    background: ButtonFrame {}

    contentItem: RowLayout {
        spacing: Kirigami.Units.smallSpacing

        Item {
            Layout.fillWidth: true
        }
        Kirigami.Icon {
            Layout.preferredWidth: root.icon.width > 0 ? root.icon.width : Kirigami.Units.iconSizes.smallMedium
            Layout.preferredHeight: root.icon.height > 0 ? root.icon.height : Kirigami.Units.iconSizes.smallMedium
            visible: root.icon.name !== ""
            source: Pictograms.source(root.icon.name)
            color: root.icon.color
        }
        WholeWordsLabel {
            id: label

            // Its one-line width at full size (the label itself knows only its
            // widest word's and its shrunk size's): the spacers take the rest.
            Layout.maximumWidth: Math.ceil(fullWidth.advanceWidth) + leftPadding + rightPadding + 2
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.bold: root.font.bold
            text: root.text
            // The button says it to a screen reader.
            Accessible.ignored: true
        }
        Item {
            Layout.fillWidth: true
        }
    }
    TextMetrics {
        id: fullWidth

        font.family: root.font.family
        font.bold: root.font.bold
        font.pointSize: label.pointSize
        text: root.text
    }
}
