// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtTest
import org.kde.kirigami as Kirigami
import PasAPas

TestCase {
    id: testCase

    name: "ButtonFrame"
    width: 400
    height: 200
    visible: true
    when: windowShown

    Component {
        id: styleButton

        QQC2.Button {
            x: 20
            y: 20
            width: 160
            height: 48
            text: "Choisir le code"
        }
    }
    Component {
        id: frameButton

        QQC2.Button {
            x: 20
            y: 100
            width: 160
            height: 48
            text: "Choisir le code"
            background: ButtonFrame {}
        }
    }

    function channelDelta(a: color, b: color): real {
        return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b)) * 255;
    }

    // Painted, not drawn by Kirigami's shader: no GL program of its own.
    function test_paintedWithoutKirigamiShader(): void {
        const button = createTemporaryObject(frameButton, testCase);
        verify(button);
        compare(button.background.softwareRendering, true);
    }

    /// Fails when the two buttons' pictures differ anywhere but on the
    /// anti-aliased edge of the border (another rasteriser: at most a ring
    /// two pixels wide).
    function comparePictures(a: var, b: var): void {
        compare(b.width, a.width);
        compare(b.height, a.height);
        let differing = 0;
        let largest = 0;
        for (let y = 0; y < a.height; ++y) {
            for (let x = 0; x < a.width; ++x) {
                const delta = channelDelta(a.pixel(x, y), b.pixel(x, y));
                if (delta > 2) {
                    ++differing;
                    largest = Math.max(largest, delta);
                }
            }
        }
        const borderRing = 4 * (a.width + a.height); // two pixels wide
        verify(differing <= borderRing, differing + " pixels differ (by up to " + largest + "), more than the border's " + borderRing);
        // Inside, away from the text: the very same colour.
        for (const x of [8, a.width - 9]) {
            const delta = channelDelta(a.pixel(x, a.height / 2), b.pixel(x, a.height / 2));
            verify(delta <= 2, "inside the button at x " + x + ", a difference of " + delta);
        }
    }

    // The same button as the style's: the same fill, shadow and text; only
    // the anti-aliased edge of the border may differ a little (another
    // rasteriser), never a whole area (the shadow drawn over the fill
    // darkened every pixel of it).
    function test_looksLikeTheStyleButton(): void {
        const plain = createTemporaryObject(styleButton, testCase);
        const framed = createTemporaryObject(frameButton, testCase);
        waitForRendering(framed);
        comparePictures(grabImage(plain), grabImage(framed));
    }

    /// The picture of a button held down (once the style's colour animation is over).
    function pressedPicture(button: Item): var {
        mousePress(button);
        tryVerify(() => button.down);
        wait(Kirigami.Units.shortDuration * 3);
        const picture = grabImage(button);
        mouseRelease(button);
        return picture;
    }

    // Pressed too (another colour, and no shadow): the painted rectangle follows.
    function test_pressedLooksLikeTheStyleButton(): void {
        const plain = createTemporaryObject(styleButton, testCase);
        const framed = createTemporaryObject(frameButton, testCase);
        waitForRendering(framed);
        comparePictures(pressedPicture(plain), pressedPicture(framed));
    }
}
