// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Window
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

Kirigami.ApplicationWindow {
    id: root

    /// The page of the running session (owned here, so that it always goes with its session).
    property Item sessionPageItem: null
    /// A cold start straight into a guide (`--start`), set by the app before
    /// the window is made: the home page is then made later (HomeLater).
    property bool startsInSession: false
    /// The home page, once made.
    property Item homePageItem: null

    title: qsTr("Pas à pas")

    // Every control follows the text size setting, live.
    font: Kirigami.Theme.defaultFont

    // Arabic and Persian mirror the whole layout.
    LayoutMirroring.enabled: AppController.localization.rightToLeft
    LayoutMirroring.childrenInherit: true

    // A locked kiosk fills the screen and cannot be closed: its only way
    // out is the mediator's PIN.
    visibility: AppController.kiosk.mode === Mode.SelfService ? Window.FullScreen : Window.AutomaticVisibility
    onClosing: close => {
        if (AppController.kiosk.mode === Mode.SelfService)
            close.accepted = false;
    }

    width: Kirigami.Units.gridUnit * 64
    height: Kirigami.Units.gridUnit * 40
    minimumWidth: Kirigami.Units.gridUnit * 18
    minimumHeight: Kirigami.Units.gridUnit * 20

    // The on-screen keyboard (--keyboard): under the pages, which make room
    // for it while it shows, so that the field being typed in stays in view.
    footer: Rectangle {
        height: keyboard.item && keyboard.item.active ? keyboard.item.height : 0
        implicitHeight: height
        clip: true
        color: "black" // the keyboard's own background, on both sides of it
        Loader {
            id: keyboard
            // Large keys, but the page keeps more than half the screen in landscape.
            width: Math.min(parent.width, Math.round(root.height * 1.25))
            anchors.horizontalCenter: parent.horizontalCenter
            active: AppController.localization.onScreenKeyboard
            source: "components/KeyboardPanel.qml"
        }
    }

    // One screen at a time: on a tablet, a page fills the window.
    pageStack.columnView.columnResizeMode: Kirigami.ColumnView.SingleColumn
    pageStack.globalToolBar.style: Kirigami.ApplicationHeaderStyle.ToolBar
    // The header grows with the text size setting (up to 200 %); its buttons
    // (the back button of PageHeading, the page's actions, filling the
    // header's height) stay at least 48 px.
    // (Measured on the body text, which is 18 px at 100 %.)
    pageStack.globalToolBar.preferredHeight: Math.round(Math.max(Sizes.header, bodyText.height * 2.2 + Kirigami.Units.smallSpacing * 2))
    pageStack.globalToolBar.minimumHeight: pageStack.globalToolBar.preferredHeight
    pageStack.globalToolBar.maximumHeight: pageStack.globalToolBar.preferredHeight
    pageStack.globalToolBar.toolbarActionHeightMode: Kirigami.ToolBarLayout.AlwaysFill
    pageStack.globalToolBar.showNavigationButtons: Kirigami.ApplicationHeaderStyle.NoNavigationButtons
    // (Made here, not by Kirigami, which would make it with no parent item.)
    pageStack.initialPage: root.startsInSession ? null : root.madeHome(root.lazyComponent("HomePage").createObject(homeLater.nest))
    /// The home page, made: its signals connected, known as homePageItem.
    function madeHome(page: Item): Item {
        root.homePageItem = root.connectPage("HomePage", page);
        return page;
    }
    // `--start`: the home page is made a second after the guide's first
    // target shows, between frames, and goes under the session page; at once
    // if the person leaves before. (Issue 16: made before the first frame, it
    // was half of the objects created and ~20 ms of the frame's polish.)
    HomeLater {
        id: homeLater

        source: root.pageUrl("HomePage")
        enabled: root.startsInSession
        session: AppController.session
        onMade: page => root.placeHome(root.madeHome(page))
    }
    /// The home page first on the stack, under whatever is there, without a
    /// slide and without taking the focus.
    function placeHome(page: Item): void {
        const columns = root.pageStack.columnView;
        const focused = root.activeFocusItem;
        const duration = columns.scrollDuration;
        columns.scrollDuration = 0;
        columns.insertItem(0, page);
        columns.scrollDuration = duration;
        if (focused)
            focused.forceActiveFocus();
        root.coverIfInPlace();
    }
    // Going back (the header's button, a key) only moves the current page
    // in Kirigami; the pages after it go too, so that the stack is what the
    // person sees (the home screen, when back there, is alone again).
    FontMetrics {
        id: bodyText

        font: Kirigami.Theme.defaultFont
    }

    Connections {
        target: root.pageStack
        function onCurrentIndexChanged(): void {
            Qt.callLater(root.dropPagesAfterCurrent);
        }
    }
    function dropPagesAfterCurrent(): void {
        const stack = root.pageStack;
        // A running session's page leaves only through the one ending path
        // (with its warning), whatever moved the stack (a swipe, a back gesture).
        const page = root.sessionPageItem;
        if (page && AppController.session && !AppController.session.closed) {
            for (let i = stack.currentIndex + 1; i < stack.depth; ++i) {
                if (stack.get(i) === page) {
                    stack.currentIndex = i;
                    page.requestQuit();
                    return;
                }
            }
        }
        if (stack.currentIndex >= 0 && stack.depth > stack.currentIndex + 1)
            stack.pop(stack.get(stack.currentIndex));
        if (stack.currentIndex === 0)
            AppController.kiosk.closeMediatorSpace();
    }
    // The idle reset only runs away from a fresh home screen.
    Binding {
        target: AppController.kiosk
        property: "atHome"
        // (Under a `--start` session page, the home page may not be made yet.)
        value: root.pageStack.depth <= 1 && !root.sessionPageItem
    }

    /// Opens a mode: through the PIN when leaving the kiosk or entering Mediator mode.
    function openMode(mode: int): void {
        if (AppController.kiosk.modeNeedsPin(mode)) {
            root.pageStack.push(pinPage, { purpose: AppController.kiosk.hasPin ? PinPage.Unlock : PinPage.Choose, targetMode: mode });
            return;
        }
        AppController.kiosk.enterMode(mode);
        root.showMode(mode);
    }
    function showMode(mode: int): void {
        root.pageStack.pop(root.pageStack.get(0));
        if (mode === Mode.Mediator)
            root.pushPage("MediatorPage");
        else
            root.pushPage("CatalogPage");
    }

    // The pages behind the home screen that need the web engine, the PDF
    // viewer, the camera, the forms or the file dialogs, and the catalog's,
    // are compiled on first use, from pages/: the home screen does not pay for them. What their
    // signals do, by page (`--self-test` compiles each, compileLazyPages):
    readonly property var pageHandlers: ({
            // The first page (with `--start`, made later: HomeLater).
            "HomePage": {
                modeChosen: mode => root.openMode(mode),
                pinSetupRequested: () => root.pageStack.push(pinPage, { purpose: PinPage.Choose, targetMode: -1 })
            },
            "MediatorPage": {
                modeChosen: mode => root.openMode(mode),
                catalogRequested: () => root.pushPage("CatalogPage"),
                pinChangeRequested: () => root.pageStack.push(pinPage, { purpose: PinPage.Choose, targetMode: -1 }),
                activityRequested: () => root.pushPage("desk/ActivityPage"),
                // The guide studio (mediator space only: never offered in the locked kiosk).
                studioRequested: () => root.pushPage("studio/StudioStartPage")
            },
            "studio/StudioStartPage": {
                recordingStarted: () => root.pushPage("studio/StudioRecordPage"),
                guideImported: guideId => root.openEditor(guideId)
            },
            "studio/StudioRecordPage": {
                finished: () => {
                    root.pageStack.pop(root.pageStack.get(1));
                    const guideId = AppController.studio.savedGuideId;
                    //: After a guide was recorded; the button opens the guide editor
                    root.showPassiveNotification(qsTr("Guide enregistré : il est dans le catalogue, marqué « guide local »."), "long", qsTr("Modifier"), () => root.openEditor(guideId));
                }
            },
            "studio/StudioEditorPage": {},
            "desk/ActivityPage": {},
            "SessionPage": {
                quitRequested: () => root.endSession()
            },
            // The catalog's pages: compiled when the catalog first opens, not
            // before the first frame (the guide's page alone took 140 ms).
            "CatalogPage": {
                categoryChosen: (categoryId, name) => root.pushPage("GuideListPage", { categoryId: categoryId, categoryName: name }),
                guideChosen: guideId => root.pushPage("GuideDetailPage", { guideId: guideId })
            },
            "GuideListPage": {
                guideChosen: guideId => root.pushPage("GuideDetailPage", { guideId: guideId })
            },
            "GuideDetailPage": {
                startRequested: guideId => AppController.sessions.start(guideId),
                editRequested: guideId => root.openEditor(guideId)
            }
        })
    /// The guide editor, on a guide of the catalog (mediator space only).
    function openEditor(guideId: string): void {
        if (AppController.kiosk.mode === Mode.Mediator)
            root.pushPage("studio/StudioEditorPage", { guideId: guideId });
    }
    function pageUrl(page: string): url {
        return Qt.resolvedUrl("pages/" + page + ".qml");
    }
    function lazyComponent(page: string): Component {
        return Qt.createComponent(root.pageUrl(page));
    }
    function connectPage(page: string, item: Item): Item {
        const handlers = root.pageHandlers[page];
        for (const name in handlers)
            item[name].connect(handlers[name]);
        return item;
    }
    /// Pushes a page of pageHandlers; the page stack destroys it when it leaves.
    function pushPage(page: string, properties: var): Item {
        return root.connectPage(page, root.pageStack.push(root.lazyComponent(page), properties ?? {}));
    }
    /// The session's page, owned here (see onSessionChanged).
    function makeSessionPage(): Item {
        const item = root.lazyComponent("SessionPage").createObject(root, { session: AppController.session });
        return root.connectPage("SessionPage", item);
    }
    /// For `--self-test`: every page of pageHandlers compiled; their errors, or "".
    function compileLazyPages(): string {
        let errors = "";
        for (const page in root.pageHandlers) {
            const component = root.lazyComponent(page);
            if (component.status !== Component.Ready)
                errors += page + ": " + component.errorString() + "\n";
        }
        return errors;
    }

    Component {
        id: pinPage

        PinPage {
            onUnlocked: mode => root.showMode(mode)
            onPinChosen: mode => {
                if (mode < 0)
                    root.pageStack.pop();
                else
                    root.openMode(mode);
            }
        }
    }

    function endSession(): void {
        // The next person gets the home screen at once, without a slide.
        root.showFreshHome(() => AppController.finishForNextPerson());
        // Back on the home screen, the mediator's space closes: the next person must not find it open.
        AppController.kiosk.closeMediatorSpace();
    }
    function showFreshHome(wipe: var): void {
        const duration = root.pageStack.columnView.scrollDuration;
        root.pageStack.columnView.scrollDuration = 0;
        wipe();
        OrphanItems.adopt(root); // the pages that go take all their items with them
        root.takeOutAbove(0);
        Qt.callLater(() => root.pageStack.columnView.scrollDuration = duration);
    }
    /// Takes the pages above the index-th out of the stack for good, the
    /// top one first: each is hidden at once and destroyed once the next
    /// screen is drawn (destroying the catalog's pages took 300–500 ms).
    /// Not popped: Kirigami scrolls a popped page out of view first, and
    /// disables a page out of view, which recolours every themed item in it
    /// (100–400 ms for the session page on the tablet), only for it to go.
    /// Taken out, a page is never disabled; the one under it becomes
    /// current (and is enabled: 40–160 ms for each of the catalog's pages).
    function takeOutAbove(index: int): void {
        const stack = root.pageStack;
        while (stack.depth > index + 1) {
            const page = stack.get(stack.depth - 1);
            page.parent = root.contentItem; // Kirigami forgets it, and makes the one under it current
            page.visible = false;
            page.destroy(AppController.sessions.pageTeardownDelay);
        }
    }

    /// While a session's page is shown, in place, the pages under it (the
    /// home screen, the catalog's) are not drawn: nobody can see them, and
    /// drawn they cost every frame, a cold start's first one most (issue 16).
    /// They show again as soon as the stack moves (a slide, a drag), and when
    /// the session page goes. Transparent, not hidden: Kirigami lays out only
    /// visible pages, and would move the session page into their place.
    function coverUnderSession(covered: bool): void {
        const stack = root.pageStack;
        for (let i = 0; i < stack.depth && stack.get(i) !== root.sessionPageItem; ++i)
            stack.get(i).opacity = covered ? 0 : 1;
    }
    function coverIfInPlace(): void {
        const stack = root.pageStack;
        root.coverUnderSession(!stack.columnView.moving && root.sessionPageItem !== null && stack.currentItem === root.sessionPageItem);
    }
    Connections {
        target: root.pageStack.columnView
        function onMovingChanged(): void {
            root.coverIfInPlace();
        }
    }

    // Made the first time the kiosk asks (never on most starts).
    OnNeed {
        anchors.fill: parent
        z: 1000
        shown: AppController.kiosk.idle.warning
        sourceComponent: IdleCountdown {}
    }

    Connections {
        target: AppController

        function onSessionChanged(): void {
            // Nothing of the last session stays on screen, not even a notification.
            if (!AppController.session) {
                for (let i = 0; i < 10; ++i)
                    root.hidePassiveNotification(0);
            }
            // A page for each session; the previous one goes first. Tearing
            // down a web view takes a while: the page is hidden at once and
            // destroyed once the next screen is drawn.
            const old = root.sessionPageItem;
            if (old) {
                homeLater.now(); // under it before it goes (a `--start` session ended early)
                OrphanItems.adopt(root); // its page and header take all their items with them
                root.sessionPageItem = null;
                root.coverUnderSession(false);
                // Off the stack with whatever is above it (the language page…),
                // hidden now, destroyed once the next screen is drawn; the
                // session object outlives it (SessionManager's teardown delays).
                let below = 0;
                while (below + 1 < root.pageStack.depth && root.pageStack.get(below + 1) !== old)
                    ++below;
                if (below + 1 < root.pageStack.depth) {
                    root.takeOutAbove(below);
                } else { // not on the stack
                    old.visible = false;
                    old.destroy(AppController.sessions.pageTeardownDelay);
                }
            }
            if (AppController.session) {
                root.sessionPageItem = root.makeSessionPage();
                root.pageStack.push(root.sessionPageItem);
            }
        }
        function onIdleReset(): void {
            root.showFreshHome(() => {});
        }
    }

    Connections {
        target: AppController.sessions

        function onFailed(guideId: string): void {
            root.showPassiveNotification(qsTr("Ce guide ne peut pas démarrer."));
        }
    }

    // pasapas --start GUIDE_ID: the session is ready before the window.
    Component.onCompleted: {
        if (AppController.session) {
            root.sessionPageItem = root.makeSessionPage();
            pageStack.push(root.sessionPageItem);
            root.coverUnderSession(true); // before the first frame
        }
    }
}
