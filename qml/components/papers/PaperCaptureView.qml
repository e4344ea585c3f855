// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// Papers to upload, full screen: take a photo, turn and crop it, add pages,
/// send. The file lands in the session folder and goes to the site's chooser.
QQC2.Popup {
    id: root

    required property PaperCapture capture
    /// The site's file request, answered with the file made here.
    property var request: null
    /// A camera works. Asked only while the capture shows: the question starts Qt Multimedia.
    readonly property bool camera: root.visible && root.capture.source.available

    /// What to do now, shown and read aloud.
    readonly property string instruction: {
        switch (capture.stage) {
        case PaperCapture.Camera:
            return root.camera ? qsTr("Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.")
                                            : qsTr("Pas d'appareil photo sur cette tablette. Choisissez un document de la session.");
        case PaperCapture.Review:
            return qsTr("Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.");
        case PaperCapture.Pages:
            return qsTr("Ajoutez une page si le papier en a plusieurs. Choisissez ce que c'est, puis appuyez sur « Envoyer ».");
        default:
            return qsTr("Préparation du fichier…");
        }
    }

    signal sent(url document)

    function speak(): void {
        AppController.readAloud.speak(root.instruction, AppController.localization.language, AppController.appearance.speechRate);
    }

    objectName: "paperCapture"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    padding: 0
    closePolicy: QQC2.Popup.CloseOnEscape

    onOpened: {
        pages.kind = "";
        root.capture.clear();
        root.capture.source.start();
        if (AppController.appearance.autoRead)
            root.speak();
    }
    onClosed: {
        root.capture.source.stop();
        root.capture.clear();
    }
    onInstructionChanged: {
        if (root.opened && AppController.appearance.autoRead)
            root.speak();
    }

    Connections {
        target: root.capture

        function onFileReady(document: url, fileName: string): void {
            root.sent(document);
            root.close();
        }
    }

    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Prendre en photo")

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            spacing: Kirigami.Units.largeSpacing

            QQC2.ToolButton {
                objectName: "paperCancel"
                Layout.preferredHeight: Sizes.bigButton
                icon.name: "dialog-cancel"
                text: qsTr("Annuler")
                Accessible.name: text
                onClicked: root.close()
            }
            QQC2.ToolButton {
                objectName: "paperSpeak"
                Layout.preferredWidth: Sizes.bigButton
                Layout.preferredHeight: Sizes.bigButton
                icon.name: "audio-volume-high"
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Écouter")
                Accessible.name: qsTr("Lire la consigne à voix haute")
                onClicked: root.speak()
            }
            QQC2.Label {
                objectName: "paperInstruction"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.3
                font.bold: true
                text: root.instruction
            }
        }

        PaperViewfinder {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.capture.stage === PaperCapture.Camera
            capture: root.capture
            available: root.camera
            onDocumentsRequested: root.close()
        }
        PaperCrop {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.capture.stage === PaperCapture.Review
            capture: root.capture
        }
        PaperPages {
            id: pages

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.capture.stage === PaperCapture.Pages
            capture: root.capture
        }
        QQC2.BusyIndicator {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.capture.stage === PaperCapture.Working
            running: visible
            Accessible.name: root.instruction
        }
    }
}
