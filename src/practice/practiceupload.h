// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerRequest;

namespace pasapas
{

/// What the practice site's "papiers" form received, as a real site checks
/// it: the file's type, pages and size. Only these figures are kept, never
/// the file.
struct PracticeUpload {
    bool received = false; ///< a file came in the "document" field
    QString fileName;
    QString type; ///< "pdf", "jpg" or "" (neither)
    int pages = 0;
    qint64 size = 0;
    qint64 limit = 2 * 1024 * 1024;

    /// A PDF or JPEG under the limit.
    [[nodiscard]] bool accepted() const
    {
        return received && !type.isEmpty() && pages > 0 && size <= limit;
    }
};

/// Reads the "document" part of a multipart/form-data request.
[[nodiscard]] PracticeUpload inspectUpload(const QHttpServerRequest &request);
/// Reads a file's figures (PDF pages counted from its page objects).
[[nodiscard]] PracticeUpload inspectFile(const QString &fileName, const QByteArray &data);

} // namespace pasapas
