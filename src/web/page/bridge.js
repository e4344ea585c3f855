// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas page bridge. Injected at document creation into every frame, in
// an isolated JavaScript world: the page's own scripts cannot see or call it.
// The top frame's copy does the work (it reaches same-origin frames and open
// shadow roots itself); copies in sub-frames stay idle.
//
// It finds the current step's target, scrolls it into view, draws the
// spotlight, lets only the target be tapped while a tap is expected, and
// reports what happens to the app (the protocol: src/web/pageprotocol.h).
// It NEVER reads what people type: a field
// is only reported as filled or not, and password or sensitive fields are not
// even read for that.
(function () {
    'use strict';
    if (window.top !== window || window.__pasapasBridge) {
        return;
    }
    window.__pasapasBridge = true;
    // The protocol version, sent in "ready": kPageProtocolVersion in pageprotocol.h.
    const PROTOCOL = 3;

    let bridge = null;
    let watch = null; // what to look for (from the app)
    let target = null; // the element found
    let reported = {}; // per step: found, appeared, skipped
    let lastRect = '';
    let personScrolled = false; // since the target was found
    let scanQueued = false;
    const hookedWindows = new WeakSet();
    const observed = new WeakSet();

    function report(event, data) {
        if (bridge) {
            bridge.report(event, data || {});
        }
    }

    // ---- finding elements (locate.js) -----------------------------------------

    const finder = pasapasMakeLocator(function (win, doc) {
        hookWindow(win);
        observe(doc);
    });
    const locate = finder.locate;
    const isVisible = finder.isVisible;
    const topRect = finder.topRect;

    // ---- spotlight --------------------------------------------------------------

    let spot = null;
    let hole = null;

    function ensureSpotlight() {
        if (spot && spot.isConnected) {
            return;
        }
        spot = document.createElement('pasapas-spotlight');
        const shadow = spot.attachShadow({mode: 'closed'});
        shadow.innerHTML = '<style>'
            + ':host{all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;}'
            + '.hole{position:fixed;border-radius:10px;box-shadow:0 0 0 200vmax rgba(0,0,0,.45);'
            + 'outline:4px solid #ffbf00;outline-offset:3px;'
            + 'animation:pulse 1.4s ease-in-out infinite;}'
            + '@keyframes pulse{0%,100%{outline-color:#ffbf00;outline-offset:3px}50%{outline-color:#ff7a00;outline-offset:8px}}'
            + '.hole.flash{outline-color:#d00000;animation:none}'
            + '</style><div class="hole"></div>';
        hole = shadow.querySelector('.hole');
        (document.body || document.documentElement).appendChild(spot);
    }

    function removeSpotlight() {
        if (spot) {
            spot.remove();
        }
        spot = null;
        hole = null;
    }

    function drawSpotlight() {
        if (!target || !target.isConnected) {
            return;
        }
        // No transition: the highlight is where the target is, at every
        // frame (a glide would trail behind a scroll and sweep in from the
        // page's corner at each new step).
        ensureSpotlight();
        const r = topRect(target);
        const pad = 6;
        hole.style.left = (r.x - pad) + 'px';
        hole.style.top = (r.y - pad) + 'px';
        hole.style.width = (r.width + 2 * pad) + 'px';
        hole.style.height = (r.height + 2 * pad) + 'px';

        const key = [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
        if (key !== lastRect) {
            lastRect = key;
            report('moved', {stepId: watch.stepId, rect: r});
        }
    }

    function flash() {
        if (hole) {
            hole.classList.add('flash');
            setTimeout(function () {
                if (hole) {
                    hole.classList.remove('flash');
                }
            }, 600);
        }
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

    function scan() {
        scanQueued = false;
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
            drawSpotlight();
            return;
        }
        const wasFound = target !== null;
        target = locate(watch.target, watch.frame);
        if (target) {
            lastRect = '';
            personScrolled = false;
            target.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
            ensureSpotlight();
            const r = topRect(target);
            // Which of the step's locators found it (0: the first): the guide's health.
            const via = watch.target.findIndex(function (l) {
                return locate([l], watch.frame) === target;
            });
            report('found', {stepId: watch.stepId, rect: r, locator: via});
            drawSpotlight();
        } else {
            removeSpotlight();
            if (wasFound) {
                report('lost', {stepId: watch.stepId});
            }
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
        new MutationObserver(queueScan).observe(doc.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'disabled']});
    }

    // ---- events from the person -------------------------------------------------

    function isInTarget(event) {
        if (!target) {
            return false;
        }
        const path = event.composedPath ? event.composedPath() : [event.target];
        if (path.includes(target)) {
            return true;
        }
        // A click on the label of the target field counts as a tap on it.
        const label = path.find(function (n) {
            return n && n.tagName === 'LABEL';
        });
        return !!(label && label.control === target);
    }

    function isFilled(el) {
        if (watch.sensitive || el.type === 'password') {
            return true; // an input or change event happened; the value is never read
        }
        if (el.type === 'checkbox' || el.type === 'radio') {
            return el.checked;
        }
        if (el.tagName === 'SELECT') {
            return el.selectedIndex >= 0 && el.options[el.selectedIndex].value !== '';
        }
        return el.value.length > 0; // a yes/no: only the length is looked at
    }

    function onClick(event) {
        if (!watch || !event.isTrusted) {
            return;
        }
        if (isInTarget(event)) {
            if (watch.completion === 'tap' && once('tapped')) {
                report('tapped', {stepId: watch.stepId});
                // Look for the next target now (the engine offers it only for a step it
                // will surely show, to highlight, not to insist); its own watch follows.
                if (watch.next) {
                    const next = watch.next;
                    setTimeout(function () {
                        setWatch(next);
                    }, 0);
                }
            }
            return;
        }
        if (watch.insist && target) {
            // Only the highlighted element can be tapped now.
            event.preventDefault();
            event.stopImmediatePropagation();
            flash();
            report('blocked', {stepId: watch.stepId});
        }
    }

    // Links to addresses that would leave the browser or the web (file:,
    // chrome:, mailto:, tel:…) are neutralised here; the app says why. Host
    // checks for web addresses are the app's (navigation requests).
    const webProtocols = ['http:', 'https:', 'javascript:', 'blob:'];
    function onLeavingClick(event) {
        const path = event.composedPath ? event.composedPath() : [event.target];
        const link = path.find(function (n) {
            return n && (n.localName === 'a' || n.localName === 'area') && n.hasAttribute('href');
        });
        if (!link || webProtocols.includes(link.protocol) || link.href === 'about:blank') {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        report('leaving', {url: link.href});
    }

    function onField(event) {
        if (!watch || watch.completion !== 'fill' || !target || !event.isTrusted) {
            return;
        }
        const path = event.composedPath ? event.composedPath() : [event.target];
        if (!path.includes(target)) {
            return;
        }
        report('filled', {stepId: watch.stepId, filled: isFilled(target), committed: event.type === 'change'});
    }

    function hookWindow(win) {
        if (hookedWindows.has(win)) {
            return;
        }
        hookedWindows.add(win);
        win.addEventListener('click', onLeavingClick, true);
        win.addEventListener('auxclick', onLeavingClick, true);
        win.addEventListener('click', onClick, true);
        win.addEventListener('input', onField, true);
        win.addEventListener('change', onField, true);
        win.addEventListener('scroll', function () {
            requestAnimationFrame(drawSpotlight);
        }, {capture: true, passive: true});
    }

    function setWatch(newWatch) {
        const changed = !watch || !newWatch || watch.stepId !== newWatch.stepId;
        watch = newWatch && newWatch.stepId ? newWatch : null;
        if (changed) {
            target = null;
            lastRect = '';
            removeSpotlight();
        }
        if (watch) {
            scan(); // at once: the person is waiting for the next highlight
        } else {
            removeSpotlight();
        }
    }

    hookWindow(window);
    window.addEventListener('resize', function () {
        requestAnimationFrame(drawSpotlight);
    });
    setInterval(function () {
        if (target) {
            if (!target.isConnected || !isVisible(target)) {
                queueScan();
            } else {
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
        report('ready', {version: PROTOCOL});
    });
})();
