// SPDX-License-Identifier: GPL-3.0-or-later
#include "paperfile.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <array>
#include <cmath>

namespace pasapas
{

namespace
{
/// Each page's longer side, from sharp to just readable.
constexpr std::array<int, 8> longSides{2200, 1800, 1500, 1240, 1000, 800, 640, 480};
/// JPEG qualities tried at each resolution (the PDF engine uses its own).
constexpr std::array<int, 3> qualities{82, 62, 45};

QImage scaledTo(const QImage &page, int longSide)
{
    if (std::max(page.width(), page.height()) <= longSide) {
        return page;
    }
    return page.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

/// Several pages one under the other, all at the width of the widest.
QImage stacked(const QList<QImage> &pages)
{
    if (pages.size() == 1) {
        return pages.constFirst();
    }
    int width = 0;
    for (const QImage &page : pages) {
        width = std::max(width, page.width());
    }
    int height = 0;
    QList<QImage> scaled;
    for (const QImage &page : pages) {
        scaled.append(page.width() == width ? page : page.scaledToWidth(width, Qt::SmoothTransformation));
        height += scaled.constLast().height();
    }
    QImage sheet(width, height, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    int y = 0;
    for (const QImage &page : std::as_const(scaled)) {
        painter.drawImage(0, y, page);
        y += page.height();
    }
    return sheet;
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    writer.write(image);
    return data;
}

QByteArray pdf(const QList<QImage> &pages)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Pas à pas"));
    writer.setResolution(150);
    QPainter painter;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QImage &page = pages.at(i);
        const auto orientation = page.width() > page.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF()));
        if (i == 0) {
            painter.begin(&writer);
        } else {
            writer.newPage();
        }
        // The page fills the sheet, centred, keeping its proportions.
        const QRect sheet = painter.viewport();
        const QSize fitted = page.size().scaled(sheet.size(), Qt::KeepAspectRatio);
        const QRect target(sheet.x() + (sheet.width() - fitted.width()) / 2, sheet.y() + (sheet.height() - fitted.height()) / 2, fitted.width(), fitted.height());
        painter.drawImage(target, page);
    }
    painter.end();
    return data;
}
} // namespace

QImage PaperPage::turnedPhoto() const
{
    return turnImage(photo, turns);
}

QImage PaperPage::render() const
{
    const QImage turned = turnedPhoto();
    const QImage page = cropped ? straighten(turned, corners) : turned;
    return enhance ? textContrast(page) : page;
}

QImage textContrast(const QImage &image)
{
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            ++histogram[line[x]];
        }
    }
    const qint64 total = qint64(grey.width()) * grey.height();
    const auto level = [&](qint64 rank) {
        qint64 seen = 0;
        for (int i = 0; i < 256; ++i) {
            seen += histogram[i];
            if (seen > rank) {
                return i;
            }
        }
        return 255;
    };
    // Ink: the darkest 1 %; paper: what most of the page is (the 60th percentile), a little below it.
    const int black = level(total / 100);
    const int white = std::max(black + 16, level(total * 60 / 100) * 92 / 100);
    std::array<uchar, 256> map{};
    for (int i = 0; i < 256; ++i) {
        const double t = std::clamp(double(i - black) / double(white - black), 0.0, 1.0);
        map[i] = uchar(std::lround(255.0 * t));
    }
    for (int y = 0; y < grey.height(); ++y) {
        uchar *line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            line[x] = map[line[x]];
        }
    }
    return grey;
}

PaperFormat paperFormatFor(const QStringList &accept, int pages)
{
    const bool pdf = accept.isEmpty() || accept.contains(QStringLiteral("pdf"));
    const bool jpeg = accept.isEmpty() || accept.contains(QStringLiteral("jpg"));
    if (pages > 1) {
        return pdf ? PaperFormat::Pdf : PaperFormat::Jpeg;
    }
    return jpeg ? PaperFormat::Jpeg : PaperFormat::Pdf;
}

PaperFile makePaperFile(const QList<QImage> &pages, const PaperRequest &request)
{
    PaperFile file;
    if (pages.isEmpty()) {
        return file;
    }
    file.pageCount = int(pages.size());
    file.format = request.format != PaperFormat::Auto ? request.format : (pages.size() == 1 ? PaperFormat::Jpeg : PaperFormat::Pdf);
    int longest = 0;
    for (const QImage &page : pages) {
        longest = std::max({longest, page.width(), page.height()});
    }
    int previous = 0;
    for (const int step : longSides) {
        // Small pages start at their own size; a step that changes nothing is skipped.
        const int side = std::min(step, longest);
        if (side == previous) {
            continue;
        }
        previous = side;
        QList<QImage> scaled;
        for (const QImage &page : pages) {
            scaled.append(scaledTo(page, side));
        }
        file.longSide = side;
        if (file.format == PaperFormat::Pdf) {
            file.data = pdf(scaled);
            file.quality = 0;
            file.fits = file.data.size() <= request.maxBytes;
            if (file.fits) {
                return file;
            }
            continue;
        }
        const QImage sheet = stacked(scaled);
        for (const int quality : qualities) {
            file.data = jpeg(sheet, quality);
            file.quality = quality;
            file.fits = file.data.size() <= request.maxBytes;
            if (file.fits) {
                return file;
            }
        }
    }
    return file;
}

} // namespace pasapas
