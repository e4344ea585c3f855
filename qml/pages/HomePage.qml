// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas

/// The first screen: the three ways in.
Kirigami.ScrollablePage {
    id: root

    signal modeChosen(mode: string)

    objectName: "homePage"
    actions: [
        LanguageAction {},
        SettingsAction {}
    ]
    title: qsTr("Pas à pas")

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing * 2

        Kirigami.Heading {
            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.largeSpacing
            level: 1
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Bonjour !")
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd'hui ?")
        }

        GridLayout {
            id: tiles

            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.largeSpacing
            columns: root.width > Kirigami.Units.gridUnit * 40 ? 3 : 1
            columnSpacing: Kirigami.Units.largeSpacing * 2
            rowSpacing: Kirigami.Units.largeSpacing * 2

            ModeTile {
                objectName: "tileAccompanied"
                iconName: "system-users"
                title: qsTr("Session accompagnée")
                description: qsTr("Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.")
                onClicked: root.modeChosen("accompanied")
            }
            ModeTile {
                objectName: "tileSelfService"
                iconName: "user-identity"
                title: qsTr("En autonomie")
                description: qsTr("Je fais ma démarche seul·e. Tout sera effacé à la fin.")
                onClicked: root.modeChosen("self-service")
            }
            ModeTile {
                objectName: "tileMediator"
                iconName: "preferences-system"
                title: qsTr("Espace médiateur")
                description: qsTr("Préparer une session, choisir les guides, régler la tablette.")
                onClicked: root.modeChosen("mediator")
            }
        }
    }
}
