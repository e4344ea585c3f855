// SPDX-License-Identifier: GPL-3.0-or-later
// What draws a screen, by the kind of GL pipeline it needs. In Mesa's
// software renderer (a tablet without a GPU driver) each pipeline a first
// frame draws with compiles a shader, 20-80 ms with no shader cache (a fresh
// start), and the first screens keep to as few as they can (issue 16): one
// flat colour drawn opaque, text, and pictures from Qt Quick's atlas.
#pragma once

#include "guisupport.h"

#include <utility>

namespace pasapas::test
{

/// The items on screen under root, of some size, for which matches(item)
/// holds, each named by its class and the nearest named item above it.
template <typename Predicate>
QStringList namedOnScreen(QQuickItem *root, const Predicate &matches)
{
    QList<QQuickItem *> found;
    findItemsWhere(
        root,
        [&](QQuickItem *item) {
            return item->width() > 0 && item->height() > 0 && matches(item);
        },
        found,
        true);
    return classesInNamedItems(found);
}

/// The alpha of a Rectangle's colour and of its border (0 without one).
inline std::pair<int, int> rectangleAlphas(const QQuickItem *rectangle)
{
    const QObject *border = rectangle->property("border").value<QObject *>();
    const bool bordered = border && border->property("width").toReal() > 0;
    return {rectangle->property("color").value<QColor>().alpha(), bordered ? border->property("color").value<QColor>().alpha() : 0};
}

/// Whether a colour of this alpha is drawn blended over what is under it.
inline bool seeThrough(int alpha)
{
    return alpha > 0 && alpha < 255;
}

/// Whether a Rectangle draws anything: with neither its colour nor its
/// border visible, Qt makes no node for it.
inline bool rectangleDraws(const QQuickItem *rectangle)
{
    const auto [fill, edge] = rectangleAlphas(rectangle);
    return fill > 0 || edge > 0;
}

/// The opacity item is drawn with: its own times that of every item above it.
inline qreal effectiveOpacity(const QQuickItem *item)
{
    qreal opacity = 1;
    for (const QQuickItem *above = item; above; above = above->parentItem()) {
        opacity *= above->opacity();
    }
    return opacity;
}

/// Whether a Rectangle that draws is drawn blended over what is under it: a
/// see-through colour or border, or an opacity below 1.
inline bool rectangleBlended(const QQuickItem *rectangle)
{
    const auto [fill, edge] = rectangleAlphas(rectangle);
    return seeThrough(fill) || seeThrough(edge) || effectiveOpacity(rectangle) < 1;
}

/// What is drawn on screen under root with anything but plain opaque colour
/// (a Rectangle with no radius, its colours opaque, at full opacity): text,
/// pictures, painted, rounded or see-through parts, each named by its class
/// and the nearest named item above it; not what except holds (a web view).
/// Each such kind is a GL program more than the bare window's for a fresh
/// start's frames (the first drawn with it waits for its compiling).
inline QStringList notPlainColourOnScreen(QQuickItem *root, const QQuickItem *except)
{
    return namedOnScreen(root, [except](QQuickItem *item) {
        if (!item->flags().testFlag(QQuickItem::ItemHasContents) || (except && (item == except || except->isAncestorOf(item)))) {
            return false;
        }
        if (!item->inherits("QQuickRectangle")) {
            return true;
        }
        return rectangleDraws(item) && (item->property("radius").toReal() > 0 || rectangleBlended(item));
    });
}

/// The Kirigami rounded rectangles on screen under root (ShadowedRectangle,
/// ShadowedTexture) that Kirigami's own shader draws, each named by its class
/// and the nearest named item above it. In Mesa's software renderer (a tablet
/// without a GPU driver) that shader is a GL program of its own, which the
/// first frame compiles for 30–50 ms; the first screens draw without it.
inline QStringList kirigamiShadersOnScreen(QQuickItem *root)
{
    return namedOnScreen(root, [](QQuickItem *item) {
        const QVariant software = item->property("softwareRendering");
        return software.isValid() && !software.toBool();
    });
}

/// The anti-aliased rounded rectangles on screen under root (a Rectangle
/// with a radius), each named by the nearest named item above it. Qt draws
/// them with its smooth-colour shader; in Mesa's software renderer that is
/// a GL program of its own, 50–80 ms for the first frame that needs it. The
/// home screen paints its rounded frames instead (ModeTile, PaintedMessage).
inline QStringList smoothRoundedRectanglesOnScreen(QQuickItem *root)
{
    return namedOnScreen(root, [](QQuickItem *item) {
        if (!item->inherits("QQuickRectangle") || !item->antialiasing() || item->property("radius").toReal() <= 0) {
            return false;
        }
        return rectangleDraws(item);
    });
}

/// The flat colours on screen under root that Qt draws blended (a Rectangle
/// whose colour or border is partly transparent, or under an opacity below
/// 1), each named by its class and the nearest named item above it. In
/// Mesa's software renderer the flat colour blended over what is under it
/// is a pipeline of its own (another fragment shader compiled, ~20-30 ms of
/// the first frame that needs it); drawn opaque, it shares the page's.
inline QStringList blendedFlatColoursOnScreen(QQuickItem *root)
{
    return namedOnScreen(root, [](QQuickItem *item) {
        return item->inherits("QQuickRectangle") && rectangleDraws(item) && rectangleBlended(item);
    });
}

/// The painted items on screen under root (QQuickPaintedItem: Kirigami's
/// software ShadowedRectangle paints one), each named by its class and the
/// nearest named item above it. Their textures are RGBA, of the item's size;
/// the pictograms come from Qt Quick's atlas, a BGRA texture of 512 x 512.
/// In Mesa's software renderer each texture format (and power of two or not)
/// is a fragment shader of its own to compile, ~20-30 ms of a fresh start's
/// first frame: the home screen draws its frames from the atlas (AtlasFrame).
inline QStringList paintedItemsOnScreen(QQuickItem *root)
{
    return namedOnScreen(root, [](QQuickItem *item) {
        return item->inherits("QQuickPaintedItem");
    });
}

} // namespace pasapas::test
