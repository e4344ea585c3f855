// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace pasapas
{

/// The export's column names (French, as funders read them).
[[nodiscard]] QStringList activityCsvHeader();
/// RFC 4180 text in UTF-8 with a byte order mark (so that LibreOffice and
/// Excel read the accents): comma separated, CRLF line ends, a field quoted
/// when it holds a comma, a quote or a line end, quotes doubled.
[[nodiscard]] QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows);

} // namespace pasapas
