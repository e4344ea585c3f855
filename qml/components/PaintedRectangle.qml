// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

/// A rounded rectangle (colour, radius, border) painted into a texture
/// instead of drawn by Qt's smooth rounded-rectangle shader: the same look,
/// the border's anti-aliased edge aside. On a tablet without a GPU driver
/// (Mesa's software renderer) every GL program costs the first frame that
/// needs it 50–80 ms to compile; on the home screen and on a session page
/// only the rounded rectangles needed that one, and a texture is drawn by
/// the program the pictograms already use (issue 16). For what the first
/// screens show; a part shown later can keep a plain Rectangle.
///
/// Unlike a Rectangle's, its border has no width until it is given one.
Kirigami.ShadowedRectangle {
    renderType: Kirigami.ShadowedRectangle.Software
}
