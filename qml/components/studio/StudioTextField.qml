// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import PasAPas

/// A labelled text field in a form card (the studio's forms): the label
/// above, a field of full touch size under it.
FormCard.AbstractFormDelegate {
    id: root

    property string label
    property alias fieldName: field.objectName
    property alias value: field.text
    property alias placeholderText: field.placeholderText
    property alias inputMethodHints: field.inputMethodHints

    background: null
    focusPolicy: Qt.NoFocus
    Accessible.name: label
    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        QQC2.Label {
            Layout.fillWidth: true
            text: root.label
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        QQC2.TextField {
            id: field

            Layout.fillWidth: true
            Layout.minimumHeight: Sizes.touchTarget
            Accessible.name: root.label
        }
    }
}
