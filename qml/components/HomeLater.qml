// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import PasAPas.App

/// The home page of a cold start straight into a guide (`--start`), made
/// after the window's first frame rather than before it (issue 16): settleMs
/// after the session's first target is highlighted (the page's load event
/// often comes after that: it is not delayed), or latestMs after the window
/// if none ever is (a page that does not load): compiled off this thread, then
/// made in small slices between frames (an incubator); before then, not even
/// its file is compiled. now() makes it at once when it is needed before (Quit, the
/// idle reset). made() hands it over, once, not drawn (opacity 0) and out of
/// the window (made in the window, it would take the focus): the window puts
/// it under the session page and says when it shows.
QtObject {
    id: root

    /// The page's file.
    required property url source
    /// Nothing happens until it is true (a start to the home screen: never).
    property bool enabled: false
    property SessionController session: null
    property int settleMs: 1000
    property int latestMs: 8000
    /// The page is handed over.
    property bool done: false

    property Component component: null
    property var incubator: null
    /// Where the page is made: an item in no window.
    readonly property Item nest: Item {}
    readonly property Timer fallback: Timer {
        interval: root.latestMs
        running: root.enabled && !root.done
        onTriggered: root.later()
    }
    readonly property Timer settle: Timer {
        interval: root.settleMs
        onTriggered: root.later()
    }
    readonly property Connections firstTarget: Connections {
        target: root.enabled && !root.done && !root.settle.running ? root.session : null
        function onTargetRectChanged(): void {
            if (root.session.targetRect.width > 0)
                root.settle.start();
        }
    }

    signal made(page: Item)

    /// Starts making the page between frames.
    function later(): void {
        root.make(Qt.Asynchronous);
    }
    /// The page, made at once if it is not yet (the rest of its making too).
    function now(): void {
        root.make(Qt.Synchronous);
    }
    function make(mode: int): void {
        if (!root.enabled || root.done)
            return;
        // Compiled on a thread first; at once (waiting for that) when asked now.
        if (!root.component || (mode === Qt.Synchronous && root.component.status === Component.Loading)) {
            root.component = Qt.createComponent(root.source, mode === Qt.Synchronous ? Component.PreferSynchronous : Component.Asynchronous);
            if (root.component.status === Component.Loading)
                root.component.statusChanged.connect(root.later);
        }
        if (root.component.status !== Component.Ready) {
            if (root.component.status === Component.Error)
                console.warn("the home page could not be compiled:", root.component.errorString());
            return;
        }
        if (!root.incubator) {
            root.incubator = root.component.incubateObject(root.nest, { opacity: 0 }, mode);
            if (root.incubator.status !== Component.Ready)
                root.incubator.onStatusChanged = status => root.handOver(status);
        }
        if (mode === Qt.Synchronous && root.incubator.status === Component.Loading)
            root.incubator.forceCompletion();
        root.handOver(root.incubator.status);
    }
    function handOver(status: int): void {
        if (status === Component.Error)
            console.warn("the home page could not be made:", root.component.errorString());
        if (root.done || status !== Component.Ready)
            return;
        root.done = true;
        root.made(root.incubator.object);
        root.incubator = null;
    }
}
