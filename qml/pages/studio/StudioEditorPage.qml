// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtCore
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import PasAPas
import PasAPas.App

/// The guide studio's editor (mediator space): the guide's texts in the
/// language chosen at the top (the missing ones are marked, French shows
/// instead), the documents to prepare, the mediator notes, and the steps.
/// « Enregistrer » checks the guide with the guide loader: nothing invalid is
/// saved, each error shows under its field. « Essayer d'ici » plays the guide
/// from a step; « Exporter » writes it into a folder (a USB key).
FormCard.FormCardPage {
    id: root

    required property string guideId
    readonly property GuideEditor editor: AppController.editor

    objectName: "studioEditorPage"
    //: Title of the guide editor; %1 is the guide's French title
    title: qsTr("Modifier : %1").arg(editor.revision >= 0 ? editor.frenchText("title") : "")
    titleDelegate: PageHeading {
        page: root
    }

    FormCard.FormCard {
        Layout.topMargin: Kirigami.Units.largeSpacing
        EditorChoice {
            id: language

            objectName: "editorLanguage"
            //: Guide editor: the language the texts below are typed in
            text: qsTr("Langue des textes")
            description: qsTr("Les textes manquants s'affichent en français.")
            // The names, each in its own script (a plain list: the list's dialog shows it as is).
            model: root.editor.languages.map(l => l.name)
            currentIndex: root.languageIndex()
            onActivated: index => {
                root.editor.language = root.editor.languages[index].code;
                // The list's dialog set currentIndex itself: it follows the editor again.
                currentIndex = Qt.binding(() => root.languageIndex());
            }
        }
        FormCard.FormTextDelegate {
            objectName: "editorMessage"
            visible: root.editor.message.length > 0
            text: root.editor.message
        }
    }

    FormCard.FormHeader {
        title: qsTr("Le guide")
    }
    FormCard.FormCard {
        EditorTextField {
            field: "title"
            label: qsTr("Titre")
        }
        EditorTextField {
            field: "summary"
            label: qsTr("Résumé")
        }
        EditorTextField {
            field: "mediatorNotes"
            label: qsTr("Notes pour le médiateur")
        }
        Repeater {
            model: root.editor.documentCount
            delegate: RowLayout {
                id: document

                required property int index

                Layout.fillWidth: true
                EditorTextField {
                    Layout.fillWidth: true
                    field: "documents/" + document.index
                    //: Guide editor: a document the person prepares before starting
                    label: qsTr("Document à préparer %1").arg(document.index + 1)
                }
                QQC2.ToolButton {
                    objectName: "editorRemoveDocument-" + document.index
                    Layout.minimumWidth: Sizes.touchTarget
                    Layout.minimumHeight: Sizes.touchTarget
                    icon.name: "edit-delete"
                    text: qsTr("Retirer ce document")
                    display: QQC2.AbstractButton.IconOnly
                    Accessible.name: text
                    onClicked: root.editor.removeDocument(document.index)
                }
            }
        }
        FormCard.FormButtonDelegate {
            objectName: "editorAddDocument"
            Layout.minimumHeight: Sizes.formRow
            icon.name: "list-add"
            text: qsTr("Ajouter un document à préparer")
            Accessible.name: text
            onClicked: root.editor.addDocument()
        }
    }

    FormCard.FormHeader {
        title: qsTr("Les étapes (%1)").arg(root.editor.stepCount)
    }
    Repeater {
        model: root.editor.stepCount
        delegate: EditorStepCard {
            onTryRequested: step => {
                if (!root.editor.tryFrom(step))
                    applicationWindow().showPassiveNotification(root.editor.message.length > 0 ? root.editor.message : qsTr("Ce guide ne peut pas démarrer."));
            }
        }
    }

    FormCard.FormCard {
        Layout.topMargin: Kirigami.Units.largeSpacing * 2
        FormCard.FormButtonDelegate {
            objectName: "editorSave"
            Layout.minimumHeight: Sizes.formRow
            icon.name: "document-save"
            text: qsTr("Enregistrer le guide")
            description: qsTr("Le guide est vérifié, puis enregistré sur cette tablette (version %1).").arg(root.editor.version)
            Accessible.name: text
            onClicked: root.editor.save()
        }
        FormCard.FormButtonDelegate {
            objectName: "editorExport"
            Layout.minimumHeight: Sizes.formRow
            icon.name: "document-export"
            text: qsTr("Exporter vers un dossier")
            description: qsTr("Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.")
            Accessible.name: text
            onClicked: exportFolder.open()
        }
    }

    FolderDialog {
        id: exportFolder

        objectName: "editorExportFolder"
        title: qsTr("Exporter le guide dans ce dossier")
        currentFolder: StandardPaths.writableLocation(StandardPaths.HomeLocation)
        onAccepted: root.editor.exportTo(selectedFolder)
    }

    function languageIndex(): int {
        return Math.max(0, root.editor.languages.findIndex(l => l.code === root.editor.language));
    }

    Component.onCompleted: {
        if (root.editor.guideId !== root.guideId)
            root.editor.open(root.guideId);
    }
    Component.onDestruction: {
        if (root.editor.guideId === root.guideId)
            root.editor.close();
    }
}
