// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtWebEngine
import QtWebChannel
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// A guided session: the real site in a web view, and beside it (landscape)
/// or under it (portrait) the step card. The highlight is drawn in the page
/// by the bridge script; the bubble is native QML, placed from the target's
/// rectangle the page reports.
Kirigami.Page {
    id: root

    required property SessionController session
    readonly property bool landscape: width > height
    property bool pageFailed: false
    property string failureKind: ""
    /// The last refusal replaced the page (a redirect the profile blocked).
    property bool pageLost: false

    signal quitRequested()

    objectName: "sessionPage"
    actions: [
        HeaderAction {
            objectName: "documentsAction"
            icon.name: "folder-documents"
            text: qsTr("Mes documents (%1)").arg(root.session.documents.length)
            onTriggered: documentsDrawer.open()
        },
        LanguageAction {}
    ]

    /// Ending a session wipes it: first say which documents would be lost.
    function requestQuit(): void {
        const documents = root.session.downloadedDocuments();
        if (documents.length > 0) {
            wipeWarning.ask(documents);
        } else {
            root.quitRequested();
        }
    }
    // The header's back arrow ends the session too (with the same warning):
    // a session page never goes away while its session lives on.
    onBackRequested: event => {
        event.accepted = true;
        root.requestQuit();
    }
    title: session.guideTitle
    titleDelegate: PageHeading {
        page: root
    }
    padding: 0

    WebChannel {
        id: channel
    }

    GridLayout {
        anchors.fill: parent
        columns: root.landscape ? 2 : 1
        rowSpacing: 0
        columnSpacing: 0

        Item {
            id: webArea

            Layout.fillWidth: true
            Layout.fillHeight: true

            WebEngineView {
                id: web

                objectName: "webView"
                anchors.fill: parent
                profile: root.session.profile
                webChannel: channel
                webChannelWorld: WebEngineScript.ApplicationWorld
                settings.javascriptCanOpenWindows: false
                settings.localContentCanAccessFileUrls: false
                settings.localContentCanAccessRemoteUrls: false
                settings.pluginsEnabled: false
                settings.fullScreenSupportEnabled: false
                settings.screenCaptureEnabled: false
                settings.webRTCPublicInterfacesOnly: true
                settings.navigateOnDropEnabled: false
                settings.allowWindowActivationFromJavaScript: false
                settings.pdfViewerEnabled: false

                onUrlChanged: root.session.addressChanged(url)
                onNavigationRequested: request => {
                    if (!root.session.allowNavigation(request.url, request.isMainFrame))
                        request.reject();
                }
                onLoadingChanged: info => {
                    if (info.status === WebEngineView.LoadStartedStatus) {
                        root.pageFailed = false;
                        root.pageLost = false;
                    } else if (info.status === WebEngineView.LoadFailedStatus && info.errorCode === -20 /* blocked by the profile */) {
                        // The friendly message is already up; the page under it is gone.
                        root.pageLost = true;
                    } else if (info.status === WebEngineView.LoadFailedStatus && info.errorDomain !== WebEngineView.NoErrorDomain
                               && info.errorCode !== -3 /* aborted by a new navigation */) {
                        root.failureKind = info.errorDomain === WebEngineView.HttpErrorDomain ? "site" : "network";
                        root.pageFailed = true;
                    }
                }
                onNewWindowRequested: request => {
                    // No second window: an allowed page opens here.
                    if (root.session.allowNewWindow(request.requestedUrl))
                        web.url = request.requestedUrl;
                }
                onContextMenuRequested: request => {
                    request.accepted = true;
                    root.session.refuse("context-menu", "");
                }
                onFileDialogRequested: request => {
                    request.accepted = true;
                    if (request.mode === FileDialogRequest.FileModeOpen || request.mode === FileDialogRequest.FileModeOpenMultiple) {
                        picker.request = request;
                        picker.open();
                    } else {
                        // Folders and "save as" would reach the tablet's files.
                        request.dialogReject();
                        root.session.refuse("file-outside-session", "");
                    }
                }
                onPermissionRequested: permission => {
                    // Camera, microphone, location, notifications: never on a shared tablet.
                    permission.deny();
                }
                onRenderProcessTerminated: (status, code) => {
                    root.failureKind = "crash";
                    root.pageFailed = true;
                }
            }

            QQC2.ProgressBar {
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

            TargetBubble {
                objectName: "targetBubble"
                session: root.session
                zoom: web.zoomFactor
                areaWidth: webArea.width
                areaHeight: webArea.height
            }

            BlockedNotice {
                anchors.fill: parent
                session: root.session
                pageLost: root.pageLost
                onBackRequested: web.url = root.session.backOnTrackUrl()
            }

            PageProblem {
                anchors.fill: parent
                visible: root.pageFailed
                kind: root.failureKind
                onRetryRequested: {
                    root.pageFailed = false;
                    if (root.failureKind === "crash")
                        web.url = root.session.backOnTrackUrl();
                    else
                        web.reload();
                }
            }
        }

        StepCard {
            id: card

            Layout.fillWidth: !root.landscape
            Layout.fillHeight: root.landscape
            Layout.preferredWidth: root.landscape ? Math.min(Kirigami.Units.gridUnit * 22, root.width * 0.4) : root.width
            Layout.preferredHeight: root.landscape ? root.height : Math.min(implicitHeight, root.height * 0.45)
            session: root.session
            mediatorMode: AppController.mode !== "self-service"
            onBackOnTrackRequested: web.url = root.session.backOnTrackUrl()
            onQuitRequested: root.requestQuit()
        }
    }

    DocumentPicker {
        id: picker

        session: root.session
    }

    DocumentsDrawer {
        id: documentsDrawer

        session: root.session
        onDocumentChosen: fileName => viewer.show(fileName)
    }

    WipeWarning {
        id: wipeWarning

        anchors.fill: parent
        onDocumentsRequested: documentsDrawer.open()
        onWipeConfirmed: root.quitRequested()
    }

    DocumentViewer {
        id: viewer

        parent: root
        session: root.session
    }

    function closePopups(): void {
        picker.close();
        documentsDrawer.close();
        viewer.close();
        wipeWarning.visible = false;
    }

    // A closed session shows nothing more; the idle countdown is never hidden by a pop-up.
    Connections {
        target: AppController.idle

        function onWarningChanged(): void {
            if (AppController.idle.warning)
                root.closePopups();
        }
    }

    Connections {
        target: root.session

        function onClosedChanged(): void {
            root.closePopups();
        }
    }

    Connections {
        target: root.session
        enabled: !root.session.closed

        function onDocumentSaved(fileName: string): void {
            applicationWindow().showPassiveNotification(qsTr("Document enregistré : %1").arg(fileName));
        }
    }

    Component.onCompleted: {
        channel.registerObject("pasapas", session.bridge);
        const script = WebEngine.script();
        script.name = "pasapas-bridge";
        script.sourceCode = session.userScript;
        script.injectionPoint = WebEngineScript.DocumentCreation;
        script.worldId = WebEngineScript.ApplicationWorld;
        script.runsOnSubFrames = true;
        web.userScripts.insert(script);
        session.start();
        web.url = session.startUrl;
    }
}
