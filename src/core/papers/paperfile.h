// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagegeometry.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace pasapas
{

/// The size a site accepts when the guide does not say: 2 MB.
inline constexpr qint64 defaultPaperMaxBytes = 2 * 1024 * 1024;

enum class PaperFormat {
    Auto, ///< one page: JPEG; several: PDF
    Jpeg, ///< one image (several pages one under the other)
    Pdf,
};

/// One photographed page: the photo as taken, how far the person turned it,
/// and the corners of the paper in the turned photo.
struct PaperPage {
    QImage photo;
    int turns = 0; ///< quarter turns clockwise
    PageCorners corners; ///< in the turned photo
    bool cropped = false; ///< false: the whole photo
    bool enhance = true; ///< contrast for text

    /// The photo turned as the person asked.
    [[nodiscard]] QImage turnedPhoto() const;
    /// The page as it goes into the file: turned, straightened, contrasted.
    [[nodiscard]] QImage render() const;
};

/// Grey levels stretched so that the paper is white and the writing black
/// (points from the histogram, not fixed values): readable text, smaller files.
[[nodiscard]] QImage textContrast(const QImage &image);

struct PaperRequest {
    PaperFormat format = PaperFormat::Auto;
    qint64 maxBytes = defaultPaperMaxBytes;
};

/// A file ready to be written: its bytes and how it was made.
struct PaperFile {
    QByteArray data;
    PaperFormat format = PaperFormat::Jpeg;
    int pageCount = 0;
    int longSide = 0; ///< pixels of each page's longer side
    int quality = 0; ///< JPEG quality (PDF: Qt's own)
    bool fits = false; ///< under the size asked; false: even the smallest step was too big

    [[nodiscard]] QString suffix() const
    {
        return format == PaperFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("jpg");
    }
};

/// The format for a site that accepts these types ("pdf", "jpg", "png"; empty:
/// any): one page as JPEG, several as PDF, unless the site refuses it.
[[nodiscard]] PaperFormat paperFormatFor(const QStringList &accept, int pages);

/// The pages (already rendered) in one JPEG or PDF under the size asked:
/// resolution, then JPEG quality, lowered step by step until it fits.
[[nodiscard]] PaperFile makePaperFile(const QList<QImage> &pages, const PaperRequest &request);

} // namespace pasapas
