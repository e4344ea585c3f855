// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtCore
import QtQuick
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import PasAPas
import PasAPas.App

/// « Créer un guide », in the mediator's space: the category, the French
/// title and the start address of the guide to record. Recording then opens
/// the site (StudioRecordPage). A guide exported on another tablet (a USB
/// key) can be imported here too: it is checked first.
FormCard.FormCardPage {
    id: root

    signal recordingStarted()
    /// A guide file was imported (and checked): it is in the catalog.
    signal guideImported(guideId: string)

    objectName: "studioStartPage"
    title: qsTr("Créer un guide")
    titleDelegate: PageHeading {
        page: root
    }

    FormCard.FormHeader {
        title: qsTr("Le nouveau guide")
    }
    FormCard.FormCard {
        FormCard.FormComboBoxDelegate {
            id: category

            objectName: "studioCategory"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            text: qsTr("Catégorie")
            model: AppController.categories
            textRole: "name"
            valueRole: "categoryId"
            currentIndex: 0
        }
        FormCard.FormDelegateSeparator {}
        StudioTextField {
            id: guideTitle

            fieldName: "studioTitle"
            label: qsTr("Titre en français")
            placeholderText: qsTr("Par exemple : Demander la carte du CCAS")
        }
        FormCard.FormDelegateSeparator {}
        StudioTextField {
            id: address

            fieldName: "studioAddress"
            label: qsTr("Adresse de départ")
            placeholderText: "https://"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        }
    }
    FormCard.FormCard {
        Layout.topMargin: Kirigami.Units.largeSpacing
        FormCard.FormTextDelegate {
            objectName: "studioStartError"
            visible: AppController.studio.error.length > 0
            text: AppController.studio.error
            textItem.color: Kirigami.Theme.negativeTextColor
        }
        FormCard.FormButtonDelegate {
            objectName: "studioStart"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "media-record"
            text: qsTr("Commencer l'enregistrement")
            description: qsTr("Le site s'ouvre. Chaque appui choisit un élément sans agir : vous relisez l'étape proposée, puis vous faites l'action.")
            onClicked: {
                if (AppController.studio.start(category.currentValue, guideTitle.value, address.value))
                    root.recordingStarted();
            }
        }
    }

    FormCard.FormHeader {
        title: qsTr("Un guide d'une autre tablette")
    }
    FormCard.FormCard {
        FormCard.FormTextDelegate {
            objectName: "studioImportMessage"
            visible: AppController.editor.message.length > 0 && !AppController.editor.active
            text: AppController.editor.message
            textItem.color: Kirigami.Theme.negativeTextColor
        }
        FormCard.FormButtonDelegate {
            objectName: "studioImport"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "document-import"
            text: qsTr("Importer un guide")
            description: qsTr("Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d'être ajouté.")
            onClicked: importFile.open()
        }
    }
    FileDialog {
        id: importFile

        objectName: "studioImportFile"
        title: qsTr("Importer un guide")
        nameFilters: [qsTr("Guides (*.json)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.HomeLocation)
        onAccepted: {
            if (AppController.editor.importFrom(selectedFile))
                root.guideImported(AppController.editor.guideId);
        }
    }
}
