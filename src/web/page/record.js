// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas recorder (guide studio): in record mode, the first tap on an
// element selects it instead of acting on the page (caught in the capture
// phase, default prevented: the page does not react), and the element is
// described for the app, which proposes a step (src/core/studio). "Faire
// l'action" lets the next tap on that element through to the page.
// A description NEVER holds what is typed: no field value is read.
// Injected with bridge.js, in the same isolated world; bridge.js makes one
// with pasapasMakeRecorder(finder, spotlight, report) once its channel is
// up, and hands it the channel's object (connect).
// eslint-disable-next-line no-unused-vars
function pasapasMakeRecorder(finder, spotlight, report) {
    'use strict';

    let recording = false;
    let letThrough = null; // the element whose next tap goes to the page

    const meaningful = 'a[href], button, input, select, textarea, summary, label, '
        + '[role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], '
        + '[role=option], [role=combobox], [role=textbox], [onclick]';

    // The element a person means when tapping here: the control around the
    // point, a label's field, else what was under the finger.
    function meant(el) {
        const control = el.closest ? el.closest(meaningful) : null;
        if (!control) {
            return el;
        }
        if (control.tagName === 'LABEL' && control.control) {
            return control.control;
        }
        return control;
    }

    function isField(el) {
        return ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)
            && !['button', 'submit', 'reset', 'image'].includes((el.getAttribute('type') || '').toLowerCase());
    }

    const textTypes = ['', 'text', 'email', 'password', 'tel', 'number', 'url', 'date'];

    function impliedRole(el) {
        const explicit = el.getAttribute('role');
        if (explicit) {
            return explicit.split(/\s+/)[0];
        }
        const tag = el.tagName;
        const type = (el.getAttribute('type') || '').toLowerCase();
        if (tag === 'A' && el.hasAttribute('href')) {
            return 'link';
        }
        if (tag === 'BUTTON' || (tag === 'INPUT' && ['button', 'submit', 'reset', 'image'].includes(type))) {
            return 'button';
        }
        if (tag === 'INPUT') {
            if (type === 'checkbox' || type === 'radio') {
                return type;
            }
            if (type === 'search') {
                return 'searchbox';
            }
            return textTypes.includes(type) ? 'textbox' : '';
        }
        if (tag === 'TEXTAREA') {
            return 'textbox';
        }
        if (tag === 'SELECT') {
            return el.multiple ? 'listbox' : 'combobox';
        }
        if (/^H[1-6]$/.test(tag)) {
            return 'heading';
        }
        return '';
    }

    function words(text) {
        return (text || '').replace(/\s+/g, ' ').trim();
    }

    // The words a person reads as a field's label: the first naming element
    // without its hints (as the label locator finds it again), else its
    // aria-label or placeholder.
    function fieldLabel(el) {
        for (const n of finder.namingElements(el)) {
            const texts = finder.readings(n, el).map(words).filter(Boolean);
            if (texts.length) {
                return texts[texts.length - 1];
            }
        }
        return el.getAttribute('aria-label') || el.getAttribute('placeholder') || '';
    }

    // From the child of <body> down to the element: tag, place among its
    // siblings of the same tag (CSS :nth-of-type), id.
    function path(el) {
        const parts = [];
        for (let e = el; e && e.parentElement && e.tagName !== 'BODY'; e = e.parentElement) {
            let nth = 1;
            for (let s = e.previousElementSibling; s; s = s.previousElementSibling) {
                if (s.tagName === e.tagName) {
                    nth += 1;
                }
            }
            parts.unshift({tag: e.tagName.toLowerCase(), nth: nth, id: e.id || ''});
        }
        return parts;
    }

    // An editable area (or one inside): its text is what people typed.
    function holdsTyping(el) {
        return el.isContentEditable || !!el.querySelector('[contenteditable]:not([contenteditable=false])');
    }

    // What the app needs to propose a step; no value, ever.
    function describe(el) {
        const field = isField(el) || el.isContentEditable;
        const typing = holdsTyping(el);
        const name = typing ? (el.getAttribute('aria-label') || finder.namingElements(el).map(function (n) {
            return n.textContent;
        }).join(' ')) : finder.accessibleName(el);
        return {
            role: impliedRole(el),
            name: words(name),
            label: field ? words(fieldLabel(el)) : '',
            // Long texts are no locator (the app keeps 80 characters at most).
            text: field || typing || el.tagName === 'INPUT' ? '' : words(el.textContent).slice(0, 200),
            tag: el.tagName.toLowerCase(),
            type: el.tagName === 'INPUT' ? (el.getAttribute('type') || 'text').toLowerCase() : '',
            id: el.id || '',
            classes: Array.from(el.classList),
            nameAttribute: field || el.tagName === 'BUTTON' ? (el.getAttribute('name') || '') : '',
            autocomplete: field ? (el.getAttribute('autocomplete') || '') : '',
            path: path(el),
        };
    }

    // The events of one tap; the tap is said on pointerup, which mouse and touch both send.
    const tapEvents = ['pointerdown', 'mousedown', 'touchstart', 'pointerup', 'mouseup', 'touchend', 'click', 'dblclick', 'auxclick', 'contextmenu'];

    function onTapEvent(event) {
        if (!recording || !event.isTrusted) {
            return;
        }
        const el = meant(event.target);
        if (letThrough && (letThrough === el || letThrough.contains(event.target))) {
            if (event.type === 'click') {
                letThrough = null; // one tap, then recording goes on
                expose();
            }
            return;
        }
        if (event.type !== 'touchstart') {
            event.preventDefault(); // not on touchstart: the page still scrolls under the finger
        }
        event.stopImmediatePropagation();
        if (event.type === 'pointerup') {
            const rect = finder.topRect(el);
            spotlight.place(rect);
            selected = el;
            report('recorded', {element: describe(el), rect: rect, url: location.href});
        }
    }

    let selected = null; // the element last described

    // The state, seen in this isolated world only (never by the page): for tests.
    function expose() {
        window.__pasapasRecorder = {recording: recording, letThrough: !!letThrough};
    }

    for (const type of tapEvents) {
        window.addEventListener(type, onTapEvent, {capture: true, passive: false});
    }

    function setRecording(on) {
        recording = !!on;
        letThrough = null;
        selected = null;
        expose();
        if (!recording) {
            spotlight.remove();
        }
    }

    // "Faire l'action": the next tap on the selected element reaches the page.
    function letNextTapThrough() {
        letThrough = selected;
        spotlight.remove();
        expose();
    }

    // The app's side: recordingChanged(on), tapLetThrough(), recording() (a new page asks).
    function connect(bridge) {
        bridge.recordingChanged.connect(setRecording);
        bridge.tapLetThrough.connect(letNextTapThrough);
        bridge.recording(setRecording);
    }

    return {connect: connect, describe: describe};
}
