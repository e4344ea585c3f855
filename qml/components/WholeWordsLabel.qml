// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// A label whose words stay whole, for people who read word by word: lines
/// break only between words, and where one word is wider than the label
/// ("працевлаштування" in a tile at 200 %), the whole text shrinks until
/// that word fits, down to minimumScale of its size, instead of breaking
/// inside the word.
QQC2.Label {
    id: root

    /// The text's size when every word fits, in points.
    property real pointSize: Kirigami.Theme.defaultFont.pointSize
    /// How far the text may shrink.
    property real minimumScale: 0.6
    /// The widest word's width at full size (a layout can give it room).
    readonly property real widestWordWidth: probe.implicitWidth + leftPadding + rightPadding
    /// 1, or less when the widest word needs it.
    readonly property real fitScale: {
        const room = (width - leftPadding - rightPadding) * 0.97; // a little room to spare
        return room > 0 && probe.implicitWidth > room ? Math.max(minimumScale, room / probe.implicitWidth) : 1;
    }

    wrapMode: Text.WordWrap
    font.pointSize: pointSize * fitScale

    // The widest word, measured as the label lays it out at full size.
    Text {
        id: probe

        visible: false
        font.family: root.font.family
        font.bold: root.font.bold
        font.pointSize: root.pointSize
        text: {
            let widest = "";
            let widestWidth = 0;
            for (const word of root.text.split(/\s+/)) {
                const w = ranking.advanceWidth(word);
                if (w > widestWidth) {
                    widest = word;
                    widestWidth = w;
                }
            }
            return widest;
        }
    }
    FontMetrics {
        id: ranking

        font: probe.font
    }
}
