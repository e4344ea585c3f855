// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import PasAPas
import PasAPas.App

/// One step in the guide editor: its instruction and mediator note (in the
/// editing language), how it ends, whether it is sensitive, and the buttons
/// that move it up or down, copy it, remove it, or try the guide from it.
FormCard.FormCard {
    id: root

    required property int index
    readonly property GuideEditor editor: AppController.editor
    readonly property string step: "steps/" + index
    readonly property string stepProblem: editor.revision >= 0 ? editor.problem(step) : ""
    readonly property string completionProblem: editor.revision >= 0 ? editor.problem(step + "/complete") : ""

    signal tryRequested(step: int)

    Layout.topMargin: Kirigami.Units.largeSpacing

    FormCard.FormHeader {
        //: A step's number in the guide editor
        title: qsTr("Étape %1").arg(root.index + 1)
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.margins: Kirigami.Units.smallSpacing
        spacing: Kirigami.Units.smallSpacing

        Repeater {
            model: [
                //: Guide editor: move the step one place up
                { name: "Up", icon: "go-up", text: qsTr("Monter l'étape"), enabled: root.index > 0 },
                //: Guide editor: move the step one place down
                { name: "Down", icon: "go-down", text: qsTr("Descendre l'étape"), enabled: root.index < root.editor.stepCount - 1 },
                { name: "Duplicate", icon: "edit-copy", text: qsTr("Copier l'étape"), enabled: true },
                { name: "Remove", icon: "edit-delete", text: qsTr("Supprimer l'étape"), enabled: root.editor.stepCount > 1 }
            ]
            delegate: QQC2.ToolButton {
                required property var modelData

                objectName: "editorStep" + modelData.name + "-" + root.index
                Layout.minimumWidth: Sizes.touchTarget
                Layout.minimumHeight: Sizes.touchTarget
                enabled: modelData.enabled
                icon.name: modelData.icon
                text: modelData.text
                display: QQC2.AbstractButton.IconOnly
                Accessible.name: text
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: text
                onClicked: {
                    if (modelData.name === "Up")
                        root.editor.moveStep(root.index, root.index - 1);
                    else if (modelData.name === "Down")
                        root.editor.moveStep(root.index, root.index + 1);
                    else if (modelData.name === "Duplicate")
                        root.editor.duplicateStep(root.index);
                    else
                        root.editor.removeStep(root.index);
                }
            }
        }
        Item {
            Layout.fillWidth: true
        }
        QQC2.Button {
            objectName: "editorTry-" + root.index
            Layout.minimumHeight: Sizes.touchTarget
            icon.name: "media-playback-start"
            //: Guide editor: play the guide in a session, from this step
            text: qsTr("Essayer d'ici")
            Accessible.name: text
            onClicked: root.tryRequested(root.index)
        }
    }
    FormCard.FormDelegateSeparator {}
    EditorTextField {
        field: root.step + "/instruction"
        label: qsTr("Consigne")
    }
    EditorChoice {
        objectName: "editorCompletion-" + root.index
        text: qsTr("L'étape se termine par")
        model: root.editor.completionNames
        currentIndex: root.editor.revision >= 0 ? root.editor.completion(root.index) : -1
        onActivated: index => {
            root.editor.setCompletion(root.index, index);
            // The list's dialog set currentIndex itself: it follows the guide again.
            currentIndex = Qt.binding(() => root.editor.revision >= 0 ? root.editor.completion(root.index) : -1);
        }
    }
    QQC2.Label {
        objectName: "editorProblem-" + root.step + "/complete"
        Layout.fillWidth: true
        Layout.leftMargin: Kirigami.Units.largeSpacing * 2
        Layout.rightMargin: Kirigami.Units.largeSpacing * 2
        visible: root.completionProblem.length > 0
        text: root.completionProblem
        color: Kirigami.Theme.negativeTextColor
        wrapMode: Text.Wrap
    }
    FormCard.FormSwitchDelegate {
        objectName: "editorSensitive-" + root.index
        Layout.minimumHeight: Sizes.formRow
        text: qsTr("Donnée confidentielle (le médiateur détourne les yeux)")
        Accessible.name: text
        checked: root.editor.revision >= 0 && root.editor.sensitive(root.index)
        onToggled: root.editor.setSensitive(root.index, checked)
    }
    EditorTextField {
        field: root.step + "/mediatorNote"
        label: qsTr("Note pour le médiateur")
    }
    QQC2.Label {
        objectName: "editorProblem-" + root.step
        Layout.fillWidth: true
        Layout.margins: Kirigami.Units.largeSpacing * 2
        visible: root.stepProblem.length > 0
        text: root.stepProblem
        color: Kirigami.Theme.negativeTextColor
        wrapMode: Text.Wrap
    }
}
