// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasframe.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTexture>

#include <array>
#include <cmath>
#include <memory>

namespace pasapas
{

namespace
{

/// The nine pieces, and the picture they share (deleted with the node, on the render thread).
class FrameNode : public QSGNode
{
public:
    std::unique_ptr<QSGTexture> texture;
    std::array<QSGImageNode *, 9> pieces{};
    int corner = 0; ///< in the picture's pixels
    qreal pixelRatio = 1;
};

} // namespace

void AtlasFrameBorder::setWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width)) {
        return;
    }
    m_width = width;
    Q_EMIT changed();
}

void AtlasFrameBorder::setColor(const QColor &color)
{
    if (color == m_color) {
        return;
    }
    m_color = color;
    Q_EMIT changed();
}

AtlasFrame::AtlasFrame(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    connect(&m_border, &AtlasFrameBorder::changed, this, &AtlasFrame::repaint);
}

void AtlasFrame::setColor(const QColor &color)
{
    if (color == m_color) {
        return;
    }
    m_color = color;
    repaint();
    Q_EMIT colorChanged();
}

void AtlasFrame::setRadius(qreal radius)
{
    if (qFuzzyCompare(radius, m_radius)) {
        return;
    }
    m_radius = radius;
    repaint();
    Q_EMIT radiusChanged();
}

void AtlasFrame::repaint()
{
    m_pictureDirty = true;
    update();
}

void AtlasFrame::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        // Only the pieces move; but a radius larger than half the side is cut as Kirigami cuts it.
        if (m_radius > std::min(newGeometry.width(), newGeometry.height()) / 2 || m_radius > std::min(oldGeometry.width(), oldGeometry.height()) / 2) {
            m_pictureDirty = true;
        }
        update();
    }
}

void AtlasFrame::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemDevicePixelRatioHasChanged || change == ItemSceneChange) {
        m_pictureDirty = true;
        update();
    }
    QQuickItem::itemChange(change, value);
}

QImage AtlasFrame::corners(qreal pixelRatio, int *corner) const
{
    // As Kirigami's software rectangle: the radius at most half the shorter
    // side, the border in whole pixels, drawn as a rounded rectangle in its
    // colour with the fill's rounded rectangle inside it, of the same radius.
    const qreal radius = std::max(0.0, std::min(m_radius, std::min(width(), height()) / 2)) * pixelRatio;
    const qreal borderWidth = std::floor(m_border.width()) * pixelRatio;
    *corner = std::max({1, int(std::ceil(radius)), int(std::ceil(borderWidth))});
    const int side = 2 * *corner + 3;
    QImage picture(side, side, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    const QRectF whole(0, 0, side, side);
    if (borderWidth > 0) {
        painter.setBrush(m_border.color());
        painter.drawRoundedRect(whole, radius, radius);
    }
    painter.setBrush(m_color);
    painter.drawRoundedRect(whole.adjusted(borderWidth, borderWidth, -borderWidth, -borderWidth), radius, radius);
    return picture;
}

QSGNode *AtlasFrame::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<FrameNode *>(old);
    if (width() <= 0 || height() <= 0 || !window()) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = new FrameNode;
        for (QSGImageNode *&piece : node->pieces) {
            piece = window()->createImageNode();
            piece->setFiltering(QSGTexture::Linear);
            node->appendChildNode(piece);
        }
        m_pictureDirty = true;
    }
    if (m_pictureDirty) {
        node->pixelRatio = window()->effectiveDevicePixelRatio();
        const QImage picture = corners(node->pixelRatio, &node->corner);
        node->texture.reset(window()->createTextureFromImage(picture, QQuickWindow::TextureCanUseAtlas));
        for (QSGImageNode *piece : node->pieces) {
            piece->setTexture(node->texture.get());
        }
        m_pictureDirty = false;
    }
    // Columns and rows: a corner, the middle (stretched from the picture's
    // middle pixel, between two of the same), the other corner.
    const int c = node->corner;
    const std::array<qreal, 3> sourceStarts{0, c + 1.0, c + 3.0};
    const qreal cornerX = std::min(c / node->pixelRatio, width() / 2);
    const qreal cornerY = std::min(c / node->pixelRatio, height() / 2);
    const std::array<qreal, 4> xs{0, cornerX, width() - cornerX, width()};
    const std::array<qreal, 4> ys{0, cornerY, height() - cornerY, height()};
    const std::array<qreal, 3> sourceSizes{qreal(c), 1, qreal(c)};
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            QSGImageNode *piece = node->pieces.at(row * 3 + column);
            piece->setRect(QRectF(xs.at(column), ys.at(row), xs.at(column + 1) - xs.at(column), ys.at(row + 1) - ys.at(row)));
            piece->setSourceRect(QRectF(sourceStarts.at(column), sourceStarts.at(row), sourceSizes.at(column), sourceSizes.at(row)));
        }
    }
    return node;
}

} // namespace pasapas
