// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import PasAPas.App

/// The fleet's signed guide packs, in the mediator space: the pack's
/// address and the trusted keys, the installed pack, the last check and
/// what it found, and a one-tap rollback.
ColumnLayout {
    id: root

    readonly property PackChannel packs: AppController.packs

    function dateText(date: date): string {
        return date.toLocaleString(Qt.locale(), Locale.ShortFormat);
    }

    spacing: 0
    Layout.fillWidth: true

    FormCard.FormHeader {
        title: qsTr("Guides de la flotte")
    }
    FormCard.FormCard {
        FormCard.FormTextDelegate {
            objectName: "packInstalled"
            Layout.minimumHeight: Sizes.formRow
            // Large text: the title wraps between words rather than being cut.
            textItem.wrapMode: Text.WordWrap
            textItem.elide: Text.ElideNone
            Accessible.name: text + " " + description
            text: qsTr("Paquet de guides installé")
            description: root.packs.installedVersion > 0
                         //: %1 is the pack's version number, %2 its date, %3 how many guides it holds
                         ? qsTr("Version %1 du %2, %3 guide(s)").arg(root.packs.installedVersion).arg(root.dateText(root.packs.installedDate)).arg(root.packs.installedGuideCount)
                         : qsTr("Aucun : les guides fournis avec l'application")
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormTextDelegate {
            objectName: "packLastCheck"
            Layout.minimumHeight: Sizes.formRow
            textItem.wrapMode: Text.WordWrap
            textItem.elide: Text.ElideNone
            Accessible.name: text + " " + description
            text: root.packs.checking ? qsTr("Vérification en cours…")
                                      : root.packs.lastResult.length > 0 ? qsTr("Dernière vérification le %1").arg(root.dateText(root.packs.lastCheck))
                                                                        : qsTr("Jamais vérifié")
            description: root.packs.lastResult
            icon.name: root.packs.lastResult.length === 0 ? "" : root.packs.lastCheckOk ? "dialog-ok" : "dialog-warning"
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormButtonDelegate {
            objectName: "checkPackNow"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "view-refresh"
            enabled: !root.packs.checking && root.packs.address.length > 0
            text: qsTr("Vérifier maintenant")
            onClicked: root.packs.checkNow()
        }
        FormCard.FormDelegateSeparator {
            visible: rollBack.visible
        }
        FormCard.FormButtonDelegate {
            id: rollBack

            objectName: "rollBackPack"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            visible: root.packs.installedVersion > 0
            enabled: !root.packs.checking
            icon.name: "edit-undo"
            text: qsTr("Revenir au paquet précédent")
            description: root.packs.previousVersion > 0
                         //: %1 is the previous pack's version number
                         ? qsTr("La version %1. La version actuelle ne sera plus installée.").arg(root.packs.previousVersion)
                         : qsTr("Les guides fournis avec l'application. La version actuelle ne sera plus installée.")
            onClicked: root.packs.rollBack()
        }
    }
    FormCard.FormCard {
        Layout.topMargin: Kirigami.Units.largeSpacing
        FormCard.AbstractFormDelegate {
            background: null
            focusPolicy: Qt.NoFocus
            Accessible.name: addressLabel.text
            contentItem: ColumnLayout {
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    id: addressLabel

                    text: qsTr("Adresse du paquet (https://…/guides.tar.zst)")
                    wrapMode: Text.WordWrap
                    Accessible.ignored: true
                    Layout.fillWidth: true
                }
                QQC2.TextField {
                    id: address

                    objectName: "packAddress"
                    text: root.packs.address
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhUrlCharactersOnly
                    Accessible.name: addressLabel.text
                    Layout.fillWidth: true
                    Layout.minimumHeight: Sizes.touchTarget
                }
            }
        }
        FormCard.AbstractFormDelegate {
            background: null
            focusPolicy: Qt.NoFocus
            Accessible.name: keysLabel.text
            contentItem: ColumnLayout {
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    id: keysLabel

                    text: qsTr("Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)")
                    wrapMode: Text.WordWrap
                    Accessible.ignored: true
                    Layout.fillWidth: true
                }
                QQC2.TextArea {
                    id: keys

                    objectName: "packKeys"
                    text: root.packs.trustedKeys
                    placeholderText: "RWQ…"
                    wrapMode: TextEdit.WrapAnywhere
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: keysLabel.text
                    Layout.fillWidth: true
                    Layout.minimumHeight: Kirigami.Units.gridUnit * 4
                }
                QQC2.Label {
                    visible: root.packs.trustedKeyIds.length > 0
                    //: %1: the key ids, as minisign prints them
                    text: qsTr("Clés enregistrées : %1").arg(root.packs.trustedKeyIds.join(", "))
                    color: Kirigami.Theme.disabledTextColor
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Kirigami.InlineMessage {
                    id: channelMessage

                    objectName: "packChannelMessage"
                    visible: text.length > 0
                    Layout.fillWidth: true
                }
            }
        }
        FormCard.FormButtonDelegate {
            objectName: "savePackChannel"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            icon.name: "document-save"
            text: qsTr("Enregistrer l'adresse et les clés")
            onClicked: {
                const problem = root.packs.configure(address.text, keys.text);
                channelMessage.type = problem === "" ? Kirigami.MessageType.Positive : Kirigami.MessageType.Error;
                channelMessage.text = problem === "" ? qsTr("Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.") : problem;
                if (problem === "") {
                    root.packs.checkNow();
                }
            }
        }
    }
}
