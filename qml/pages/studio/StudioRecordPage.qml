// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// Recording a guide: the real site in record mode (a tap selects an
/// element, the page draws its highlight and does not react yet) and, beside
/// it (landscape) or under it (portrait), the proposed step. Leaving the page
/// ends the recording; « Enregistrer le guide » saves it.
Kirigami.Page {
    id: root

    readonly property StudioController studio: AppController.studio
    readonly property bool landscape: width > height

    signal finished()

    objectName: "studioRecordPage"
    title: qsTr("Enregistrement : %1").arg(studio.guideTitle)
    titleDelegate: PageHeading {
        page: root
    }
    padding: 0
    actions: [
        HeaderAction {
            objectName: "studioPageBack"
            icon.name: "go-previous"
            text: qsTr("Page précédente")
            visible: web.canGoBack
            onTriggered: web.goBack()
        }
    ]

    GridLayout {
        anchors.fill: parent
        columns: root.landscape ? 2 : 1
        rowSpacing: 0
        columnSpacing: 0

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            GuardedWebView {
                id: web

                objectName: "studioWebView"
                anchors.fill: parent
                profile: root.studio.profile
                onUrlChanged: root.studio.addressChanged(url)
                onNewWindowRequested: request => web.url = request.requestedUrl
                onContextMenuRequested: request => request.accepted = true
                onFileDialogRequested: request => {
                    // Recording never reaches the tablet's files.
                    request.accepted = true;
                    request.dialogReject();
                }
            }
            StillProgressBar {
                anchors {
                    left: parent.left
                    right: parent.right
                    top: parent.top
                }
                visible: web.loading
                from: 0
                to: 100
                value: web.loadProgress
                Accessible.name: qsTr("Chargement de la page")
            }
        }

        ProposalCard {
            Layout.fillWidth: !root.landscape
            Layout.fillHeight: root.landscape
            Layout.preferredWidth: root.landscape ? Math.min(Kirigami.Units.gridUnit * 22, root.width * 0.4) : root.width
            Layout.preferredHeight: root.landscape ? root.height : root.height * 0.45
            studio: root.studio
            onSaveRequested: {
                // The window says it, with « Modifier » (the page goes).
                if (root.studio.save())
                    root.finished();
            }
        }
    }

    Component.onCompleted: {
        web.attach(studio.bridge, studio.userScript);
        web.url = studio.startUrl;
    }
    Component.onDestruction: studio.stop()
}
