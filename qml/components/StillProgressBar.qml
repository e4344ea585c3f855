// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import org.kde.kirigami as Kirigami

/// A progress bar that is drawn again only when its value changes: the
/// step card's progress, the studio's recording. Its rounded parts are
/// painted (PaintedRectangle), with the program of the pictures beside it.
/// (The page's loading bar, drawn before any picture: PageLoadingBar.)
///
/// The Breeze style's ProgressBar keeps an endless animator running for its
/// "indeterminate" stripes even when it shows a value, or is hidden: with
/// one on screen, the window was redrawn at every frame for as long as a
/// session lasted (40 to 200 frames a second measured on the session page),
/// and each change of the page or of the card waited for the frame in
/// progress (issue 16). This one has no indeterminate look (the app shows
/// none) and otherwise looks like Breeze's: a groove, its filled part.
T.ProgressBar {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset, implicitContentHeight + topPadding + bottomPadding)

    Kirigami.Theme.colorSet: Kirigami.Theme.Button
    Kirigami.Theme.inherit: false

    contentItem: Item {
        implicitWidth: Kirigami.Units.gridUnit * 10
        implicitHeight: Kirigami.Units.smallSpacing * 2

        PaintedRectangle {
            anchors {
                left: parent.left
                top: parent.top
                bottom: parent.bottom
            }
            width: control.position * parent.width
            visible: width > 0
            radius: height / 2
            color: Kirigami.Theme.alternateBackgroundColor
            border.width: 1
            border.color: Kirigami.Theme.focusColor
        }
    }

    background: PaintedRectangle {
        implicitWidth: Kirigami.Units.gridUnit * 10
        implicitHeight: Kirigami.Units.smallSpacing * 2
        radius: height / 2
        color: Kirigami.Theme.backgroundColor
        border.width: 1
        border.color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, 0.2)
    }
}
