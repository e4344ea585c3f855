// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// One guide before starting: what it does, how long it takes, the documents
/// to prepare (a checklist), its languages, and a big Start button.
Kirigami.ScrollablePage {
    id: root

    required property string guideId
    readonly property var details: AppController.catalog.details(guideId)
    readonly property bool showMediatorNotes: AppController.kiosk.mode !== Mode.SelfService && root.details.mediatorNotes !== undefined

    signal startRequested(guideId: string)
    /// The guide studio's editor (mediator mode).
    signal editRequested(guideId: string)

    objectName: "guideDetailPage"
    title: details.title.text
    titleDelegate: PageHeading {
        page: root
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing * 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.largeSpacing

            Kirigami.Icon {
                Layout.preferredWidth: Kirigami.Units.iconSizes.huge
                Layout.preferredHeight: Kirigami.Units.iconSizes.huge
                source: Pictograms.source(root.details.pictogram)
            }
            ColumnLayout {
                Layout.fillWidth: true

                Kirigami.Heading {
                    Layout.fillWidth: true
                    level: 1
                    wrapMode: Text.WordWrap
                    text: root.details.title.text
                }
                QQC2.Label {
                    Layout.fillWidth: true
                    visible: root.details.title.fallback
                    color: Kirigami.Theme.neutralTextColor
                    wrapMode: Text.WordWrap
                    text: qsTr("Ce guide n'est pas encore traduit : il est en français.")
                }
                QQC2.Label {
                    objectName: "duration"
                    //: Estimated duration of a procedure
                    text: qsTr("⏱ Durée : environ %n minute(s)", "", root.details.minutes)
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.details.summary.text
        }

        QQC2.Button {
            id: startButton

            objectName: "startButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Kirigami.Units.gridUnit * 3.5
            icon.name: "media-playback-start"
            text: qsTr("Commencer")
            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.4
            font.bold: true
            highlighted: true
            Accessible.name: qsTr("Commencer la démarche « %1 »").arg(root.details.title.text)
            onClicked: root.startRequested(root.guideId)
        }

        Kirigami.Heading {
            Layout.fillWidth: true
            level: 2
            visible: documents.count > 0
            text: qsTr("À préparer avant de commencer")
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Repeater {
                id: documents

                model: root.details.documents

                QQC2.CheckDelegate {
                    id: documentRow

                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    Layout.minimumHeight: Sizes.bigButton
                    objectName: "document-" + index
                    icon.name: modelData.pictogram || "document-properties"
                    icon.width: Kirigami.Units.iconSizes.medium
                    icon.height: Kirigami.Units.iconSizes.medium
                    text: modelData.text
                    Accessible.name: modelData.text
                    Accessible.description: checked ? qsTr("prêt") : qsTr("pas encore prêt")
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: documents.count > 0
            color: Kirigami.Theme.disabledTextColor
            wrapMode: Text.WordWrap
            text: qsTr("Cochez chaque document quand vous l'avez avec vous.")
        }

        Kirigami.Heading {
            Layout.fillWidth: true
            level: 2
            text: qsTr("Langues de ce guide")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing

            Repeater {
                model: root.details.languages

                Kirigami.Chip {
                    required property string modelData

                    closable: false
                    checkable: false
                    text: AppController.localization.languageName(modelData)
                    Accessible.name: text
                }
            }
        }

        Kirigami.InlineMessage {
            Layout.fillWidth: true
            visible: root.showMediatorNotes
            type: Kirigami.MessageType.Information
            text: root.showMediatorNotes ? qsTr("<b>Note pour le médiateur :</b> %1").arg(root.details.mediatorNotes.text) : ""
        }

        Kirigami.InlineMessage {
            Layout.fillWidth: true
            visible: root.details.overridesBundled === true && root.details.local === true
            type: Kirigami.MessageType.Warning
            text: qsTr("Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l'application.").arg(root.details.origin)
        }

        // The guide studio's editor: a bundled guide's edit is saved as a local version.
        QQC2.Button {
            objectName: "editGuide"
            Layout.minimumHeight: Sizes.touchTarget
            visible: AppController.kiosk.mode === Mode.Mediator
            icon.name: "document-edit"
            text: qsTr("Modifier ce guide")
            onClicked: root.editRequested(root.guideId)
        }
        // The guide studio: a guide of the tablet's own folder can go (the bundled version comes back).
        QQC2.Button {
            objectName: "removeLocalGuide"
            Layout.minimumHeight: Sizes.touchTarget
            visible: AppController.kiosk.mode === Mode.Mediator && AppController.studio.canRemoveLocal(root.guideId)
            icon.name: root.details.overridesBundled === true ? "edit-undo" : "edit-delete"
            text: root.details.overridesBundled === true ? qsTr("Revenir à la version d'origine") : qsTr("Supprimer ce guide local")
            onClicked: {
                if (AppController.studio.removeLocal(root.guideId))
                    applicationWindow().pageStack.pop();
            }
        }
    }
}
