// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QQuickItem>
#include <QtQmlIntegration>

namespace pasapas
{

/// The border of an AtlasFrame: its width (whole pixels, as Kirigami's) and colour.
class AtlasFrameBorder : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(qreal width READ width WRITE setWidth NOTIFY changed)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY changed)

public:
    using QObject::QObject;

    qreal width() const
    {
        return m_width;
    }
    void setWidth(qreal width);
    QColor color() const
    {
        return m_color;
    }
    void setColor(const QColor &color);

Q_SIGNALS:
    void changed();

private:
    qreal m_width = 0;
    QColor m_color = Qt::black;
};

/// A rounded rectangle (colour, radius, border) drawn as nine pieces of one
/// small picture of its corners, which goes into Qt Quick's atlas of small
/// images with the pictograms. In Mesa's software renderer each texture
/// format (and power-of-two or not) a first frame samples is a fragment
/// shader of its own to compile, ~20-30 ms with no shader cache (a fresh
/// start): painted rectangles (QQuickPaintedItem, Kirigami's software
/// ShadowedRectangle) are RGBA textures of any size, the atlas a BGRA one of
/// 512 x 512. Drawn from the atlas, the home screen's frames need no shader
/// of their own (issue 16). The same look as PaintedRectangle; its width and
/// height change without painting anything again.
class AtlasFrame : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(qreal radius READ radius WRITE setRadius NOTIFY radiusChanged)
    Q_PROPERTY(pasapas::AtlasFrameBorder *border READ border CONSTANT)

public:
    explicit AtlasFrame(QQuickItem *parent = nullptr);

    QColor color() const
    {
        return m_color;
    }
    void setColor(const QColor &color);
    qreal radius() const
    {
        return m_radius;
    }
    void setRadius(qreal radius);
    AtlasFrameBorder *border()
    {
        return &m_border;
    }

Q_SIGNALS:
    void colorChanged();
    void radiusChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *data) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    void repaint();
    /// The picture of the corners at this pixel ratio: a square of
    /// 2 * corner + 3 pixels, its three middle rows and columns plain.
    QImage corners(qreal pixelRatio, int *corner) const;

    QColor m_color = Qt::white;
    qreal m_radius = 0;
    AtlasFrameBorder m_border;
    bool m_pictureDirty = true;
};

} // namespace pasapas
