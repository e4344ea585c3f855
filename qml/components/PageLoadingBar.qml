// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import org.kde.kirigami as Kirigami

/// The web page's loading bar: a flat line along the top of the page, as in
/// a browser. Only plain, opaque rectangles: it shows as a session's first
/// page starts loading, and anything else (a rounded or painted part, a
/// see-through colour) would make the graphics driver build a program for it
/// right then, on a fresh tablet; meanwhile the GUI thread, which is also
/// Chromium's browser side, waits for that frame and the page's request with
/// it (issue 16: about 40 ms with software drawing).
T.ProgressBar {
    id: control

    implicitWidth: Kirigami.Units.gridUnit * 10
    implicitHeight: Kirigami.Units.smallSpacing * 2

    background: Rectangle {
        color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, 0.2)
    }
    contentItem: Item {
        Rectangle {
            anchors {
                left: parent.left
                top: parent.top
                bottom: parent.bottom
            }
            width: control.position * parent.width
            visible: width > 0
            color: Kirigami.Theme.focusColor
        }
    }
}
