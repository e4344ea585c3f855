// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import org.kde.breeze.impl as BreezeImpl
import PasAPas.App

/// The Breeze style's own button background (its colours, border, shadow,
/// focus ring and animations), with its rounded rectangle drawn from the
/// atlas of small images (AtlasFrame) instead of by Kirigami's
/// rounded-rectangle shader. Same look; but on a tablet without a GPU
/// driver (Mesa's software renderer) every GL program costs its first frame
/// 30–50 ms to compile, and this shader was the only one that the home
/// screen's and the step card's buttons needed: the atlas is drawn by the
/// program and the pipeline the pictograms already use (issue 16). For the
/// buttons of the first screens; the others can keep the style's background.
BreezeImpl.ButtonBackground {
    id: root

    /// The flat colour behind the button (the page's background), if it is
    /// one. The style's shadow is then drawn as the same pixels without
    /// blending: a flat colour blended over the page is a GL pipeline of its
    /// own, which the software renderer compiles for the first frame that
    /// needs it (~20-30 ms; the page's other flat colours are opaque).
    property color backdrop: "transparent"
    /// The style's shadow colour (Breeze's SmallBoxShadow).
    readonly property color shadowColor: Qt.rgba(0, 0, 0, 0.1)

    renderType: Kirigami.ShadowedRectangle.Software

    // The style's rounded rectangle, drawn from the atlas of small images
    // with the pictograms (AtlasFrame), in place of Kirigami's painted one.
    AtlasFrame {
        anchors.fill: parent
        z: -0.5
        color: root.color
        radius: root.radius
        border.width: root.border.width
        border.color: root.border.color
    }

    // Kirigami's own painted rectangle (z -99) is hidden: the AtlasFrame
    // draws it just above the style's shadow (z -1), where the shader does.
    // The shadow (black at 10 %, showing as a 1 px line under the button)
    // is drawn without anti-aliasing: with it, its rounded corners alone
    // would need Qt's smooth rounded-rectangle shader, another GL program.
    // Over a known backdrop it is drawn opaque, in that colour darkened.
    Component.onCompleted: {
        for (const child of root.children) {
            if (child.z < -1) {
                child.visible = false; // its painted rectangle: the AtlasFrame draws it
            } else if (child.z === -1) {
                child.antialiasing = false;
                child.color = Qt.binding(() => root.backdrop.a === 1 ? Qt.tint(root.backdrop, root.shadowColor) : root.shadowColor);
            }
        }
    }
}
