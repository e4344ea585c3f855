// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// Before a session is wiped: the documents it downloaded will be lost, so
/// the person can open or print them first, or go on with the procedure.
Rectangle {
    id: root

    property var documents: []

    signal documentsRequested()
    signal wipeConfirmed()

    objectName: "wipeWarning"
    visible: false
    color: Kirigami.Theme.backgroundColor

    function ask(files: var): void {
        root.documents = files;
        root.visible = true;
    }

    MouseArea {
        anchors.fill: parent
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Kirigami.Units.gridUnit * 2, Kirigami.Units.gridUnit * 30)
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Icon {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: Kirigami.Units.iconSizes.huge
            implicitHeight: Kirigami.Units.iconSizes.huge
            source: "folder-documents"
            Accessible.ignored: true
        }
        Kirigami.Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            level: 2
            text: qsTr("Vos documents vont être effacés")
        }
        QQC2.Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.").arg(root.documents.join(", "))
        }
        QQC2.Button {
            objectName: "wipeShowDocuments"
            Layout.fillWidth: true
            Layout.minimumHeight: Kirigami.Units.gridUnit * 3
            icon.name: "folder-documents"
            text: qsTr("Voir mes documents")
            Accessible.name: text
            onClicked: {
                root.visible = false;
                root.documentsRequested();
            }
        }
        QQC2.Button {
            objectName: "wipeContinue"
            Layout.fillWidth: true
            Layout.minimumHeight: Kirigami.Units.gridUnit * 3
            icon.name: "go-previous"
            text: qsTr("Continuer la démarche")
            Accessible.name: text
            onClicked: root.visible = false
        }
        QQC2.Button {
            objectName: "wipeConfirm"
            Layout.fillWidth: true
            Layout.minimumHeight: Kirigami.Units.gridUnit * 3
            icon.name: "edit-delete"
            text: qsTr("Tout effacer et terminer")
            Accessible.name: text
            onClicked: {
                root.visible = false;
                root.wipeConfirmed();
            }
        }
    }
}
