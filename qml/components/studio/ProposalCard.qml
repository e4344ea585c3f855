// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The record screen's side card: the step proposed from the element last
/// tapped (its instruction, which the mediator can edit; how it ends;
/// whether it is sensitive), the buttons that go on with recording, and the
/// steps recorded so far.
QQC2.Pane {
    id: root

    required property StudioController studio

    signal saveRequested()

    objectName: "proposalCard"
    padding: Kirigami.Units.largeSpacing * 2
    Kirigami.Theme.colorSet: Kirigami.Theme.Window
    Kirigami.Theme.inherit: false

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Heading {
            Layout.fillWidth: true
            level: 2
            wrapMode: Text.Wrap
            text: root.studio.hasProposal ? qsTr("Étape proposée") : qsTr("Appuyez sur un élément du site")
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: !root.studio.hasProposal
            wrapMode: Text.Wrap
            text: qsTr("La page ne réagit pas encore : l'élément est entouré et une étape est proposée ici.")
        }
        QQC2.TextArea {
            id: instruction

            objectName: "proposalInstruction"
            Layout.fillWidth: true
            Layout.minimumHeight: Sizes.touchTarget
            visible: root.studio.hasProposal
            wrapMode: TextEdit.Wrap
            text: root.studio.instruction
            Accessible.name: qsTr("Consigne de l'étape")
            onEditingFinished: root.studio.instruction = text
        }
        QQC2.Label {
            objectName: "proposalCompletion"
            Layout.fillWidth: true
            visible: root.studio.hasProposal
            wrapMode: Text.Wrap
            color: Kirigami.Theme.disabledTextColor
            // Translated in C++: read again when the language changes.
            text: AppController.localization.language.length > 0 ? root.studio.completion : ""
        }
        QQC2.CheckBox {
            objectName: "proposalSensitive"
            Layout.fillWidth: true
            Layout.minimumHeight: Sizes.touchTarget
            visible: root.studio.hasProposal
            //: The step asks for a secret (password, IBAN…): the mediator looks away
            text: qsTr("Donnée confidentielle (le médiateur détourne les yeux)")
            checked: root.studio.sensitive
            onToggled: root.studio.sensitive = checked
        }
        QQC2.Button {
            objectName: "proposalAdd"
            Layout.fillWidth: true
            Layout.minimumHeight: Sizes.touchTarget
            visible: root.studio.hasProposal
            enabled: !root.studio.proposalAdded
            icon.name: "list-add"
            text: root.studio.proposalAdded ? qsTr("Étape ajoutée") : qsTr("Ajouter l'étape")
            onClicked: {
                root.studio.instruction = instruction.text;
                root.studio.addStep();
            }
        }
        QQC2.Button {
            objectName: "proposalAct"
            Layout.fillWidth: true
            Layout.minimumHeight: Sizes.touchTarget
            visible: root.studio.hasProposal
            enabled: !root.studio.actionLetThrough
            icon.name: "input-touchscreen"
            text: root.studio.actionLetThrough ? qsTr("Appuyez sur l'élément") : qsTr("Faire l'action")
            onClicked: root.studio.doAction()
        }
        QQC2.Button {
            objectName: "proposalDone"
            Layout.fillWidth: true
            Layout.minimumHeight: Sizes.touchTarget
            icon.name: "dialog-ok"
            //: A step with no element: the person reads the page, then presses « C'est fait »
            text: qsTr("Étape « C'est fait »")
            onClicked: root.studio.addDoneStep()
        }

        Kirigami.Heading {
            Layout.fillWidth: true
            level: 3
            text: qsTr("Étapes enregistrées : %1").arg(root.studio.steps.length)
        }
        ListView {
            objectName: "recordedSteps"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Kirigami.Units.gridUnit * 3
            clip: true
            model: root.studio.steps
            delegate: QQC2.Label {
                required property int index
                required property string modelData

                width: ListView.view.width
                wrapMode: Text.Wrap
                text: (index + 1) + ". " + modelData
            }
            onCountChanged: positionViewAtEnd()
        }
        QQC2.Label {
            objectName: "studioError"
            Layout.fillWidth: true
            visible: root.studio.error.length > 0
            wrapMode: Text.Wrap
            color: Kirigami.Theme.negativeTextColor
            text: root.studio.error
        }
        QQC2.Button {
            objectName: "studioSave"
            Layout.fillWidth: true
            Layout.minimumHeight: Sizes.touchTarget
            enabled: root.studio.steps.length > 0
            icon.name: "document-save"
            text: qsTr("Enregistrer le guide")
            onClicked: root.saveRequested()
        }
    }
}
