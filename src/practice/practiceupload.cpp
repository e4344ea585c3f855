// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceupload.h"

#include <QHttpServerRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pasapas
{

PracticeUpload inspectFile(const QString &fileName, const QByteArray &data)
{
    PracticeUpload upload;
    upload.received = true;
    upload.fileName = fileName;
    upload.size = data.size();
    if (data.startsWith("%PDF-") && data.trimmed().endsWith("%%EOF")) {
        upload.type = u"pdf"_s;
        // Page objects: "/Type /Page" not followed by "s" (that is the page tree).
        static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
        auto it = page.globalMatch(QString::fromLatin1(data));
        while (it.hasNext()) {
            it.next();
            ++upload.pages;
        }
    } else if (data.startsWith("\xFF\xD8\xFF") && data.endsWith("\xFF\xD9")) {
        upload.type = u"jpg"_s;
        upload.pages = 1;
    }
    return upload;
}

PracticeUpload inspectUpload(const QHttpServerRequest &request)
{
    const QByteArray contentType = request.value("content-type");
    const qsizetype at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || at < 0) {
        return {};
    }
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"')) {
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    }
    const QByteArray body = request.body();
    const QByteArray delimiter = "--" + boundary;
    qsizetype start = body.indexOf(delimiter);
    while (start >= 0) {
        const qsizetype headersStart = start + delimiter.size() + 2; // after CRLF
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd);
        if (headersEnd < 0 || next < 0) {
            break;
        }
        const QByteArray headers = body.mid(headersStart, headersEnd - headersStart);
        static const QRegularExpression name(u"name=\"document\"(; filename=\"([^\"]*)\")?"_s);
        const auto match = name.match(QString::fromUtf8(headers));
        if (match.hasMatch() && !match.captured(2).isEmpty()) {
            return inspectFile(match.captured(2), body.mid(headersEnd + 4, next - headersEnd - 4));
        }
        start = next + 2;
    }
    return {};
}

} // namespace pasapas
