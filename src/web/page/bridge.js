// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas page bridge. Injected at document creation into every frame, in
// an isolated JavaScript world: the page's own scripts cannot see or call it.
// The top frame's copy does the work (it reaches same-origin frames and open
// shadow roots itself); copies in sub-frames only stop links that leave the web.
//
// It finds the current step's target, scrolls it into view, draws the
// spotlight, lets only the target be tapped while a tap is expected, and
// reports what happens to the app (the protocol: src/web/pageprotocol.h).
// It NEVER reads what people type: a field
// is only reported as filled or not, and password or sensitive fields are not
// even read for that.
(function () {
    'use strict';
    if (window.__pasapasBridge) {
        return;
    }
    window.__pasapasBridge = true;
    if (window.top !== window) {
        // A frame's copy only stops links that would leave the web (mailto:,
        // tel:, file:…) from the moment the frame's page exists, and lets the
        // top copy say why. In another site's frame it cannot reach the top
        // copy: the link is stopped all the same.
        const guard = pasapasMakePersonEvents(function (event, data) {
            try {
                window.top.__pasapasReport(event, data);
            } catch (e) {
                // another site's frame
            }
        });
        window.addEventListener('click', guard.onLeavingClick, true);
        window.addEventListener('auxclick', guard.onLeavingClick, true);
        return;
    }
    // The protocol version, sent in "ready": kPageProtocolVersion in pageprotocol.h.
    const PROTOCOL = 4;

    let bridge = null;
    let watch = null; // what to look for (from the app)
    let target = null; // the element found
    let obstacle = null; // what must go first: {kind, el: the way out to highlight}
    let reported = {}; // per step: found, appeared, skipped
    let lastRect = '';
    let personScrolled = false; // since the target was found
    let scanQueued = false;
    const hookedWindows = new WeakSet(); // by their document
    const observed = new WeakSet();

    function report(event, data) {
        if (bridge) {
            bridge.report(event, data || {});
        }
    }
    window.__pasapasReport = report; // for the frames' copies (this world only: the page cannot see it)

    // ---- finding elements (locate.js) -----------------------------------------

    const finder = pasapasMakeLocator(function (win, doc) {
        hookWindow(win);
        observe(doc);
    });
    const locate = finder.locate;
    const isVisible = finder.isVisible;
    const topRect = finder.topRect;
    const realPage = pasapasMakeRealPage(finder);

    // ---- spotlight --------------------------------------------------------------

    const spotlight = pasapasMakeSpotlight();

    // What the highlight is around: the target, or the way out of what is in front of it.
    function shownElement() {
        return obstacle ? obstacle.el : target;
    }

    function drawSpotlight() {
        const el = shownElement();
        if (!el || !el.isConnected) {
            return;
        }
        // No transition: the highlight is where the target is, at every
        // frame (a glide would trail behind a scroll and sweep in from the
        // page's corner at each new step).
        const r = topRect(el);
        spotlight.place(r);

        const key = rectKey(r);
        if (key !== lastRect) {
            lastRect = key;
            report('moved', {stepId: watch.stepId, rect: r, place: placeFor(el, r)});
        }
    }

    // A rectangle as last reported: "moved" only when it changed.
    function rectKey(r) {
        return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
    }

    // Where the app's "here" bubble goes (see realPage.js): a bubble of
    // about 96 × 48 CSS pixels, the size of "👆 Ici" in most languages.
    function placeFor(el, rect) {
        return realPage.bubblePlace(el, rect, 96, 48);
    }

    // ---- scanning -------------------------------------------------------------

    function once(kind) {
        const key = watch.stepId + '/' + kind;
        if (reported[key]) {
            return false;
        }
        reported[key] = true;
        return true;
    }

    // One look at the page: every root walked once, whatever is looked for.
    // As a frame callback, scan gets the frame's time: only true is found-only.
    function scan(foundOnly) {
        scanQueued = false;
        finder.oneWalk(function () {
            scanNow(foundOnly === true);
        });
    }

    // foundOnly: report the target if it is there, nothing else yet (see moveOnAfter).
    function scanNow(foundOnly) {
        if (!watch || !watch.stepId || !document.documentElement) {
            return;
        }
        if (watch.skipPresent && watch.skipPresent.length && locate(watch.skipPresent, '') && once('skip')) {
            report('skipPresent', {stepId: watch.stepId});
            return;
        }
        if (watch.appears && watch.appears.length && locate(watch.appears, '') && once('appeared')) {
            report('appeared', {stepId: watch.stepId});
        }
        if (!watch.target || !watch.target.length) {
            return;
        }
        if (target && target.isConnected && isVisible(target)) {
            checkCovered();
            drawSpotlight();
            return;
        }
        const wasFound = target !== null || obstacle !== null;
        const first = finder.locateFirst(watch.target, watch.frame);
        target = first.el;
        if (target && watch.completion === 'choose') {
            target = realPage.groupOf(target);
        }
        if (target) {
            obstacle = null;
            personScrolled = false;
            target.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
            spotlight.ensure();
            const r = topRect(target);
            lastRect = rectKey(r); // said here: not again as "moved"
            // Which of the step's locators found it (0: the first): the guide's health.
            report('found', {stepId: watch.stepId, rect: r, place: placeFor(target, r), locator: first.index});
            checkCovered();
            drawSpotlight();
            return;
        }
        if (foundOnly) {
            return;
        }
        // In a closed section or tab: point at what opens it.
        const hidden = locate(watch.target, watch.frame, true);
        const opener = hidden ? realPage.openerOf(hidden) : null;
        if (opener) {
            setObstacle(opener);
            return;
        }
        obstacle = null;
        spotlight.remove();
        if (wasFound) {
            report('lost', {stepId: watch.stepId});
        }
    }

    // ---- what stands in the way (realPage.js) ----------------------------------

    function setObstacle(found) {
        if (obstacle && obstacle.el === found.el) {
            return;
        }
        obstacle = {kind: found.kind, el: found.el};
        if (found.kind === 'closed') {
            found.el.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
        }
        spotlight.ensure();
        const r = topRect(found.el);
        lastRect = rectKey(r);
        report('covered', {stepId: watch.stepId, kind: found.kind, rect: r, place: placeFor(found.el, r)});
        drawSpotlight();
    }

    // A banner or pop-in over the shown target: its way out first; back to
    // the target by itself once it is gone.
    function checkCovered() {
        const cover = realPage.coverOf(target);
        if (cover) {
            setObstacle(cover);
        } else if (obstacle) {
            obstacle = null;
            const r = topRect(target);
            lastRect = rectKey(r);
            report('found', {stepId: watch.stepId, rect: r, place: placeFor(target, r)});
        }
    }

    // Page changes come in bursts: look again once per animation frame at most.
    function queueScan() {
        if (!scanQueued) {
            scanQueued = true;
            requestAnimationFrame(scan);
        }
    }

    function observe(doc) {
        if (observed.has(doc) || !doc.documentElement) {
            return;
        }
        observed.add(doc);
        new MutationObserver(function (records) {
            finder.noteChanges(records);
            queueScan();
        }).observe(doc.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'disabled', 'open', 'aria-expanded', 'aria-hidden']});
    }

    // ---- events from the person (personevents.js) -------------------------------

    const person = pasapasMakePersonEvents(report);

    function onClick(event) {
        if (!watch || !event.isTrusted) {
            return;
        }
        const path = event.composedPath ? event.composedPath() : [event.target];
        if (obstacle && path.includes(obstacle.el)) {
            return; // the way out: the page handles it, the step waits
        }
        if (person.isInTarget(event, target)) {
            if (watch.completion === 'choose' && person.isChoice(event, target) && once('chosen')) {
                report('chosen', {stepId: watch.stepId});
            }
            if (watch.completion === 'tap' && once('tapped')) {
                report('tapped', {stepId: watch.stepId});
                // Look for the next target now (the engine offers it only for a step it
                // will surely show, to highlight, not to insist); its own watch follows.
                if (watch.next) {
                    moveOnAfter(event, watch.next);
                }
            }
            return;
        }
        if (watch.insist && target && !realPage.passes(path)) {
            // Only the highlighted element can be tapped now (a consent
            // banner and the site's pop-ins always can: the person may close them).
            event.preventDefault();
            event.stopImmediatePropagation();
            spotlight.flash();
            report('blocked', {stepId: watch.stepId});
        }
    }

    // After a tap that ends the step, the next step's target is looked for
    // at once, without waiting for the app. At the end of the tap's own
    // dispatch (the window's bubble phase comes after the page's handlers):
    // the next target is highlighted in the same frame, and only if it is
    // already there. What the tap's default action opens (a <details>, a
    // box) comes after the dispatch: the next task looks again fully.
    function moveOnAfter(event, next) {
        const win = event.currentTarget;
        let moved = false;
        const atEnd = function () {
            moved = true;
            setWatch(next, true);
        };
        win.addEventListener('click', atEnd, {once: true});
        setTimeout(function () {
            win.removeEventListener('click', atEnd); // the page stopped the tap: it never came
            if (!moved) {
                setWatch(next);
            } else if (watch && watch.stepId === next.stepId && !target && !obstacle) {
                scan();
            }
        }, 0);
    }

    function onField(event) {
        if (!watch || !target || !event.isTrusted) {
            return;
        }
        const path = event.composedPath ? event.composedPath() : [event.target];
        if (!path.includes(target)) {
            return;
        }
        if (watch.completion === 'choose') {
            if (event.type === 'change' && once('chosen')) {
                report('chosen', {stepId: watch.stepId});
            }
            return;
        }
        if (watch.completion !== 'fill') {
            return;
        }
        report('filled', {stepId: watch.stepId, filled: person.isFilled(target, watch.sensitive), committed: event.type === 'change'});
    }

    function hookWindow(win) {
        // By document: a frame that loads another page keeps its window
        // object, but the listeners went with the old document.
        if (hookedWindows.has(win.document)) {
            return;
        }
        hookedWindows.add(win.document);
        win.addEventListener('click', person.onLeavingClick, true);
        win.addEventListener('auxclick', person.onLeavingClick, true);
        win.addEventListener('click', onClick, true);
        win.addEventListener('input', onField, true);
        win.addEventListener('change', onField, true);
        win.addEventListener('scroll', function () {
            requestAnimationFrame(drawSpotlight);
        }, {capture: true, passive: true});
    }

    function setWatch(newWatch, foundOnly) {
        const changed = !watch || !newWatch || watch.stepId !== newWatch.stepId;
        watch = newWatch && newWatch.stepId ? newWatch : null;
        if (changed) {
            target = null;
            obstacle = null;
            lastRect = '';
            spotlight.remove();
        }
        if (watch) {
            scan(foundOnly); // at once: the person is waiting for the next highlight
        } else {
            spotlight.remove();
        }
    }

    hookWindow(window);
    window.addEventListener('resize', function () {
        realPage.keepFocusInView();
        requestAnimationFrame(drawSpotlight);
    });
    finder.keepTreesFresh(function () {
        return target !== null;
    });
    setInterval(function () {
        if (obstacle && (obstacle.kind === 'closed' || !obstacle.el.isConnected || !isVisible(obstacle.el))) {
            queueScan();
        } else if (target) {
            if (!target.isConnected || !isVisible(target)) {
                queueScan();
            } else {
                checkCovered();
                drawSpotlight();
            }
        }
    }, 250);

    function onDocument() {
        observe(document);
        queueScan();
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', onDocument);
    } else {
        onDocument();
    }
    // Styles and images that come late push the target down after it was
    // centred: bring it back into view once the page is whole, unless the
    // person has scrolled on their own since.
    window.addEventListener('load', function () {
        if (target && target.isConnected && !personScrolled) {
            const r = target.getBoundingClientRect();
            if (r.top < 0 || r.bottom > window.innerHeight) {
                target.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
            }
        }
        queueScan();
    });
    for (const type of ['wheel', 'touchmove', 'keydown']) {
        window.addEventListener(type, function () {
            personScrolled = true;
        }, {capture: true, passive: true});
    }

    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.pasapas;
        bridge.watchChanged.connect(setWatch);
        bridge.currentWatch(setWatch);
        pasapasMakeRecorder(finder, spotlight, report).connect(bridge); // guide studio's record mode (record.js)
        // The document's HTTP status: a site's error page (503…) is said as
        // such, whatever the browser's own load report says.
        const navigation = performance.getEntriesByType('navigation')[0];
        report('ready', {version: PROTOCOL, status: navigation && navigation.responseStatus ? navigation.responseStatus : 0});
    });
})();
