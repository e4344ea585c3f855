// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentprinter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QPrinterInfo>

namespace pasapas
{

namespace
{
int s_lastPages = 0;

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentPrinter", text);
}

void drawFitted(QPainter &painter, const QImage &image, const QRect &page)
{
    const QSize fitted = image.size().scaled(page.size(), Qt::KeepAspectRatio);
    const QRect target(page.topLeft() + QPoint((page.width() - fitted.width()) / 2, 0), fitted);
    painter.drawImage(target, image);
}
} // namespace

int lastPrintedPageCount()
{
    return s_lastPages;
}

QString printDocument(const QString &filePath, QPrinter *given)
{
    s_lastPages = 0;
    if (!QFileInfo::exists(filePath)) {
        return tr("Ce document n'existe plus.");
    }
    std::unique_ptr<QPrinter> own;
    QPrinter *printer = given;
    if (!printer) {
        const QPrinterInfo info = QPrinterInfo::defaultPrinter();
        if (info.isNull()) {
            return tr("Aucune imprimante n'est installée sur la tablette. Demandez à un médiateur.");
        }
        own = std::make_unique<QPrinter>(info, QPrinter::HighResolution);
        printer = own.get();
    }
    // A neutral job name: the printer keeps a history, and a file name may carry the person's name.
    printer->setDocName(QStringLiteral("Pas à pas"));

    const bool pdf = filePath.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive);
    QPdfDocument document;
    QImage image;
    int pages = 1;
    if (pdf) {
        if (document.load(filePath) != QPdfDocument::Error::None || document.pageCount() < 1) {
            return tr("Ce document ne peut pas être lu.");
        }
        pages = document.pageCount();
    } else if (!image.load(filePath)) {
        return tr("Cette image ne peut pas être lue.");
    }

    QPainter painter;
    if (!painter.begin(printer)) {
        return tr("L'imprimante ne répond pas. Vérifiez qu'elle est allumée, puis réessayez.");
    }
    const QRect page = printer->pageLayout().paintRectPixels(printer->resolution());
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            printer->newPage();
        }
        if (pdf) {
            const QSizeF points = document.pagePointSize(i);
            const qreal scale = std::min(page.width() / points.width(), page.height() / points.height());
            drawFitted(painter, document.render(i, (points * scale).toSize()), QRect(QPoint(0, 0), page.size()));
        } else {
            drawFitted(painter, image, QRect(QPoint(0, 0), page.size()));
        }
    }
    painter.end();
    s_lastPages = pages;
    return tr("Le document part à l'imprimante.");
}

} // namespace pasapas
