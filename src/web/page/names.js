// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas: how people read the name of a field or an element. A label
// with the design system's hint inside, aria-labelledby, a legend, the
// caption of an input button. Injected before locate.js, in the same
// isolated world; locate.js makes one with pasapasMakeNames(norm). Field
// values are never read (except the caption of input buttons).
// eslint-disable-next-line no-unused-vars
function pasapasMakeNames(norm) {
    'use strict';

    // Hints and descriptions nested in a label (the State's design system
    // writes <label>Identifiant <span class="fr-hint-text">Format attendu…</span></label>):
    // people read the label without them.
    const hintSelector = '.fr-hint-text, .fr-messages-group, .fr-error-text, .fr-valid-text, .fr-info-text, '
        + '[class*="hint"], [class*="Hint"], [class*="description"], [class*="aide"], [class*="help"]';

    // The ways people read a label (or an element naming a field): all its
    // words; its words without nested hints, descriptions and the parts the
    // field's aria-describedby points at; its own words only, when the rest
    // is in nested elements ("Code postal <span>(facultatif)</span>").
    function readings(label, field) {
        const all = label.textContent || '';
        const result = [all];
        const described = (field && field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
        const extra = Array.from(label.querySelectorAll(hintSelector));
        for (const id of described) {
            const part = label.querySelector('#' + CSS.escape(id));
            if (part) {
                extra.push(part);
            }
        }
        if (extra.length) {
            const copy = label.cloneNode(true);
            for (const el of copy.querySelectorAll(hintSelector)) {
                el.remove();
            }
            for (const id of described) {
                const part = copy.querySelector('#' + CSS.escape(id));
                if (part) {
                    part.remove();
                }
            }
            result.push(copy.textContent || '');
        }
        if (label.children.length) {
            let own = '';
            for (const node of label.childNodes) {
                if (node.nodeType === Node.TEXT_NODE) {
                    own += node.data;
                }
            }
            result.push(own);
        }
        return result;
    }

    // The elements that name a field: its labels, then what aria-labelledby points at.
    function namingElements(el) {
        const doc = el.ownerDocument;
        const found = el.labels ? Array.from(el.labels) : [];
        const labelledBy = el.getAttribute('aria-labelledby');
        if (labelledBy) {
            for (const id of labelledBy.split(/\s+/)) {
                const ref = (el.getRootNode().getElementById ? el.getRootNode() : doc).getElementById(id);
                if (ref) {
                    found.push(ref);
                }
            }
        }
        return found;
    }

    function labelText(el) {
        return namingElements(el).map(function (n) {
            return n.textContent;
        }).join(' ');
    }

    // Whether what names the field reads as the wanted words (normalised).
    function labelledAs(el, wanted) {
        const naming = namingElements(el);
        if (naming.length > 1 && norm(labelText(el)) === wanted) {
            return true;
        }
        return naming.some(function (n) {
            return readings(n, el).some(function (text) {
                return norm(text) === wanted;
            });
        });
    }

    // The accessible name, as far as a guide needs it. Field values are
    // never used, except the caption of input buttons (value attribute).
    function accessibleName(el) {
        const aria = el.getAttribute('aria-label');
        if (aria) {
            return aria;
        }
        const labelled = labelText(el);
        if (labelled.trim()) {
            return labelled;
        }
        const tag = el.tagName;
        if (tag === 'FIELDSET') {
            const legend = Array.from(el.children).find(function (c) {
                return c.tagName === 'LEGEND';
            });
            return legend ? legend.textContent : '';
        }
        if (tag === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) {
            return el.getAttribute('value') || '';
        }
        if (tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT') {
            const text = el.textContent;
            if (text && text.trim()) {
                return text;
            }
        }
        return el.getAttribute('title') || el.getAttribute('alt') || el.getAttribute('placeholder') || '';
    }

    return {readings: readings, namingElements: namingElements, labelText: labelText, labelledAs: labelledAs, accessibleName: accessibleName};
}
