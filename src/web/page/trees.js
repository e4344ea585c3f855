// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas page trees: the trees a step's element may be in (the page's
// own, its open shadow roots, its same-origin frames), found once per scan
// and kept between scans while nothing could have added one: on a big page,
// looking at ten thousand elements for shadow roots costs more than the
// rest of a scan. Injected before locate.js, in the same isolated world;
// onFrame(window, document) is called for each same-origin frame met.
// eslint-disable-next-line no-unused-vars
function pasapasMakeTrees(onFrame) {
    'use strict';

    // The trees under root, in walk order: root itself, then the open shadow
    // roots and, unless stopAtFrames, the same-origin frames' documents met
    // in it. Each tree is then searched with the browser's own queries.
    function collectRoots(root, stopAtFrames, into) {
        into.push(root);
        const all = root.querySelectorAll('*');
        for (let i = 0; i < all.length; ++i) {
            const el = all[i];
            if (el.shadowRoot) {
                collectRoots(el.shadowRoot, stopAtFrames, into);
            }
            if (!stopAtFrames && el.tagName === 'IFRAME') {
                const doc = frameDocument(el);
                if (doc) {
                    collectRoots(doc, stopAtFrames, into);
                }
            }
        }
        return into;
    }

    function frameDocument(iframe) {
        try {
            const doc = iframe.contentDocument;
            if (doc && doc.documentElement) {
                onFrame(iframe.contentWindow, doc);
                return doc;
            }
        } catch (e) {
            // cross-origin: out of reach, by design
        }
        return null;
    }

    // During a scan (oneWalk), each root is walked once, whatever the number
    // of locators looked for. The trees found are kept for the next scans.
    // They are dropped when the page adds a frame or a shadow host
    // (noteChanges, from the bridge's MutationObserver), when one of them
    // left the page, when the page has loaded (keepFresh), and before a search
    // that found nothing in them is done again (forgetKept): a shadow root
    // can be attached without a trace in the page's changes.
    let kept = new Map(); // root → {here, all}: the trees under it
    let inWalk = false;
    let usingKept = false; // this walk started with trees found before it
    let changed = false;

    function rootsOf(root, stopAtFrames) {
        if (!inWalk) {
            return collectRoots(root, stopAtFrames, []);
        }
        let perRoot = kept.get(root);
        if (!perRoot) {
            perRoot = {};
            kept.set(root, perRoot);
        }
        const key = stopAtFrames ? 'here' : 'all';
        if (!perRoot[key]) {
            perRoot[key] = collectRoots(root, stopAtFrames, []);
        }
        return perRoot[key];
    }

    // Whether a kept tree is still in the page as it was found.
    function stillIn(tree) {
        if (tree.host) {
            return tree.host.isConnected; // a shadow root
        }
        const view = tree.defaultView;
        if (!view) {
            return false; // a frame's document that another replaced
        }
        const frame = view.frameElement;
        return view === window || (!!frame && frame.isConnected && frame.contentDocument === tree);
    }

    function keptStillIn() {
        for (const perRoot of kept.values()) {
            for (const key in perRoot) {
                if (!perRoot[key].every(stillIn)) {
                    return false;
                }
            }
        }
        return true;
    }

    function oneWalk(fn) {
        if (inWalk) {
            return fn();
        }
        if (changed || !keptStillIn()) {
            kept = new Map();
        }
        changed = false;
        usingKept = kept.size > 0;
        inWalk = true;
        try {
            return fn();
        } finally {
            inWalk = false;
        }
    }

    // Drops the trees this walk started with; false when there were none
    // (searching again would find the same).
    function forgetKept() {
        if (!inWalk || !usingKept) {
            return false;
        }
        kept = new Map();
        usingKept = false;
        return true;
    }

    function forget() {
        changed = true;
    }

    // Finds the page's trees again now, for the next scan (after a tap) to
    // have them at hand.
    function refresh() {
        changed = true;
        oneWalk(function () {
            rootsOf(document, false);
        });
    }

    // Kept trees are found again when the page has loaded (its components
    // are defined by then), and every two seconds in idle time while
    // wanted() (a target is shown): a shadow root the page attached without
    // a trace is seen within that time.
    function keepFresh(wanted) {
        window.addEventListener('load', forget);
        setInterval(function () {
            if (wanted()) {
                requestIdleCallback(refresh, {timeout: 1000});
            }
        }, 2000);
    }

    // Whether an element added to the page brings a tree: a frame, or a
    // shadow root on it or inside it.
    function bringsTrees(el) {
        if (el.tagName === 'IFRAME' || el.shadowRoot) {
            return true;
        }
        if (!el.firstElementChild) {
            return false;
        }
        if (el.querySelector('iframe')) {
            return true;
        }
        const all = el.querySelectorAll('*');
        for (let i = 0; i < all.length; ++i) {
            if (all[i].shadowRoot) {
                return true;
            }
        }
        return false;
    }

    // The page's changes (MutationRecords): the kept trees are dropped when
    // an element that brings trees came in.
    function noteChanges(records) {
        for (let r = 0; r < records.length && !changed; ++r) {
            const added = records[r].addedNodes;
            for (let i = 0; i < added.length; ++i) {
                if (added[i].nodeType === 1 && bringsTrees(added[i])) {
                    changed = true;
                    return;
                }
            }
        }
    }

    // What find(tree) finds first: in root's own tree, then in the trees
    // under it, which are only looked for when needed.
    function inTrees(root, stopAtFrames, find) {
        const here = find(root);
        if (here) {
            return here;
        }
        for (const tree of rootsOf(root, stopAtFrames)) {
            const found = tree !== root ? find(tree) : null;
            if (found) {
                return found;
            }
        }
        return null;
    }

    // The elements of every tree under root matching selector: tree by
    // tree, each in document order.
    function matching(root, selector, stopAtFrames) {
        const trees = rootsOf(root, stopAtFrames);
        if (trees.length === 1) {
            return trees[0].querySelectorAll(selector);
        }
        const found = [];
        for (const tree of trees) {
            found.push(...tree.querySelectorAll(selector));
        }
        return found;
    }

    return {rootsOf: rootsOf, inTrees: inTrees, matching: matching, frameDocument: frameDocument, oneWalk: oneWalk,
        forgetKept: forgetKept, keepFresh: keepFresh, noteChanges: noteChanges};
}
