// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The only file chooser a page gets: the documents of this session.
/// Nothing else on the tablet can be picked.
Kirigami.Dialog {
    id: root

    required property SessionController session
    property var request: null

    /// "Prendre en photo": the capture answers the request with the file it makes.
    signal photoRequested(var request)

    title: qsTr("Choisir un document")
    preferredWidth: Kirigami.Units.gridUnit * 24
    standardButtons: Kirigami.Dialog.Cancel

    onRejected: {
        if (request)
            request.dialogReject();
        request = null;
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        QQC2.Button {
            objectName: "takePhoto"
            Layout.fillWidth: true
            Layout.preferredHeight: Sizes.bigButton * 1.5
            // Asked when the chooser shows, not before (the question starts Qt Multimedia).
            enabled: root.opened && root.session.papers.source.available
            icon.name: "camera-photo"
            icon.width: Kirigami.Units.iconSizes.large
            icon.height: Kirigami.Units.iconSizes.large
            //: The button is disabled when the tablet has no working camera
            text: enabled ? qsTr("Prendre en photo") : qsTr("Pas d'appareil photo : choisissez un document ci-dessous")
            Accessible.name: text
            onClicked: {
                const request = root.request;
                root.request = null;
                root.close();
                root.photoRequested(request);
            }
        }

        ListView {
            Layout.fillWidth: true
            implicitHeight: Math.max(contentHeight, Kirigami.Units.gridUnit * 4)
            model: root.session.documents

            delegate: QQC2.ItemDelegate {
                required property string fileName

                width: ListView.view.width
                implicitHeight: Sizes.bigButton
                objectName: "document-" + fileName
                icon.name: fileName.endsWith(".pdf") ? "application-pdf" : "image-x-generic"
                text: fileName
                Accessible.name: fileName
                // A button to a screen reader: it offers the press action.
                Accessible.role: Accessible.Button
                onClicked: {
                    root.request.dialogAccept([String(root.session.documents.url(fileName))]);
                    root.request = null;
                    root.close();
                }
                // Rows go whenever the list changes, within a session: their
                // icon and label (made by the style with no owner) go with them.
                Component.onCompleted: OrphanItems.adopt(this)
            }

            Kirigami.PlaceholderMessage {
                anchors.centerIn: parent
                visible: root.session.documents.count === 0
                text: qsTr("Aucun document dans cette session")
            }
        }
    }
}
