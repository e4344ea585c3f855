// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigamiaddons.formcard as FormCard
import PasAPas
import PasAPas.App

/// Reading aloud and display settings.
FormCard.FormCardPage {
    id: root

    objectName: "settingsPage"
    title: qsTr("Réglages")
    titleDelegate: PageHeading {
        page: root
    }

    FormCard.FormHeader {
        title: qsTr("Lecture à voix haute")
    }
    FormCard.FormCard {
        FormCard.FormSwitchDelegate {
            objectName: "autoReadSwitch"
            Layout.minimumHeight: 56
            Accessible.name: text
            text: qsTr("Lire chaque étape automatiquement")
            checked: AppController.autoRead
            onToggled: AppController.autoRead = checked
        }
        FormCard.FormComboBoxDelegate {
            objectName: "speechRate"
            Layout.minimumHeight: 56
            Accessible.name: text
            text: qsTr("Vitesse de lecture")
            textRole: "text"
            valueRole: "value"
            model: [
                { text: qsTr("Lente"), value: -0.5 },
                { text: qsTr("Normale"), value: 0 },
                { text: qsTr("Rapide"), value: 0.5 }
            ]
            currentIndex: AppController.speechRate < -0.2 ? 0 : AppController.speechRate > 0.2 ? 2 : 1
            onActivated: AppController.speechRate = currentValue
        }
    }

    FormCard.FormHeader {
        title: qsTr("Affichage")
    }
    FormCard.FormCard {
        FormCard.FormComboBoxDelegate {
            objectName: "textScale"
            Layout.minimumHeight: 56
            Accessible.name: text
            text: qsTr("Taille du texte")
            textRole: "text"
            valueRole: "value"
            model: [
                { text: qsTr("Normale (100 %)"), value: 1.0 },
                { text: qsTr("Grande (150 %)"), value: 1.5 },
                { text: qsTr("Très grande (200 %)"), value: 2.0 }
            ]
            currentIndex: AppController.textScale > 1.75 ? 2 : AppController.textScale > 1.25 ? 1 : 0
            onActivated: AppController.textScale = currentValue
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormSwitchDelegate {
            objectName: "highContrastSwitch"
            Layout.minimumHeight: 56
            Accessible.name: text
            text: qsTr("Contraste élevé")
            description: qsTr("Texte blanc sur fond noir, repères en jaune.")
            checked: AppController.highContrast
            onToggled: AppController.highContrast = checked
        }
    }
}
