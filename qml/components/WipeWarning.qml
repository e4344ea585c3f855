// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick

/// Before a session is wiped: the documents it downloaded will be lost, so
/// the person can open or print them first, or go on with the procedure.
FullScreenNotice {
    id: root

    property var documents: []

    signal documentsRequested()
    signal wipeConfirmed()

    objectName: "wipeWarning"
    visible: false
    iconName: "folder-documents"
    title: qsTr("Vos documents vont être effacés")
    text: qsTr("En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.").arg(root.documents.join(", "))

    function ask(files: var): void {
        root.documents = files;
        root.visible = true;
    }

    NoticeButton {
        objectName: "wipeShowDocuments"
        icon.name: "folder-documents"
        text: qsTr("Voir mes documents")
        onClicked: {
            root.visible = false;
            root.documentsRequested();
        }
    }
    NoticeButton {
        objectName: "wipeContinue"
        icon.name: "go-previous"
        text: qsTr("Continuer la démarche")
        onClicked: root.visible = false
    }
    NoticeButton {
        objectName: "wipeConfirm"
        icon.name: "edit-delete"
        text: qsTr("Tout effacer et terminer")
        onClicked: {
            root.visible = false;
            root.wipeConfirmed();
        }
    }
}
