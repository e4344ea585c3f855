// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPrinter;

namespace pasapas
{

/// Prints a session document (a PDF or an image) page by page, fitted to
/// the paper. printer: null for the tablet's default printer. Returns a
/// sentence for the person: done, no printer, or what went wrong.
[[nodiscard]] QString printDocument(const QString &filePath, QPrinter *printer = nullptr);

/// How many pages the last successful printDocument() sent (for tests).
[[nodiscard]] int lastPrintedPageCount();

} // namespace pasapas
