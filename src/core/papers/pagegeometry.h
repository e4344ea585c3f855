// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPointF>

#include <array>

namespace pasapas
{

/// The four corners of a page in an image, in reading order: top left, top
/// right, bottom right, bottom left (as the page reads, not as the photo lies).
struct PageCorners {
    std::array<QPointF, 4> points;

    /// The corners of the whole image.
    [[nodiscard]] static PageCorners whole(QSize size);
    /// The corners once the image (of this size) is turned a quarter clockwise
    /// `turns` times: the page turns with it, so the top left corner changes.
    [[nodiscard]] PageCorners turned(int turns, QSize size) const;
    /// The corners scaled by a factor (from a small copy of the image to the full one).
    [[nodiscard]] PageCorners scaled(qreal factor) const;
    /// The size of the straightened page: the longer of each pair of opposite sides.
    [[nodiscard]] QSize straightSize() const;
    /// Four distinct corners that make a convex quadrilateral.
    [[nodiscard]] bool isUsable() const;
};

/// The image turned a quarter clockwise `turns` times (negative: anticlockwise).
[[nodiscard]] QImage turnImage(const QImage &image, int turns);

/// The page cut out of the photo along its four corners and made a rectangle
/// again (perspective correction). The whole image when the corners are not usable.
[[nodiscard]] QImage straighten(const QImage &image, const PageCorners &corners);

/// A proposal for the page's edges: a bright page on a darker background.
struct PageEdges {
    PageCorners corners;
    bool found = false; ///< false: no page stood out, the corners are the whole image
};

/// Finds the largest bright area (Otsu threshold on a small grey copy) and
/// its four extreme corners. Simple and robust for a sheet on a table;
/// the person moves the corners when it is wrong.
[[nodiscard]] PageEdges findPageEdges(const QImage &image);

} // namespace pasapas
