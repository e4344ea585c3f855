// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtPlugin>

namespace pasapas
{

/// Printing, in a plugin of its own (pasapas/pasapas_printing): Qt Print
/// Support pulls in Qt Widgets, and Qt Pdf reads the document; neither is
/// mapped until a person first prints. The sentences for the person are the
/// app's (documentprinter.cpp), so the plugin answers with a result.
class PrintingInterface
{
public:
    enum class Result {
        Sent,
        NoPrinter, ///< no printer installed on the tablet
        UnreadablePdf,
        UnreadableImage,
        PrinterSilent, ///< the printer did not accept the job
    };

    virtual ~PrintingInterface() = default;

    /// Prints a PDF or an image page by page, fitted to the paper: on the
    /// tablet's default printer, or into pdfFile when it is given (tests).
    /// pages: how many pages were sent.
    virtual Result print(const QString &filePath, const QString &pdfFile, int *pages) = 0;
};

} // namespace pasapas

#define PasAPasPrintingInterface_iid "org.pasapas.PrintingInterface/1.0"
Q_DECLARE_INTERFACE(pasapas::PrintingInterface, PasAPasPrintingInterface_iid)
