// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import PasAPas.App

/// The mediator's space, behind the PIN: the tablet's mode, the kiosk's
/// settings (idle reset, the sites allowed in every guide) and the PIN.
FormCard.FormCardPage {
    id: root

    signal modeChosen(mode: string)
    signal catalogRequested()
    signal pinChangeRequested()

    objectName: "mediatorPage"
    title: qsTr("Espace médiateur")

    FormCard.FormHeader {
        title: qsTr("Préparer une session")
    }
    FormCard.FormCard {
        FormCard.FormButtonDelegate {
            objectName: "mediatorCatalog"
            icon.name: "view-list-details"
            text: qsTr("Voir les guides")
            description: qsTr("Choisir un guide et les documents à préparer.")
            onClicked: root.catalogRequested()
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormButtonDelegate {
            objectName: "mediatorAccompanied"
            icon.name: "system-users"
            text: qsTr("Passer en session accompagnée")
            onClicked: root.modeChosen("accompanied")
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormButtonDelegate {
            objectName: "mediatorKiosk"
            icon.name: "lock"
            text: qsTr("Verrouiller en mode autonome")
            description: qsTr("Pour prêter la tablette : seuls les sites des guides s'ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.")
            onClicked: root.modeChosen("self-service")
        }
    }

    FormCard.FormHeader {
        title: qsTr("Mode autonome")
    }
    FormCard.FormCard {
        // A list rather than a spin box: large entries, no tiny arrows.
        FormCard.FormComboBoxDelegate {
            objectName: "idleMinutes"
            text: qsTr("Minutes sans toucher l'écran avant d'effacer")
            model: [1, 2, 3, 5, 10, 15, 30]
            currentIndex: Math.max(0, model.indexOf(AppController.idleMinutes))
            onActivated: index => AppController.idleMinutes = model[index]
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormTextAreaDelegate {
            id: hosts

            objectName: "globalHosts"
            label: qsTr("Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)")
            text: AppController.globalHosts
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhUrlCharactersOnly
        }
        FormCard.FormButtonDelegate {
            objectName: "saveGlobalHosts"
            icon.name: "document-save"
            text: qsTr("Enregistrer les sites autorisés")
            onClicked: {
                const problem = AppController.setGlobalHosts(hosts.text);
                hosts.status = problem === "" ? Kirigami.MessageType.Positive : Kirigami.MessageType.Error;
                hosts.statusMessage = problem === "" ? qsTr("Enregistré.") : problem;
            }
        }
    }

    FormCard.FormHeader {
        title: qsTr("Sécurité")
    }
    FormCard.FormCard {
        FormCard.FormButtonDelegate {
            objectName: "changePin"
            icon.name: "lock"
            text: qsTr("Changer le code médiateur")
            onClicked: root.pinChangeRequested()
        }
    }
}
