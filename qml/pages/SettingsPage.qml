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
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            text: qsTr("Lire chaque étape automatiquement")
            checked: AppController.appearance.autoRead
            onToggled: AppController.appearance.autoRead = checked
        }
        FormCard.FormComboBoxDelegate {
            objectName: "speechRate"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            text: qsTr("Vitesse de lecture")
            textRole: "text"
            valueRole: "value"
            model: [
                { text: qsTr("Lente"), value: -0.5 },
                { text: qsTr("Normale"), value: 0 },
                { text: qsTr("Rapide"), value: 0.5 }
            ]
            currentIndex: AppController.appearance.speechRate < -0.2 ? 0 : AppController.appearance.speechRate > 0.2 ? 2 : 1
            onActivated: AppController.appearance.speechRate = currentValue
        }
    }

    FormCard.FormHeader {
        title: qsTr("Affichage")
    }
    FormCard.FormCard {
        FormCard.FormComboBoxDelegate {
            objectName: "textScale"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            text: qsTr("Taille du texte")
            textRole: "text"
            valueRole: "value"
            model: [
                { text: qsTr("Normale (100 %)"), value: 1.0 },
                { text: qsTr("Grande (150 %)"), value: 1.5 },
                { text: qsTr("Très grande (200 %)"), value: 2.0 }
            ]
            currentIndex: AppController.appearance.textScale > 1.75 ? 2 : AppController.appearance.textScale > 1.25 ? 1 : 0
            onActivated: AppController.appearance.textScale = currentValue
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormSwitchDelegate {
            objectName: "highContrastSwitch"
            Layout.minimumHeight: Sizes.formRow
            Accessible.name: text
            text: qsTr("Contraste élevé")
            description: qsTr("Texte blanc sur fond noir, repères en jaune.")
            checked: AppController.appearance.highContrast
            onToggled: AppController.appearance.highContrast = checked
        }
    }
}
