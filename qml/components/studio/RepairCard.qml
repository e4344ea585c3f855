// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The step card while a mediator repairs the step (« Réparer cette étape »):
/// first « Touchez le bon élément sur la page » (the page does not react),
/// then the element tapped, highlighted on the page and described here (its
/// words on the site, never a value), « Utiliser cet élément » / « Annuler ».
QQC2.Pane {
    id: root

    required property SessionController session
    required property RepairController repair
    /// What the card says now, shown large and read aloud.
    readonly property string prompt: repair.hasElement
                                     //: A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it
                                     ? qsTr("Est-ce le bon élément ?")
                                     //: A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page
                                     : qsTr("Touchez le bon élément sur la page")

    objectName: "repairCard"
    padding: Kirigami.Units.largeSpacing * 2
    Kirigami.Theme.colorSet: Kirigami.Theme.Window
    Kirigami.Theme.inherit: false

    function speak(): void {
        AppController.readAloud.speak(root.prompt, AppController.localization.language, AppController.appearance.speechRate);
    }
    // Read aloud like the step card's texts, when the setting is on.
    onPromptChanged: if (root.visible && AppController.appearance.autoRead) root.speak()
    onVisibleChanged: if (root.visible && AppController.appearance.autoRead) root.speak()

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Heading {
            Layout.fillWidth: true
            level: 2
            wrapMode: Text.WordWrap
            //: Title of the card while a mediator repairs a guide step; %1 is the step number
            text: qsTr("Réparer l'étape %1").arg(root.session.step.number)
        }
        QQC2.Label {
            objectName: "repairStepInstruction"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Kirigami.Theme.disabledTextColor
            text: root.session.step.instruction
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing

            QQC2.ToolButton {
                objectName: "repairSpeak"
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: Sizes.bigButton
                Layout.preferredHeight: Sizes.bigButton
                icon.name: "audio-volume-high"
                icon.width: Kirigami.Units.iconSizes.medium
                icon.height: Kirigami.Units.iconSizes.medium
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Écouter")
                Accessible.name: qsTr("Lire à voix haute")
                onClicked: root.speak()
            }
            WholeWordsLabel {
                objectName: "repairPrompt"
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                pointSize: Kirigami.Theme.defaultFont.pointSize * 1.5
                font.bold: true
                text: root.prompt
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: !root.repair.hasElement
            wrapMode: Text.WordWrap
            text: qsTr("La page ne réagit pas pendant la réparation : l'élément touché est entouré et décrit ici.")
        }

        // The element tapped: what it is, and its words on the site (French, left to right).
        Rectangle {
            Layout.fillWidth: true
            visible: root.repair.hasElement
            implicitHeight: element.implicitHeight + Kirigami.Units.largeSpacing * 2
            radius: Kirigami.Units.cornerRadius
            color: Kirigami.Theme.neutralBackgroundColor
            border.color: Kirigami.Theme.neutralTextColor

            ColumnLayout {
                id: element

                anchors.fill: parent
                anchors.margins: Kirigami.Units.largeSpacing
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    objectName: "repairElementKind"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    //: What the element a mediator tapped to repair a step is
                    text: root.repair.elementKind === RepairController.TextField ? qsTr("Champ à remplir")
                        : root.repair.elementKind === RepairController.List ? qsTr("Liste de choix")
                        : root.repair.elementKind === RepairController.Checkbox ? qsTr("Case à cocher")
                        : root.repair.elementKind === RepairController.Radio ? qsTr("Choix")
                        : qsTr("Bouton ou lien")
                }
                QQC2.Label {
                    objectName: "repairElementWords"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.4
                    font.bold: true
                    horizontalAlignment: Text.AlignLeft
                    LayoutMirroring.enabled: false
                    text: root.repair.elementWords.length > 0 ? "« " + root.repair.elementWords + " »"
                                                              //: The element a mediator tapped has no words (an icon, a picture)
                                                              : qsTr("(sans texte)")
                    Accessible.name: root.repair.elementWords.length > 0 ? root.repair.elementWords : text
                }
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: root.repair.hasElement
            wrapMode: Text.WordWrap
            color: Kirigami.Theme.disabledTextColor
            text: qsTr("Pas le bon ? Touchez un autre élément de la page.")
        }

        OnNeed {
            Layout.fillWidth: true
            shown: root.repair.error.length > 0
            sourceComponent: PlainMessage {
                objectName: "repairError"
                type: Kirigami.MessageType.Error
                text: root.repair.error
            }
        }

        Item {
            Layout.fillHeight: true
        }

        CardButton {
            objectName: "repairConfirm"
            enabled: root.repair.hasElement
            highlighted: root.repair.hasElement
            icon.name: "dialog-ok"
            text: qsTr("Utiliser cet élément")
            font.bold: true
            Accessible.name: qsTr("Utiliser cet élément : l'étape est réparée")
            onClicked: root.repair.confirm()
        }
        CardButton {
            objectName: "repairCancel"
            icon.name: "dialog-cancel"
            text: qsTr("Annuler")
            Accessible.name: qsTr("Annuler la réparation")
            onClicked: root.repair.cancel()
        }
    }
}
