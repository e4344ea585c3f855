// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import PasAPas
import PasAPas.App

/// The mediator's space, behind the PIN: the tablet's mode, the kiosk's
/// settings (idle reset, the sites allowed in every guide), the fleet's
/// signed guide packs and the PIN.
FormCard.FormCardPage {
    id: root

    signal modeChosen(mode: int)
    signal catalogRequested()
    signal pinChangeRequested()
    signal activityRequested()
    signal studioRequested()

    objectName: "mediatorPage"
    title: qsTr("Espace médiateur")
    titleDelegate: PageHeading {
        page: root
    }

    FormCard.FormHeader {
        title: qsTr("Préparer une session")
    }
    FormCard.FormCard {
        FormCard.FormButtonDelegate {
            objectName: "mediatorCatalog"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "view-list-details"
            text: qsTr("Voir les guides")
            description: qsTr("Choisir un guide et les documents à préparer.")
            onClicked: root.catalogRequested()
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormButtonDelegate {
            objectName: "mediatorActivity"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "office-chart-bar"
            text: qsTr("Activité")
            description: AppController.desk.problem.length > 0 ? AppController.desk.problem : qsTr("Les chiffres anonymes de l'accueil, pour les financeurs.")
            onClicked: root.activityRequested()
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormButtonDelegate {
            objectName: "mediatorStudio"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "media-record"
            text: qsTr("Créer un guide")
            description: qsTr("Faire la démarche une fois sur le vrai site : chaque appui devient une étape.")
            onClicked: root.studioRequested()
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormButtonDelegate {
            objectName: "mediatorAccompanied"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "system-users"
            text: qsTr("Passer en session accompagnée")
            onClicked: root.modeChosen(Mode.Accompanied)
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormButtonDelegate {
            objectName: "mediatorKiosk"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "lock"
            text: qsTr("Verrouiller en mode autonome")
            description: qsTr("Pour prêter la tablette : seuls les sites des guides s'ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.")
            onClicked: root.modeChosen(Mode.SelfService)
        }
    }

    FormCard.FormHeader {
        title: qsTr("Mode autonome")
    }
    FormCard.FormCard {
        // A list rather than a spin box: large entries, no tiny arrows.
        FormCard.FormComboBoxDelegate {
            objectName: "idleMinutes"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            text: qsTr("Minutes sans toucher l'écran avant d'effacer")
            model: [1, 2, 3, 5, 10, 15, 30]
            currentIndex: Math.max(0, model.indexOf(AppController.kiosk.idleMinutes))
            onActivated: index => AppController.kiosk.idleMinutes = model[index]
        }
        FormCard.FormDelegateSeparator {}
        // The allow-list: a tall field (several hosts visible, a large
        // touch target), its label, and what saving it said.
        FormCard.AbstractFormDelegate {
            background: null
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Sites autorisés dans tous les guides")
            contentItem: ColumnLayout {
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    text: qsTr("Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)")
                    wrapMode: Text.WordWrap
                    Accessible.ignored: true
                    Layout.fillWidth: true
                }
                QQC2.TextArea {
                    id: hosts

                    objectName: "globalHosts"
                    text: AppController.kiosk.globalHosts
                    placeholderText: "franceconnect.gouv.fr\n*.ameli.fr"
                    wrapMode: TextEdit.WordWrap
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhUrlCharactersOnly
                    Accessible.name: qsTr("Sites autorisés dans tous les guides")
                    Layout.fillWidth: true
                    Layout.minimumHeight: Kirigami.Units.gridUnit * 6
                }
                Kirigami.InlineMessage {
                    id: hostsMessage

                    objectName: "globalHostsMessage"
                    visible: text.length > 0
                    Layout.fillWidth: true
                }
            }
        }
        FormCard.FormButtonDelegate {
            objectName: "saveGlobalHosts"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "document-save"
            text: qsTr("Enregistrer les sites autorisés")
            onClicked: {
                const problem = AppController.kiosk.setGlobalHosts(hosts.text);
                hostsMessage.type = problem === "" ? Kirigami.MessageType.Positive : Kirigami.MessageType.Error;
                hostsMessage.text = problem === "" ? qsTr("Enregistré.") : problem;
            }
        }
    }

    PackChannelCard {}

    FormCard.FormHeader {
        title: qsTr("Sécurité")
    }
    FormCard.FormCard {
        FormCard.FormButtonDelegate {
            objectName: "changePin"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "lock"
            text: qsTr("Changer le code médiateur")
            onClicked: root.pinChangeRequested()
        }
    }
}
