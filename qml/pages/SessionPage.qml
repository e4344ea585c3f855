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

    signal quitRequested()

    objectName: "sessionPage"
    actions: [
        LanguageAction {}
    ]
    title: session.guideTitle
    padding: 0

    WebChannel {
        id: channel
    }

    WebEngineProfile {
        id: sessionProfile

        // Each session lives in memory only: nothing reaches the disk.
        offTheRecord: true
        httpCacheType: WebEngineProfile.MemoryHttpCache
        persistentCookiesPolicy: WebEngineProfile.NoPersistentCookies

        onDownloadRequested: download => {
            if (!root.session.acceptsDownload(download.mimeType, download.downloadFileName)) {
                download.cancel();
                applicationWindow().showPassiveNotification(qsTr("Ce fichier ne peut pas être enregistré sur la tablette."));
                return;
            }
            download.downloadDirectory = root.session.documentsFolder;
            download.accept();
        }
        onDownloadFinished: download => {
            if (download.state === WebEngineDownloadRequest.DownloadCompleted)
                applicationWindow().showPassiveNotification(qsTr("Document enregistré : %1").arg(download.downloadFileName));
        }
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
                profile: sessionProfile
                webChannel: channel
                webChannelWorld: WebEngineScript.ApplicationWorld
                settings.javascriptCanOpenWindows: false
                settings.localContentCanAccessFileUrls: false
                settings.localContentCanAccessRemoteUrls: false

                onUrlChanged: root.session.addressChanged(url)
                onLoadingChanged: info => {
                    if (info.status === WebEngineView.LoadStartedStatus) {
                        root.pageFailed = false;
                    } else if (info.status === WebEngineView.LoadFailedStatus && info.errorDomain !== WebEngineView.NoErrorDomain
                               && info.errorCode !== -3 /* aborted by a new navigation */) {
                        root.failureKind = info.errorDomain === WebEngineView.HttpErrorDomain ? "site" : "network";
                        root.pageFailed = true;
                    }
                }
                onNewWindowRequested: request => {
                    // No second window: the page opens here.
                    web.url = request.requestedUrl;
                }
                onContextMenuRequested: request => {
                    request.accepted = true;
                }
                onFileDialogRequested: request => {
                    request.accepted = true;
                    picker.request = request;
                    picker.open();
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
            onQuitRequested: root.quitRequested()
        }
    }

    DocumentPicker {
        id: picker

        session: root.session
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
