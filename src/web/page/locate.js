// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas page locator: finds a guide step's element on the page (by
// visible text, label, role and accessible name, CSS selector; in open
// shadow roots and same-origin frames) and measures it in the top page.
// Injected before bridge.js, in the same isolated world; bridge.js makes
// one with pasapasMakeLocator(onFrame), onFrame(window, document) being
// called for each same-origin frame met, to watch it too. Never reads what
// people type: field values are not looked at.
// eslint-disable-next-line no-unused-vars
function pasapasMakeLocator(onFrame) {
    'use strict';

    // ---- finding elements -------------------------------------------------

    function norm(text) {
        return (text || '').replace(/[\u2019\u2018]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
    }

    function isVisible(el) {
        if (!el || !el.isConnected || el.getClientRects().length === 0) {
            return false;
        }
        if (el.checkVisibility) {
            // Also inside a closed <details> (its content has boxes, hidden by content-visibility).
            return el.checkVisibility({visibilityProperty: true});
        }
        const style = el.ownerDocument.defaultView.getComputedStyle(el);
        return style.visibility !== 'hidden' && style.display !== 'none';
    }

    // The page's trees: its own, open shadow roots, same-origin frames (trees.js).
    const trees = pasapasMakeTrees(onFrame);
    const rootsOf = trees.rootsOf;
    const inTrees = trees.inTrees;
    const matching = trees.matching;
    const frameDocument = trees.frameDocument;

    const roleSelectors = {
        button: 'button, input[type=button], input[type=submit], input[type=reset], [role=button]',
        link: 'a[href], [role=link]',
        textbox: 'input:not([type]), input[type=text], input[type=email], input[type=password], input[type=tel], input[type=number], input[type=url], input[type=date], textarea, [role=textbox]',
        searchbox: 'input[type=search], [role=searchbox]',
        checkbox: 'input[type=checkbox], [role=checkbox]',
        radio: 'input[type=radio], [role=radio]',
        combobox: 'select, [role=combobox]',
        listbox: 'select[multiple], [role=listbox]',
        option: 'option, [role=option]',
        tab: '[role=tab]',
        menuitem: '[role=menuitem]',
        heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
        switch: '[role=switch]',
        radiogroup: '[role=radiogroup]',
        group: 'fieldset, [role=group]',
    };

    // How fields and elements are named (names.js).
    const names = pasapasMakeNames(norm);
    const readings = names.readings;
    const namingElements = names.namingElements;
    const labelText = names.labelText;
    const labelledAs = names.labelledAs;
    const accessibleName = names.accessibleName;

    const textCandidates = 'a, button, label, summary, legend, h1, h2, h3, h4, h5, h6, [role], input[type=button], input[type=submit], input[type=reset], p, span, li, td, div';

    const interactive = 'a, button, label, summary, [role=button], [role=link], [role=tab], [role=menuitem], [role=checkbox], [role=radio], input[type=button], input[type=submit], input[type=reset]';

    // The element showing exactly this text: a control first; otherwise the
    // innermost element (not a container whose only text is its child's).
    // Whether the element has words of its own, not only its children's.
    function hasOwnText(el) {
        for (let n = el.firstChild; n; n = n.nextSibling) {
            if (n.nodeType === 3 && n.data.trim()) {
                return true;
            }
        }
        return false;
    }

    function inDocumentOrder(a, b) {
        return a === b ? 0 : (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1;
    }

    // The elements that may show a text, tree by tree in document order:
    // those with a text node holding its longest word, their ancestors, and
    // input buttons (their caption is an attribute). One pass of the
    // browser's text walker spares reading the text of every element of a big
    // page; null when the word is too short to sieve.
    function textHolders(root, wanted, stopAtFrames) {
        const word = wanted.split(' ').reduce(function (a, b) {
            return b.length > a.length ? b : a;
        }, '');
        if (word.length < 3) {
            return null;
        }
        const pattern = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2018\u2019]"), 'i');
        const holders = [];
        for (const tree of rootsOf(root, stopAtFrames)) {
            const here = new Set(tree.querySelectorAll('input'));
            const texts = (tree.ownerDocument || tree).createTreeWalker(tree, NodeFilter.SHOW_TEXT);
            for (let n = texts.nextNode(); n; n = texts.nextNode()) {
                if (pattern.test(n.data)) {
                    for (let up = n.parentElement; up && !here.has(up); up = up.parentElement) {
                        here.add(up);
                    }
                }
            }
            holders.push(...Array.from(here).sort(inDocumentOrder));
        }
        return holders;
    }

    function byText(root, text, stopAtFrames) {
        const wanted = norm(text);
        const holders = textHolders(root, wanted, stopAtFrames);
        let partial = null;
        let innermost = null;
        for (const el of holders || matching(root, '*', stopAtFrames)) {
            if (!el.matches(textCandidates)) {
                continue;
            }
            const isInteractive = el.matches(interactive);
            // A big container without words of its own is not what a person
            // reads as one text: skipping it spares reading the whole page.
            if (!isInteractive && el.childElementCount > 8 && !hasOwnText(el)) {
                continue;
            }
            const own = el.tagName === 'INPUT' ? el.getAttribute('value') : el.textContent;
            const got = norm(own);
            const asLabel = el.tagName === 'LABEL' && got !== wanted && readings(el, el.control).some(function (t) {
                return norm(t) === wanted;
            });
            if ((got === wanted || asLabel) && shown(el)) {
                if (isInteractive) {
                    // A label stands for its field.
                    return el.tagName === 'LABEL' && el.control ? el.control : el;
                }
                if (!innermost || innermost.contains(el)) {
                    innermost = el;
                }
                continue;
            }
            if (!partial && isInteractive && got.includes(wanted) && got.length < wanted.length * 3 && shown(el)) {
                partial = el;
            }
        }
        return partial || innermost;
    }

    function byRole(root, role, name, stopAtFrames) {
        const selector = roleSelectors[role];
        if (!selector) {
            return null;
        }
        const wanted = norm(name);
        return inTrees(root, stopAtFrames, function (tree) {
            for (const el of tree.querySelectorAll(selector)) {
                if (shown(el) && (!name || norm(accessibleName(el)) === wanted || (!el.getAttribute('aria-label') && labelledAs(el, wanted)))) {
                    return el;
                }
            }
            return null;
        });
    }

    function byLabel(root, label, stopAtFrames) {
        const wanted = norm(label);
        return inTrees(root, stopAtFrames, function (tree) {
            for (const el of tree.querySelectorAll('input, select, textarea, [role=textbox], [role=combobox]')) {
                if (shown(el) && (labelledAs(el, wanted) || norm(el.getAttribute('aria-label')) === wanted || norm(el.getAttribute('placeholder')) === wanted)) {
                    return el;
                }
            }
            return null;
        });
    }

    function byCss(root, selector, stopAtFrames) {
        try {
            root.querySelector(selector);
        } catch (e) {
            return null;
        }
        return inTrees(root, stopAtFrames, function (tree) {
            const found = tree.querySelector(selector);
            return found && shown(found) ? found : null;
        });
    }

    // While looking for a hidden element (hiddenToo), what is in the page counts as shown.
    let anyVisibility = false;
    function shown(el) {
        return anyVisibility ? el.isConnected : isVisible(el);
    }

    // The first element a locator finds; with hiddenToo, also one the page
    // does not show now (in a closed section, an inactive tab).
    function locate(locators, frameSelector, hiddenToo) {
        return find(locators, frameSelector, hiddenToo).el;
    }

    // The same, with the index of the locator that found it (-1: none).
    // A scan that finds nothing in the trees kept from before walks the
    // page again before saying so (a shadow root can come without a trace).
    function locateFirst(locators, frameSelector, hiddenToo) {
        const found = find(locators, frameSelector, hiddenToo);
        return found.el || !trees.forgetKept() ? found : find(locators, frameSelector, hiddenToo);
    }

    function find(locators, frameSelector, hiddenToo) {
        anyVisibility = !!hiddenToo;
        try {
            return locateNow(locators, frameSelector);
        } finally {
            anyVisibility = false;
        }
    }

    function locateNow(locators, frameSelector) {
        let root = document;
        let stopAtFrames = false;
        if (frameSelector) {
            const frame = byCss(document, frameSelector, false);
            root = frame && frame.tagName === 'IFRAME' ? frameDocument(frame) : null;
            stopAtFrames = true;
            if (!root) {
                return {el: null, index: -1};
            }
        }
        for (const [index, l] of (locators || []).entries()) {
            let el = null;
            if (l.kind === 'css') {
                el = byCss(root, l.value, stopAtFrames);
            } else if (l.kind === 'text') {
                el = byText(root, l.value, stopAtFrames);
            } else if (l.kind === 'role') {
                el = byRole(root, l.value, l.name, stopAtFrames);
            } else if (l.kind === 'label') {
                el = byLabel(root, l.value, stopAtFrames);
            }
            if (el) {
                return {el: el, index: index};
            }
        }
        return {el: null, index: -1};
    }

    // ---- geometry ------------------------------------------------------------

    // The element's rectangle in the top page's viewport (CSS pixels).
    function topRect(el) {
        const r = el.getBoundingClientRect();
        let x = r.left;
        let y = r.top;
        let win = el.ownerDocument.defaultView;
        while (win && win !== window && win.frameElement) {
            const frame = win.frameElement;
            const fr = frame.getBoundingClientRect();
            x += fr.left + frame.clientLeft;
            y += fr.top + frame.clientTop;
            win = win.parent;
        }
        return {x: x, y: y, width: r.width, height: r.height};
    }

    return {locate: locate, locateFirst: locateFirst, oneWalk: trees.oneWalk, noteChanges: trees.noteChanges, keepTreesFresh: trees.keepFresh, isVisible: isVisible, topRect: topRect, norm: norm,
        accessibleName: accessibleName, namingElements: namingElements, readings: readings, roleSelectors: roleSelectors};
}
