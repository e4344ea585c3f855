// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Photographs of a paper drawn with QPainter, for the papers pipeline's
// tests, the capture's end-to-end test and the benchmark: a white page of
// text on a dark wooden table, seen at an angle.

#include "pagegeometry.h"

#include <QImage>
#include <QPainter>
#include <QPolygonF>
#include <QRandomGenerator>
#include <QTransform>

namespace pasapas::test
{

/// The page as printed: A4 proportions, a black heading band at the top
/// (rows 5–12 % of the height), lines of "words", an empty bottom margin.
inline QImage paperPage(int width = 620, quint32 seed = 1)
{
    const int height = width * 297 / 210;
    QImage page(width, height, QImage::Format_RGB32);
    page.fill(QColor(246, 244, 238));
    QPainter painter(&page);
    painter.fillRect(QRectF(width * 0.08, height * 0.05, width * 0.84, height * 0.07), QColor(20, 20, 20));
    QRandomGenerator words(seed);
    for (qreal y = height * 0.18; y < height * 0.82; y += height * 0.035) {
        for (qreal x = width * 0.08; x < width * 0.88;) {
            const qreal w = width * (0.03 + words.bounded(8) * 0.01);
            painter.fillRect(QRectF(x, y, std::min(w, width * 0.92 - x), height * 0.014), QColor(35, 35, 45));
            x += w + width * 0.02;
        }
    }
    return page;
}

/// A photo of `page` on a dark table: the page's corners land on `corners`
/// (top left, top right, bottom right, bottom left of the page).
inline QImage photoOf(const QImage &page, const PageCorners &corners, QSize size = {1600, 1200})
{
    QImage photo(size, QImage::Format_RGB32);
    QLinearGradient wood(0, 0, size.width(), size.height());
    wood.setColorAt(0, QColor(70, 48, 32));
    wood.setColorAt(1, QColor(40, 28, 20));
    QPainter painter(&photo);
    painter.fillRect(photo.rect(), wood);
    const QPolygonF from{QPointF(0, 0), QPointF(page.width(), 0), QPointF(page.width(), page.height()), QPointF(0, page.height())};
    const QPolygonF to{corners.points[0], corners.points[1], corners.points[2], corners.points[3]};
    QTransform transform;
    QTransform::quadToQuad(from, to, transform);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(transform);
    painter.drawImage(QPointF(0, 0), page);
    return photo;
}

/// Where the page lies in the usual test photo: turned about 8° and seen a
/// little from below (the top side is shorter).
inline PageCorners tiltedCorners()
{
    return {{QPointF(560, 150), QPointF(1070, 210), QPointF(1010, 1090), QPointF(420, 1010)}};
}

} // namespace pasapas::test
