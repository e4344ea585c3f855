// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas: what the person's taps and typing mean for a step. A tap in the
// target (or on its field's label), an option picked in a group, a field
// filled, a link that would leave the web. Injected after bridge.js (one
// script: its functions are known before it runs), in the same isolated world; bridge.js makes one with
// pasapasMakePersonEvents(report). A value is never read: only whether a
// field holds something.
// eslint-disable-next-line no-unused-vars
function pasapasMakePersonEvents(report) {
    'use strict';

    function pathOf(event) {
        return event.composedPath ? event.composedPath() : [event.target];
    }

    // The tap is in the target, or on the label of the target field.
    function isInTarget(event, target) {
        if (!target) {
            return false;
        }
        const path = pathOf(event);
        if (path.includes(target)) {
            return true;
        }
        const label = path.find(function (n) {
            return n && n.tagName === 'LABEL';
        });
        return !!(label && label.control === target);
    }

    // An option picked in the group: a change (radio, box, list) or a tap on
    // one of its buttons. Which one is never looked at.
    const choiceButtons = 'button, a[href], [role=button], [role=radio], [role=option], [role=menuitemradio], [role=tab], input[type=button], input[type=submit]';
    function isChoice(event, target) {
        if (event.type === 'change') {
            return true;
        }
        const path = pathOf(event);
        const inside = path.slice(0, Math.max(0, path.indexOf(target)));
        return inside.some(function (n) {
            return n.nodeType === 1 && n.matches(choiceButtons);
        });
    }

    // A field holds something. A sensitive field or a password: the input or
    // change event is enough, the value is never read.
    function isFilled(el, sensitive) {
        if (sensitive || el.type === 'password') {
            return true;
        }
        if (el.type === 'checkbox' || el.type === 'radio') {
            return el.checked;
        }
        if (el.tagName === 'SELECT') {
            return el.selectedIndex >= 0 && el.options[el.selectedIndex].value !== '';
        }
        return el.value.length > 0; // a yes/no: only the length is looked at
    }

    // Links to addresses that would leave the browser or the web (file:,
    // chrome:, mailto:, tel:…) are neutralised here; the app says why. Host
    // checks for web addresses are the app's (navigation requests).
    const webProtocols = ['http:', 'https:', 'javascript:', 'blob:'];
    function onLeavingClick(event) {
        const link = pathOf(event).find(function (n) {
            return n && (n.localName === 'a' || n.localName === 'area') && n.hasAttribute('href');
        });
        if (!link || webProtocols.includes(link.protocol) || link.href === 'about:blank') {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        report('leaving', {url: link.href});
    }

    return {isInTarget: isInTarget, isChoice: isChoice, isFilled: isFilled, onLeavingClick: onLeavingClick};
}
