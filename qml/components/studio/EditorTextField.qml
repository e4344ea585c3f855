// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import PasAPas
import PasAPas.App

/// One text of the guide being edited (a field of GuideEditor: "title",
/// "steps/2/instruction"…) in the editing language: the label, the field,
/// and under it what is missing (the French shows instead) and the guide
/// loader's error on this field, in red.
FormCard.AbstractFormDelegate {
    id: root

    required property string field
    property string label
    readonly property GuideEditor editor: AppController.editor
    // Read again at every change of the guide or of the editing language.
    readonly property string value: editor.revision >= 0 ? editor.text(field) : ""
    readonly property bool missing: editor.revision >= 0 && editor.isMissing(field)
    readonly property string problem: editor.revision >= 0 ? editor.problem(field) : ""

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
            id: input

            objectName: "editorField-" + root.field
            Layout.fillWidth: true
            Layout.minimumHeight: Sizes.touchTarget
            text: root.value
            // What the person sees when this language is missing.
            placeholderText: root.missing ? root.editor.frenchText(root.field) : ""
            Accessible.name: root.label
            onTextEdited: root.editor.setText(root.field, text)
        }
        QQC2.Label {
            objectName: "editorMissing-" + root.field
            Layout.fillWidth: true
            visible: root.missing
            //: Under a text of the guide editor: this language has no text, the French one is shown
            text: qsTr("Pas encore écrit dans cette langue : le français s'affiche.")
            color: Kirigami.Theme.disabledTextColor
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            objectName: "editorProblem-" + root.field
            Layout.fillWidth: true
            visible: root.problem.length > 0
            text: root.problem
            color: Kirigami.Theme.negativeTextColor
            wrapMode: Text.Wrap
        }
    }
}
