// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// The only file chooser a page gets: the documents of this session.
/// Nothing else on the tablet can be picked.
Kirigami.Dialog {
    id: root

    required property SessionController session
    property var request: null

    title: qsTr("Choisir un document")
    preferredWidth: Kirigami.Units.gridUnit * 24
    standardButtons: Kirigami.Dialog.Cancel

    onRejected: {
        if (request)
            request.dialogReject();
        request = null;
    }

    ListView {
        implicitHeight: Math.max(contentHeight, Kirigami.Units.gridUnit * 4)
        model: root.session.documents

        delegate: QQC2.ItemDelegate {
            required property string modelData

            width: ListView.view.width
            implicitHeight: Kirigami.Units.gridUnit * 3
            objectName: "document-" + modelData
            icon.name: modelData.endsWith(".pdf") ? "application-pdf" : "image-x-generic"
            text: modelData
            Accessible.name: modelData
            // A button to a screen reader: it offers the press action.
            Accessible.role: Accessible.Button
            onClicked: {
                root.request.dialogAccept([String(root.session.documentUrl(modelData))]);
                root.request = null;
                root.close();
            }
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            visible: root.session.documents.length === 0
            text: qsTr("Aucun document dans cette session")
        }
    }
}
