// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagegeometry.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pasapas
{

namespace
{
/// The side (in pixels) of the grey copy the edges are searched in.
constexpr int searchSide = 320;

int otsuThreshold(const std::array<qint64, 256> &histogram, qint64 total)
{
    double sum = 0;
    for (int i = 0; i < 256; ++i) {
        sum += double(i) * double(histogram[i]);
    }
    double sumBelow = 0;
    qint64 below = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        below += histogram[t];
        if (below == 0) {
            continue;
        }
        const qint64 above = total - below;
        if (above == 0) {
            break;
        }
        sumBelow += double(t) * double(histogram[t]);
        const double meanBelow = sumBelow / double(below);
        const double meanAbove = (sum - sumBelow) / double(above);
        const double between = double(below) * double(above) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
}

/// The pixels of the largest 4-connected area of `mask` (row-major indices).
QList<int> largestArea(const QList<bool> &mask, int width, int height)
{
    QList<int> label(mask.size(), -1);
    QList<int> best;
    QList<int> stack;
    for (int start = 0; start < mask.size(); ++start) {
        if (!mask[start] || label[start] >= 0) {
            continue;
        }
        QList<int> area;
        stack = {start};
        label[start] = start;
        while (!stack.isEmpty()) {
            const int p = stack.takeLast();
            area.append(p);
            const int x = p % width;
            const int y = p / width;
            const auto visit = [&](int q) {
                if (mask[q] && label[q] < 0) {
                    label[q] = start;
                    stack.append(q);
                }
            };
            if (x > 0) {
                visit(p - 1);
            }
            if (x + 1 < width) {
                visit(p + 1);
            }
            if (y > 0) {
                visit(p - width);
            }
            if (y + 1 < height) {
                visit(p + width);
            }
        }
        if (area.size() > best.size()) {
            best = std::move(area);
        }
    }
    return best;
}
} // namespace

PageCorners PageCorners::whole(QSize size)
{
    const qreal w = size.width();
    const qreal h = size.height();
    return {{QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)}};
}

PageCorners PageCorners::turned(int turns, QSize size) const
{
    PageCorners result = *this;
    const int quarter = ((turns % 4) + 4) % 4;
    QSizeF current(size);
    for (int i = 0; i < quarter; ++i) {
        // A quarter clockwise: (x, y) → (h - y, x); the reading order stays.
        for (QPointF &p : result.points) {
            p = QPointF(current.height() - p.y(), p.x());
        }
        // What was the bottom left corner is now the top left one.
        std::rotate(result.points.begin(), result.points.begin() + 3, result.points.end());
        current.transpose();
    }
    return result;
}

PageCorners PageCorners::scaled(qreal factor) const
{
    PageCorners result = *this;
    for (QPointF &p : result.points) {
        p *= factor;
    }
    return result;
}

QSize PageCorners::straightSize() const
{
    const auto length = [this](int a, int b) {
        return QLineF(points[a], points[b]).length();
    };
    const qreal width = std::max(length(0, 1), length(3, 2));
    const qreal height = std::max(length(0, 3), length(1, 2));
    return {int(std::lround(width)), int(std::lround(height))};
}

bool PageCorners::isUsable() const
{
    // Convex: every turn along the outline goes the same way, and no side is a point.
    int sign = 0;
    for (int i = 0; i < 4; ++i) {
        const QPointF a = points[i];
        const QPointF b = points[(i + 1) % 4];
        const QPointF c = points[(i + 2) % 4];
        if (QLineF(a, b).length() < 4) {
            return false;
        }
        const qreal cross = (b.x() - a.x()) * (c.y() - b.y()) - (b.y() - a.y()) * (c.x() - b.x());
        const int s = cross > 0 ? 1 : (cross < 0 ? -1 : 0);
        if (s == 0 || (sign != 0 && s != sign)) {
            return false;
        }
        sign = s;
    }
    return true;
}

QImage turnImage(const QImage &image, int turns)
{
    const int quarter = ((turns % 4) + 4) % 4;
    if (quarter == 0) {
        return image;
    }
    return image.transformed(QTransform().rotate(90.0 * quarter));
}

QImage straighten(const QImage &image, const PageCorners &corners)
{
    if (!corners.isUsable()) {
        return image;
    }
    const QSize size = corners.straightSize();
    QPolygonF from;
    for (const QPointF &p : corners.points) {
        from << p;
    }
    const QPolygonF to{QPointF(0, 0), QPointF(size.width(), 0), QPointF(size.width(), size.height()), QPointF(0, size.height())};
    QTransform transform;
    if (!QTransform::quadToQuad(from, to, transform)) {
        return image;
    }
    QImage page(size, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(transform);
    painter.drawImage(QPointF(0, 0), image);
    painter.end();
    return page;
}

PageEdges findPageEdges(const QImage &image)
{
    PageEdges edges{PageCorners::whole(image.size()), false};
    if (image.isNull()) {
        return edges;
    }
    const QImage grey = image.scaled(searchSide, searchSide, Qt::KeepAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
    const int width = grey.width();
    const int height = grey.height();
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < height; ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            ++histogram[line[x]];
        }
    }
    const qint64 total = qint64(width) * height;
    const int threshold = otsuThreshold(histogram, total);
    QList<bool> bright(total);
    for (int y = 0; y < height; ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            bright[y * width + x] = line[x] > threshold;
        }
    }
    const QList<int> area = largestArea(bright, width, height);
    // A page fills a good part of the photo but not all of it (then there is no background to tell it from).
    if (area.size() < total / 10 || area.size() > total * 97 / 100) {
        return edges;
    }
    // Extreme corners along the diagonals: top left has the smallest x + y, and so on.
    constexpr qreal big = std::numeric_limits<qreal>::max();
    std::array<qreal, 4> score{big, big, big, big};
    PageCorners corners;
    for (const int p : area) {
        const qreal x = p % width + 0.5;
        const qreal y = p / width + 0.5;
        const std::array<qreal, 4> s{x + y, y - x, -x - y, x - y};
        for (int i = 0; i < 4; ++i) {
            if (s[i] < score[i]) {
                score[i] = s[i];
                corners.points[i] = QPointF(x, y);
            }
        }
    }
    corners = corners.scaled(qreal(image.width()) / width);
    if (!corners.isUsable()) {
        return edges;
    }
    return {corners, true};
}

} // namespace pasapas
