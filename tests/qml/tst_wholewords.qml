// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import PasAPas

// A word wider than its label shrinks the text until it fits, down to a
// floor; lines never break inside a word.
TestCase {
    id: testCase

    name: "WholeWordsLabel"
    width: 400
    height: 400
    visible: true
    when: windowShown

    Component {
        id: labelComponent

        WholeWordsLabel {
            width: 220
            pointSize: 20
        }
    }

    function test_shortWordsKeepTheirSize(): void {
        const label = createTemporaryObject(labelComponent, testCase, {text: "Travail et emploi"});
        verify(label);
        compare(label.wrapMode, Text.WordWrap);
        compare(label.fitScale, 1);
        compare(label.font.pointSize, 20);
    }

    function test_aLongWordShrinksToFit(): void {
        const label = createTemporaryObject(labelComponent, testCase, {text: "Робота і працевлаштування"});
        verify(label);
        verify(label.fitScale < 1, "the text shrinks, scale " + label.fitScale);
        verify(label.fitScale >= label.minimumScale);
        verify(label.font.pointSize < 20);
        waitForRendering(label);
        verify(label.contentWidth <= label.width + 1, "the widest line fits: " + label.contentWidth + " in " + label.width + " lines " + label.lineCount + " at " + label.font.pointSize + " pt, scale " + label.fitScale);
        compare(label.lineCount, 2, "one line per word group, the long word whole");
    }

    function test_shrinkingStopsAtTheFloor(): void {
        const label = createTemporaryObject(labelComponent, testCase, {text: "Працевлаштуваннянаселенняукраїни"});
        verify(label);
        compare(label.fitScale, label.minimumScale);
    }
}
