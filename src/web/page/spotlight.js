// SPDX-License-Identifier: GPL-3.0-or-later
// Pas à pas spotlight: darkens the page around one rectangle and rings it.
// Drawn in a closed shadow root on top of everything, taking no input.
// The ring pulses three times (4.2 s) when it appears, then stays still:
// moving content that lasts over five seconds would need a way to stop it
// (WCAG 2.2.2), and an endless pulse repaints the page at every frame, which
// a cheap tablet pays for in the page's own work and in battery.
// Injected before bridge.js, in the same isolated world.
// eslint-disable-next-line no-unused-vars
function pasapasMakeSpotlight() {
    'use strict';

    let spot = null;
    let hole = null;

    function ensure() {
        if (spot && spot.isConnected) {
            return;
        }
        spot = document.createElement('pasapas-spotlight');
        const shadow = spot.attachShadow({mode: 'closed'});
        shadow.innerHTML = '<style>'
            + ':host{all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;}'
            + '.hole{position:fixed;border-radius:10px;box-shadow:0 0 0 200vmax rgba(0,0,0,.45);'
            + 'outline:4px solid #ffbf00;outline-offset:3px;'
            + 'animation:pulse 1.4s ease-in-out 3;}'
            + '@keyframes pulse{0%,100%{outline-color:#ffbf00;outline-offset:3px}50%{outline-color:#ff7a00;outline-offset:8px}}'
            + '.hole.flash{outline-color:#d00000;animation:none}'
            + '@media (prefers-reduced-motion:reduce){.hole{animation:none}}'
            + '</style><div class="hole"></div>';
        hole = shadow.querySelector('.hole');
        (document.body || document.documentElement).appendChild(spot);
    }

    function remove() {
        if (spot) {
            spot.remove();
        }
        spot = null;
        hole = null;
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
