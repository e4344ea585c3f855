// SPDX-License-Identifier: GPL-3.0-or-later
// Printing on paper (see printinginterface.h): loaded at the first print.
#include "printinginterface.h"

#include <QImage>
#include <QObject>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QPrinterInfo>

#include <memory>

namespace pasapas
{

namespace
{
void drawFitted(QPainter &painter, const QImage &image, const QRect &page)
{
    const QSize fitted = image.size().scaled(page.size(), Qt::KeepAspectRatio);
    const QRect target(page.topLeft() + QPoint((page.width() - fitted.width()) / 2, 0), fitted);
    painter.drawImage(target, image);
}
} // namespace

class PrintingPlugin : public QObject, public PrintingInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PasAPasPrintingInterface_iid)
    Q_INTERFACES(pasapas::PrintingInterface)

public:
    Result print(const QString &filePath, const QString &pdfFile, int *pages) override
    {
        *pages = 0;
        std::unique_ptr<QPrinter> printer;
        if (pdfFile.isEmpty()) {
            const QPrinterInfo info = QPrinterInfo::defaultPrinter();
            if (info.isNull()) {
                return Result::NoPrinter;
            }
            printer = std::make_unique<QPrinter>(info, QPrinter::HighResolution);
        } else {
            printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(pdfFile);
        }
        // A neutral job name: the printer keeps a history, and a file name may carry the person's name.
        printer->setDocName(QStringLiteral("Pas à pas"));

        const bool pdf = filePath.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive);
        QPdfDocument document;
        QImage image;
        int count = 1;
        if (pdf) {
            if (document.load(filePath) != QPdfDocument::Error::None || document.pageCount() < 1) {
                return Result::UnreadablePdf;
            }
            count = document.pageCount();
        } else if (!image.load(filePath)) {
            return Result::UnreadableImage;
        }

        QPainter painter;
        if (!painter.begin(printer.get())) {
            return Result::PrinterSilent;
        }
        const QRect page = printer->pageLayout().paintRectPixels(printer->resolution());
        for (int i = 0; i < count; ++i) {
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
        *pages = count;
        return Result::Sent;
    }
};

} // namespace pasapas

#include "printingplugin.moc"
