// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// What a sensitive step says around a take-over: to the mediator, "give
/// the tablet back"; then to the person, "type it yourself, the mediator
/// is not looking". Each is made the first time it shows (issue 16).
Item {
    id: root

    required property SessionController session

    OnNeed {
        anchors.fill: parent
        shown: root.session.takeover.handBackAsked
        sourceComponent: FullScreenNotice {
            objectName: "handBackNotice"
            visible: root.session.takeover.handBackAsked
            iconName: "dialog-password"
            title: qsTr("Rendez la tablette à la personne")
            text: qsTr("Cette étape est secrète (un mot de passe, un code). La personne la fait seule.")

            NoticeButton {
                objectName: "handBackNoticeButton"
                icon.name: "go-home"
                text: qsTr("Je rends la main")
                highlighted: true
                onClicked: root.session.takeover.handBack()
            }
        }
    }
    OnNeed {
        anchors.fill: parent
        shown: root.session.takeover.privateTyping
        sourceComponent: FullScreenNotice {
            objectName: "privateTypingNotice"
            visible: root.session.takeover.privateTyping
            iconName: "dialog-password"
            titleLevel: 1
            title: qsTr("Tapez vous-même, le médiateur ne regarde pas")
            text: qsTr("Ce que vous tapez reste à vous. La tablette ne le garde pas.")

            NoticeButton {
                objectName: "privateTypingOk"
                icon.name: "dialog-ok"
                text: qsTr("J'ai compris")
                highlighted: true
                onClicked: root.session.takeover.dismissPrivateTyping()
            }
        }
    }
}
