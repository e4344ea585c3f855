// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtWebEngine
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
    /// The guide's own parts (the step card, the header's title and
    /// buttons, the bubble) are drawn once the page's load has ended, or a
    /// second after the session page at the latest (a slow site); until
    /// then the window shows the page coming and its loading bar, in plain
    /// colours. Chromium's browser side runs on this thread: the card made
    /// as the load started held the page back by as long as it took to make
    /// and draw, and the first text and pictures drawn make the graphics
    /// driver build their programs, which a fresh tablet's first frame waits
    /// for (issue 16). Their places are kept meanwhile.
    readonly property bool guideShown: card.active

    signal quitRequested()

    objectName: "sessionPage"
    /// The header's actions, as buttons of its own (PageHeader), which gives
    /// them to Kirigami's toolbar when they do not fit beside the title.
    readonly property list<Kirigami.Action> headerActions: [
        HeaderAction {
            objectName: "pageBackAction"
            icon.name: "go-previous"
            text: qsTr("Page précédente")
            visible: web.canGoBack
            onTriggered: web.goBack()
        },
        HeaderAction {
            objectName: "documentsAction"
            icon.name: "folder-documents"
            text: qsTr("Mes documents (%1)").arg(root.session.documents.count)
            onTriggered: popups.openDocuments()
        },
        HeaderAction {
            objectName: "takeOverAction"
            icon.name: "user-identity"
            text: qsTr("Je prends la main")
            visible: AppController.kiosk.mode !== Mode.SelfService && !root.session.takeover.active
            onTriggered: root.session.takeover.take()
        },
        // A mediator who sees the wrong element lit repairs the step (mediator mode only).
        HeaderAction {
            objectName: "repairAction"
            icon.name: visible ? "tools-wizard" : "" // read only once shown (issue 16)
            text: qsTr("Réparer cette étape")
            visible: AppController.kiosk.mode === Mode.Mediator && AppController.repair.available && !AppController.repair.active
            onTriggered: root.requestRepair()
        },
        LanguageAction {}
    ]

    /// « Réparer cette étape »: the mediator's PIN first outside mediator mode.
    function requestRepair(): void {
        if (AppController.repair.needsPin)
            applicationWindow().pageStack.push(repairPin);
        else
            AppController.repair.begin();
    }

    /// Ending a session wipes it: first say which documents would be lost.
    function requestQuit(): void {
        const documents = root.session.documents.downloaded();
        if (documents.length > 0) {
            wipeWarning.get().ask(documents);
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
    titleDelegate: PageHeader {
        page: root
        headerActions: root.headerActions
        backAlways: true
    }
    padding: 0

    GridLayout {
        anchors.fill: parent
        columns: root.landscape ? 2 : 1
        rowSpacing: 0
        columnSpacing: 0

        Item {
            id: webArea

            Layout.fillWidth: true
            Layout.fillHeight: true

            GuardedWebView {
                id: web

                objectName: "webView"
                anchors.fill: parent
                profile: root.session.profile

                onUrlChanged: root.session.addressChanged(url)
                onNavigationRequested: request => {
                    if (!root.session.lockdown.allowNavigation(request.url, request.isMainFrame))
                        request.reject();
                }
                // What a failed load means is decided by the session (SessionController::pageLoading).
                onLoadingChanged: info => {
                    root.session.pageLoading(info.status, info.errorDomain, info.errorCode);
                    // Out of the engine's own call, once the load has ended (see card).
                    if (!card.active && info.status !== WebEngineLoadingInfo.LoadStartedStatus)
                        Qt.callLater(card.make);
                }
                onNewWindowRequested: request => {
                    // No second window: an allowed page opens here.
                    if (root.session.lockdown.allowNewWindow(request.requestedUrl))
                        web.url = request.requestedUrl;
                }
                onContextMenuRequested: request => {
                    request.accepted = true;
                    root.session.lockdown.refuse(BlockReason.ContextMenu, "");
                }
                onFileDialogRequested: request => {
                    request.accepted = true;
                    if (request.mode === FileDialogRequest.FileModeOpen || request.mode === FileDialogRequest.FileModeOpenMultiple) {
                        popups.pickFile(request);
                    } else {
                        // Folders and "save as" would reach the tablet's files.
                        request.dialogReject();
                        root.session.lockdown.refuse(BlockReason.FileOutsideSession, "");
                    }
                }
                onRenderProcessTerminated: (status, code) => root.session.pageCrashed()
            }

            PageLoadingBar {
                objectName: "pageLoadingBar"
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
                id: bubble

                objectName: "targetBubble"
                visible: bubble.shown && !AppController.repair.active && root.guideShown
                session: root.session
                zoom: web.zoomFactor
                areaWidth: webArea.width
                areaHeight: webArea.height
            }

            // Made the first time they show (issue 16): their pictograms are read only then.
            OnNeed {
                anchors.fill: parent
                shown: root.session.lockdown.reason !== BlockReason.None
                sourceComponent: BlockedNotice {
                    session: root.session
                    pageLost: root.session.pageLost
                    onBackRequested: root.backOnTrack()
                }
            }

            OnNeed {
                anchors.fill: parent
                shown: root.session.pageFailure !== PageFailure.None
                sourceComponent: PageProblem {
                    failure: root.session.pageFailure
                    onRetryRequested: {
                        const crashed = root.session.pageFailure === PageFailure.Crash;
                        root.session.clearPageFailure();
                        if (crashed)
                            web.url = root.session.backOnTrackUrl();
                        else
                            web.reload();
                    }
                }
            }
        }

        // Made once the page's load has ended (web's onLoadingChanged), or by
        // its timer: guideShown.
        Loader {
            id: card

            active: false
            visible: !root.session.takeover.active && !AppController.repair.active
            Layout.fillWidth: !root.landscape
            Layout.fillHeight: root.landscape
            Layout.preferredWidth: root.landscape ? Math.min(Kirigami.Units.gridUnit * 22, root.width * 0.4) : root.width
            Layout.preferredHeight: root.landscape ? root.height : Math.min(implicitHeight, root.height * 0.45)
            sourceComponent: StepCard {
                session: root.session
                mediatorMode: AppController.kiosk.mode !== Mode.SelfService
                repairOffered: AppController.repair.available
                onBackOnTrackRequested: root.backOnTrack()
                onQuitRequested: root.requestQuit()
                onRepairRequested: root.requestRepair()
            }

            function make(): void {
                card.active = true;
            }
            // Should the page never start loading (no address), the card comes all the same.
            Timer {
                running: !card.active
                interval: 1000
                onTriggered: card.make()
            }
        }
        // Made when first needed (issue 16).
        OnNeed {
            shown: AppController.repair.active
            Layout.fillWidth: card.Layout.fillWidth
            Layout.fillHeight: root.landscape
            Layout.preferredWidth: card.Layout.preferredWidth
            Layout.preferredHeight: root.landscape ? root.height : root.height * 0.45
            sourceComponent: RepairCard {
                session: root.session
                repair: AppController.repair
            }
        }
        OnNeed {
            shown: root.session.takeover.active && !AppController.repair.active
            Layout.fillWidth: card.Layout.fillWidth
            Layout.fillHeight: true
            Layout.preferredWidth: card.Layout.preferredWidth
            Layout.preferredHeight: root.landscape ? root.height : root.height * 0.45
            sourceComponent: TakeoverCard {
                session: root.session
            }
        }
    }

    // The header's title and buttons, with guideShown (its height is fixed: Main.qml).
    Binding {
        when: !root.guideShown
        target: root.globalToolBarItem
        property: "visible"
        value: false
    }

    TakeoverNotices {
        anchors.fill: parent
        z: 20
        session: root.session
    }

    // "J'ai besoin d'aide": a signal over the top of the page until a mediator answers (made when first called).
    OnNeed {
        anchors {
            top: parent.top
            left: parent.left
            right: parent.right
        }
        z: 10
        shown: root.session.helpCalled && !root.session.closed
        sourceComponent: HelpSignal {
            session: root.session
            onAnswerRequested: {
                if (AppController.kiosk.mode === Mode.SelfService && AppController.kiosk.hasPin)
                    applicationWindow().pageStack.push(helpPin);
                else
                    root.session.acknowledgeHelp();
            }
        }
    }
    Component {
        id: repairPin

        PinPage {
            purpose: PinPage.Confirm
            onConfirmed: {
                applicationWindow().pageStack.pop();
                AppController.repair.begin();
            }
        }
    }
    Component {
        id: helpPin

        PinPage {
            purpose: PinPage.Confirm
            onConfirmed: {
                root.session.acknowledgeHelp();
                applicationWindow().pageStack.pop();
            }
        }
    }

    // The site's file chooser, « Mes documents » and the viewer: made when first opened (issue 16).
    SessionPopups {
        id: popups

        anchors.fill: parent
        session: root.session
    }

    // Made the first time a Quit would lose documents (issue 16).
    OnFirstUse {
        id: wipeWarning

        sourceComponent: WipeWarning {
            onDocumentsRequested: popups.openDocuments()
            onWipeConfirmed: root.quitRequested()
        }
    }

    function closePopups(): void {
        popups.closeAll();
        if (wipeWarning.item)
            wipeWarning.item.visible = false;
    }

    /// Back to the good page: through the history when it is there (the form
    /// keeps what was typed), else opened anew.
    function backOnTrack(): void {
        const offset = root.session.backOnTrackOffset(web.history);
        if (offset < 0)
            web.goBackOrForward(offset);
        else
            web.url = root.session.backOnTrackUrl();
    }

    // A closed session shows nothing more; the idle countdown is never hidden by a pop-up.
    Connections {
        target: AppController.kiosk.idle

        function onWarningChanged(): void {
            if (AppController.kiosk.idle.warning)
                root.closePopups();
        }
    }

    Connections {
        target: root.session

        // The back button or key: the previous web page (never the end of the session).
        function onPageBackRequested(): void {
            if (web.canGoBack)
                web.goBack();
        }
        function onClosedChanged(): void {
            root.closePopups();
        }
        // The page's renderer ended: its last address again, the guide resumes there.
        function onReloadRequested(url: url): void {
            web.url = url;
        }
        // Said aloud in the person's language, for those who do not read.
        function onHelpRequested(): void {
            AppController.readAloud.speak(qsTr("Vous avez demandé de l'aide. Un médiateur va venir."), AppController.localization.language, AppController.appearance.speechRate);
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
        web.attach(session.bridge, session.userScript);
        session.start();
        web.url = session.startUrl;
    }
}
