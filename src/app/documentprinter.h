// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pasapas
{

/// Prints a session document (a PDF or an image) page by page, fitted to
/// the paper, through the printing plugin (loaded at the first print).
/// pdfFile: empty for the tablet's default printer, else the pages go into
/// that PDF file (tests). Returns a sentence for the person: done, no
/// printer, printing not installed, or what went wrong.
[[nodiscard]] QString printDocument(const QString &filePath, const QString &pdfFile = {});

/// How many pages the last successful printDocument() sent (for tests).
[[nodiscard]] int lastPrintedPageCount();

} // namespace pasapas
