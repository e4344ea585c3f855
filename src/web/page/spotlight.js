// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas spotlight: darkens the page around one rectangle and rings it.
// Drawn in a closed shadow root on top of everything, taking no input.
// A ring pulses three times (4.2 s) when it appears, then is gone:
// moving content that lasts over five seconds would need a way to stop it
// (WCAG 2.2.2), and an endless pulse repaints the page at every frame, which
// a cheap tablet pays for in the page's own work and in battery.
// Injected before bridge.js, in the same isolated world.
// eslint-disable-next-line no-unused-vars
function pasapasMakeSpotlight() {
    'use strict';

    let spot = null;
    let hole = null;
    let ring = null; // on the outline, pulsing outwards

    function ensure() {
        if (spot && spot.isConnected) {
            return;
        }
        spot = document.createElement('pasapas-spotlight');
        const shadow = spot.attachShadow({mode: 'closed'});
        // The ring pulses by its transform and opacity only: the browser's
        // compositor moves it, with no paint of the page under it.
        shadow.innerHTML = '<style>'
            + ':host{all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;}'
            + '.hole,.ring{position:fixed;box-sizing:border-box;border-radius:10px;}'
            + '.hole{box-shadow:0 0 0 200vmax rgba(0,0,0,.45);outline:4px solid #ffbf00;outline-offset:3px;}'
            + '.ring{border:4px solid #ff7a00;border-radius:14px;opacity:0;animation:pulse 1.4s ease-in-out 3;}'
            + '@keyframes pulse{50%{opacity:1;transform:scale(var(--sx),var(--sy))}}'
            + '.hole.flash{outline-color:#d00000}'
            + '@media (prefers-reduced-motion:reduce){.ring{animation:none}}'
            + '</style><div class="hole"></div><div class="ring"></div>';
        hole = shadow.querySelector('.hole');
        ring = shadow.querySelector('.ring');
        (document.body || document.documentElement).appendChild(spot);
    }

    function remove() {
        if (spot) {
            spot.remove();
        }
        spot = null;
        hole = null;
        ring = null;
    }

    // Around this rectangle of the top page (CSS pixels), at once: no
    // transition (a glide would trail behind a scroll).
    function place(r) {
        ensure();
        const pad = 6;
        hole.style.left = (r.x - pad) + 'px';
        hole.style.top = (r.y - pad) + 'px';
        hole.style.width = (r.width + 2 * pad) + 'px';
        hole.style.height = (r.height + 2 * pad) + 'px';
        // Over the outline (3 px away, 4 px wide); at its widest, 6 px further out.
        const out = pad + 7;
        const w = r.width + 2 * out;
        const h = r.height + 2 * out;
        ring.style.left = (r.x - out) + 'px';
        ring.style.top = (r.y - out) + 'px';
        ring.style.width = w + 'px';
        ring.style.height = h + 'px';
        ring.style.setProperty('--sx', ((w + 12) / w).toFixed(3));
        ring.style.setProperty('--sy', ((h + 12) / h).toFixed(3));
    }

    // A tap elsewhere was stopped: the ring turns red a moment.
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

    return {ensure: ensure, remove: remove, place: place, flash: flash};
}
