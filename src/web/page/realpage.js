// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas: what real sites do around a step's target. A consent banner or
// a site's pop-in over the page, a closed section or tab that hides the
// target (the way out is highlighted first); the group a person chooses in;
// where the app's "here" bubble hides nothing. Injected after locate.js,
// before bridge.js, in the same isolated world; bridge.js makes one with
// pasapasMakeRealPage(finder). Never reads what people type.
// eslint-disable-next-line no-unused-vars
function pasapasMakeRealPage(finder) {
    'use strict';

    // Consent banners: tarteaucitron (most public sites), the State's design
    // system, and the common commercial ones.
    const banners = [
        '#tarteaucitronRoot', '#tarteaucitronAlertBig', '.fr-consent-banner', '#onetrust-consent-sdk',
        '#didomi-host', '#axeptio_overlay', '#CybotCookiebotDialog', '#usercentrics-root', '.cc-window',
        '#cookie-banner', '#cookies-banner', '#cookieConsent', '.cookie-banner', '.cookies-banner',
    ].join(', ');
    // A site's own pop-in (modal dialog).
    const dialogs = '[role=dialog], [role=alertdialog], dialog[open], [aria-modal=true]';

    const refuse = /^(tout refuser|refuser tout|refuser|je refuse|continuer sans accepter|non merci|rejeter|tout rejeter)\b/;
    const accept = /^(tout accepter|accepter tout|accepter|j'accepte|ok|d'accord|j'ai compris)\b/;
    const close = /^(fermer|close|×|✕|x|j'ai compris|compris|ok|d'accord|continuer)\b/;
    const buttons = 'button, a[href], [role=button], input[type=button], input[type=submit]';

    function isElement(n) {
        return n && n.nodeType === 1;
    }

    function kindOf(el) {
        if (!isElement(el)) {
            return '';
        }
        if (el.closest(banners)) {
            return 'cookies';
        }
        if (el.closest(dialogs)) {
            return 'dialog';
        }
        return '';
    }

    // A tap inside a consent banner or a site's pop-in always goes through.
    function passes(path) {
        return path.some(function (n) {
            return kindOf(n) !== '';
        });
    }

    function caption(el) {
        return finder.norm(el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || el.getAttribute('value'));
    }

    // The button to tap to get the obstacle out of the way: refuse (else
    // accept) in a banner, close in a pop-in; the obstacle itself if none.
    function wayOut(box, kind) {
        const all = Array.from(box.querySelectorAll(buttons)).filter(finder.isVisible);
        const pick = function (words) {
            return all.find(function (b) {
                return words.test(caption(b));
            });
        };
        if (kind === 'cookies') {
            return pick(refuse) || pick(accept) || box;
        }
        return pick(close) || box.querySelector('.fr-btn--close, [aria-label*="ermer"]') || box;
    }

    // The visible banner or pop-in of the document, if any.
    function openObstacle(doc) {
        for (const selector of [banners, dialogs]) {
            const found = Array.from(doc.querySelectorAll(selector)).find(finder.isVisible);
            if (found) {
                return found;
            }
        }
        return null;
    }

    // What covers the target's centre, as {kind, box, el: the thing to tap};
    // null when the person can tap the target.
    function coverOf(target) {
        const doc = target.ownerDocument;
        const r = target.getBoundingClientRect();
        const view = doc.defaultView;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight) {
            return null; // out of view: nothing to say
        }
        const hit = doc.elementFromPoint(x, y);
        if (!hit || hit === target || target.contains(hit) || (hit.tagName === 'LABEL' && hit.control === target)
            || (hit.shadowRoot && hit.shadowRoot.contains(target)) || target.contains(hit.closest('label'))) {
            return null;
        }
        // The banner itself, or its backdrop (a layer beside it).
        let kind = kindOf(hit);
        let box = kind ? hit.closest(kind === 'cookies' ? banners : dialogs) : openObstacle(doc);
        if (!box) {
            return null; // a sticky header or the like: the person scrolls
        }
        kind = kind || kindOf(box);
        return {kind: kind, box: box, el: wayOut(box, kind)};
    }

    // For a target the page hides: the closed section or tab to open, as
    // {kind: 'closed', el}; null when nothing shown can reveal it.
    function openerOf(hidden) {
        for (let el = hidden; isElement(el); el = el.parentElement || (el.getRootNode() && el.getRootNode().host)) {
            if (el.tagName === 'DETAILS' && !el.open) {
                const summary = Array.from(el.children).find(function (c) {
                    return c.tagName === 'SUMMARY';
                });
                if (summary && finder.isVisible(summary)) {
                    return {kind: 'closed', el: summary};
                }
            }
            if (el.id) {
                const doc = el.getRootNode();
                const control = Array.from(doc.querySelectorAll('[aria-controls]')).find(function (c) {
                    return c.getAttribute('aria-controls').split(/\s+/).includes(el.id) && finder.isVisible(c);
                });
                if (control) {
                    return {kind: 'closed', el: control};
                }
            }
        }
        return null;
    }

    // Where the app's "here" bubble (about w × h CSS pixels) covers no other
    // control of the page: "after" the target, "before", "below", "above",
    // else "inside" its far end. `rect` is the target's, in the top page.
    const controls = 'a[href], button, input, select, textarea, label, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=tab]';
    function bubblePlace(target, rect, w, h) {
        const gap = 8;
        // Free when what the person sees there (the topmost element, so not
        // what a banner or pop-in hides) is no control but the target's own.
        const free = function (c) {
            if (c.x < 0 || c.y < 0 || c.x + c.width > window.innerWidth || c.y + c.height > window.innerHeight) {
                return false;
            }
            const points = [[c.x + 2, c.y + 2], [c.x + c.width - 2, c.y + 2], [c.x + 2, c.y + c.height - 2],
                [c.x + c.width - 2, c.y + c.height - 2], [c.x + c.width / 2, c.y + c.height / 2]];
            return points.every(function (p) {
                const hit = document.elementFromPoint(p[0], p[1]);
                const control = hit && hit.closest(controls);
                return !control || control === target || target.contains(control) || control.contains(target)
                    || (control.tagName === 'LABEL' && control.control === target);
            });
        };
        const middle = rect.y + (rect.height - h) / 2;
        const places = [
            ['after', {x: rect.x + rect.width + gap, y: middle, width: w, height: h}],
            ['before', {x: rect.x - gap - w, y: middle, width: w, height: h}],
            ['below', {x: rect.x, y: rect.y + rect.height + gap, width: w, height: h}],
            ['above', {x: rect.x, y: rect.y - gap - h, width: w, height: h}],
        ];
        for (const [name, candidate] of places) {
            if (free(candidate)) {
                return name;
            }
        }
        return 'inside';
    }

    // ---- a choice ---------------------------------------------------------------

    const optionLike = 'input[type=radio], input[type=checkbox], [role=radio], [role=option], [role=menuitemradio]';
    const groupLike = 'fieldset, [role=radiogroup], [role=group], [role=listbox]';

    // The whole group a person chooses in, for a "choose" step: the element
    // itself, or the group around an option a guide names.
    function groupOf(el) {
        if (!el.matches(optionLike)) {
            return el;
        }
        const group = el.closest(groupLike);
        if (group) {
            return group;
        }
        // Radio buttons with one name and no group element: their nearest common ancestor.
        if (!el.name) {
            return el;
        }
        const scope = el.form || el.getRootNode();
        const mates = Array.from(scope.querySelectorAll('input[type=radio]')).filter(function (r) {
            return r.name === el.name;
        });
        let box = el.parentElement;
        while (box && !mates.every(function (m) {
            return box.contains(m);
        })) {
            box = box.parentElement;
        }
        return box || el;
    }

    // The page got shorter (the on-screen keyboard came up under it): the
    // field being typed in stays in view. Its value is not looked at.
    let lastHeight = window.innerHeight;
    const typing = 'textarea, [contenteditable]:not([contenteditable=false]), input:not([type]), '
        + 'input[type=text], input[type=email], input[type=password], input[type=tel], input[type=number], '
        + 'input[type=search], input[type=url], input[type=date]';
    function keepFocusInView() {
        const shorter = window.innerHeight < lastHeight;
        lastHeight = window.innerHeight;
        let el = document.activeElement;
        while (el && el.shadowRoot && el.shadowRoot.activeElement) {
            el = el.shadowRoot.activeElement;
        }
        if (!shorter || !el || !el.matches(typing)) {
            return;
        }
        const r = el.getBoundingClientRect();
        if (r.top < 0 || r.bottom > window.innerHeight) {
            el.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
        }
    }

    return {passes: passes, coverOf: coverOf, openerOf: openerOf, bubblePlace: bubblePlace, groupOf: groupOf, keepFocusInView: keepFocusInView};
}
