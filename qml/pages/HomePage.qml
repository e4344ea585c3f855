// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The first screen: the three ways in; on a locked kiosk, only "start" and
/// the mediator's way out (behind the PIN).
Kirigami.ScrollablePage {
    id: root

    readonly property bool kiosk: AppController.kiosk.mode === Mode.SelfService

    signal modeChosen(mode: int)
    signal pinSetupRequested()

    /// The header's actions, as buttons of its own (PageHeader), which gives
    /// them to Kirigami's toolbar when they do not fit beside the title.
    readonly property list<Kirigami.Action> headerActions: [
        LanguageAction {},
        SettingsAction {}
    ]

    objectName: "homePage"
    title: qsTr("Pas à pas")
    titleDelegate: PageHeader {
        page: root
        headerActions: root.headerActions
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing * 2

        // After a session: the clear screen that says everything is gone
        // (made the first time it shows: a first start never does).
        // By its address, so that the first frame does not even load its type.
        OnNeed {
            id: wipeNotice

            Layout.fillWidth: true
            shown: AppController.sessions.wipeNotice
            source: "../components/WipeNotice.qml"

            Binding {
                target: wipeNotice.item
                when: wipeNotice.item !== null
                property: "text"
                value: qsTr("Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.")
            }
        }
        // First start: the mediator chooses the PIN that protects the settings and the kiosk.
        PlainMessage {
            objectName: "pinSetupMessage"
            Layout.fillWidth: true
            visible: !AppController.kiosk.hasPin && !root.kiosk
            type: Kirigami.MessageType.Information
            text: qsTr("Médiateur : choisissez un code pour protéger les réglages et le mode autonome.")
        }
        QQC2.Button {
            objectName: "pinSetupButton"
            Layout.alignment: Qt.AlignHCenter
            // Wide enough for the longest translation at 200 % text.
            Layout.fillWidth: true
            Layout.maximumWidth: Kirigami.Units.gridUnit * 24
            Layout.minimumHeight: Sizes.bigButton
            visible: !AppController.kiosk.hasPin && !root.kiosk
            icon.name: "lock"
            text: qsTr("Choisir le code")
            Accessible.name: qsTr("Choisir le code médiateur")
            background: ButtonFrame {
                backdrop: root.background?.color ?? "transparent"
            }
            onClicked: root.pinSetupRequested()
        }

        Kirigami.Heading {
            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.largeSpacing
            level: 1
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Bonjour !")
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            text: root.kiosk ? qsTr("Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.")
                             : qsTr("Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd'hui ?")
        }

        GridLayout {
            id: tiles

            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.largeSpacing
            columns: root.width > Kirigami.Units.gridUnit * 40 && !root.kiosk ? 3 : 1
            columnSpacing: Kirigami.Units.largeSpacing * 2
            rowSpacing: Kirigami.Units.largeSpacing * 2

            ModeTile {
                objectName: "tileAccompanied"
                visible: !root.kiosk
                iconName: "pasapas-accompanied"
                title: qsTr("Session accompagnée")
                description: qsTr("Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.")
                onClicked: root.modeChosen(Mode.Accompanied)
            }
            ModeTile {
                objectName: "tileSelfService"
                iconName: "pasapas-self-service"
                title: root.kiosk ? qsTr("Commencer une démarche") : qsTr("En autonomie")
                description: qsTr("Je fais ma démarche seul·e. Tout sera effacé à la fin.")
                onClicked: root.modeChosen(Mode.SelfService)
            }
            ModeTile {
                objectName: "tileMediator"
                visible: !root.kiosk
                iconName: "pasapas-mediator"
                title: qsTr("Espace médiateur")
                description: qsTr("Préparer une session, choisir les guides, régler la tablette.")
                onClicked: root.modeChosen(Mode.Mediator)
            }
        }

        // The way out of the kiosk, for the mediator only (the PIN is asked).
        QQC2.Button {
            objectName: "unlockButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: Kirigami.Units.gridUnit * 24
            Layout.minimumHeight: Sizes.bigButton
            visible: root.kiosk
            flat: true
            icon.name: "lock"
            text: qsTr("Médiateur : déverrouiller")
            Accessible.name: text
            background: ButtonFrame {
                backdrop: root.background?.color ?? "transparent"
            }
            onClicked: root.modeChosen(Mode.Mediator)
        }
    }
}
