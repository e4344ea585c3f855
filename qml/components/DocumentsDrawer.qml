// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// "Mes documents": what the session downloaded (attestations) and the
/// practice samples. They live in the session folder and are wiped with it.
QQC2.Drawer {
    id: root

    required property SessionController session

    signal documentChosen(fileName: string)

    objectName: "documentsDrawer"
    edge: Qt.application.layoutDirection === Qt.RightToLeft ? Qt.LeftEdge : Qt.RightEdge
    modal: true
    // Opened from the header's "Mes documents" action only.
    interactive: opened
    width: Math.min(Kirigami.Units.gridUnit * 22, applicationWindow().width * 0.8)
    height: applicationWindow().height

    contentItem: Item {
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Kirigami.Units.largeSpacing
        spacing: Kirigami.Units.largeSpacing

        RowLayout {
            Layout.fillWidth: true

            Kirigami.Heading {
                Layout.fillWidth: true
                level: 2
                text: qsTr("Mes documents")
            }
            QQC2.Button {
                objectName: "documentsClose"
                Layout.minimumHeight: Sizes.bigButton
                Layout.minimumWidth: Sizes.bigButton
                icon.name: "window-close"
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Fermer la liste des documents")
                Accessible.name: text
                onClicked: root.close()
            }
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.session.documents

            delegate: QQC2.ItemDelegate {
                required property string fileName

                width: ListView.view.width
                implicitHeight: Sizes.bigButton
                objectName: "documentRow-" + fileName
                icon.name: fileName.toLowerCase().endsWith(".pdf") ? "application-pdf" : "image-x-generic"
                text: fileName
                Accessible.name: qsTr("Ouvrir %1").arg(fileName)
                // A button to a screen reader: it offers the press action.
                Accessible.role: Accessible.Button
                onClicked: {
                    root.close();
                    root.documentChosen(fileName);
                }
                // Rows go whenever the list changes, within a session: their
                // icon and label (made by the style with no owner) go with them.
                Component.onCompleted: OrphanItems.adopt(this)
            }

            Kirigami.PlaceholderMessage {
                anchors.centerIn: parent
                width: parent.width
                visible: root.session.documents.count === 0
                text: qsTr("Aucun document pour l'instant")
            }
        }
    }
    }
}
