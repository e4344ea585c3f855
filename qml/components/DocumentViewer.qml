// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// One document of the session, shown full screen (Qt PDF for PDF files: PdfPages),
/// with a print button. Nothing leaves the session folder except on paper.
QQC2.Popup {
    id: root

    required property SessionController session
    property string fileName: ""
    readonly property url source: fileName === "" ? "" : session.documents.url(fileName)
    readonly property bool pdf: fileName.toLowerCase().endsWith(".pdf")

    objectName: "documentViewer"
    modal: true
    padding: 0
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    closePolicy: QQC2.Popup.CloseOnEscape

    function show(name: string): void {
        root.fileName = name;
        root.open();
    }

    contentItem: ColumnLayout {
        spacing: 0

        QQC2.ToolBar {
            Layout.fillWidth: true

            RowLayout {
                anchors.fill: parent

                QQC2.ToolButton {
                    objectName: "viewerClose"
                    Layout.minimumHeight: Sizes.bigButton
                    icon.name: "go-previous"
                    text: qsTr("Fermer")
                    Accessible.name: qsTr("Fermer le document")
                    onClicked: root.close()
                }
                Kirigami.Heading {
                    Layout.fillWidth: true
                    level: 3
                    elide: Text.ElideMiddle
                    text: root.fileName
                }
                QQC2.ToolButton {
                    objectName: "viewerPrint"
                    Layout.minimumHeight: Sizes.bigButton
                    icon.name: "document-print"
                    text: qsTr("Imprimer")
                    Accessible.name: qsTr("Imprimer le document")
                    onClicked: applicationWindow().showPassiveNotification(root.session.documents.print(root.source))
                }
            }
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: root.opened && root.source.toString() !== ""
            sourceComponent: root.pdf ? pdfView : imageView
        }
    }

    Component {
        id: pdfView

        Loader {
            source: Qt.resolvedUrl("PdfPages.qml")
            onLoaded: item.source = Qt.binding(() => root.source)
        }
    }
    Component {
        id: imageView

        Image {
            fillMode: Image.PreserveAspectFit
            source: root.source
            Accessible.name: root.fileName
        }
    }
}
