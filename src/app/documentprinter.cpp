// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentprinter.h"
#include "appplugins.h"
#include "printinginterface.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pasapas
{

namespace
{
int s_lastPages = 0;

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentPrinter", text);
}
} // namespace

int lastPrintedPageCount()
{
    return s_lastPages;
}

QString printDocument(const QString &filePath, const QString &pdfFile)
{
    s_lastPages = 0;
    if (!QFileInfo::exists(filePath)) {
        return tr("Ce document n'existe plus.");
    }
    auto *printing = appPluginAs<PrintingInterface>(printingPlugin.toString());
    if (!printing) {
        return tr("L'impression n'est pas installée sur cette tablette. Demandez à un médiateur.");
    }
    int pages = 0;
    switch (printing->print(filePath, pdfFile, &pages)) {
    case PrintingInterface::Result::Sent:
        s_lastPages = pages;
        return tr("Le document part à l'imprimante.");
    case PrintingInterface::Result::NoPrinter:
        return tr("Aucune imprimante n'est installée sur la tablette. Demandez à un médiateur.");
    case PrintingInterface::Result::UnreadablePdf:
        return tr("Ce document ne peut pas être lu.");
    case PrintingInterface::Result::UnreadableImage:
        return tr("Cette image ne peut pas être lue.");
    case PrintingInterface::Result::PrinterSilent:
        break;
    }
    return tr("L'imprimante ne répond pas. Vérifiez qu'elle est allumée, puis réessayez.");
}

} // namespace pasapas
