// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechparts.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
bool hasWords(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isLetterOrNumber();
    });
}

void append(QList<SpeechPart> &parts, const QString &text, const QString &language)
{
    const QString piece = text.trimmed();
    if (!hasWords(piece)) {
        return;
    }
    if (!parts.isEmpty() && parts.last().language == language) {
        parts.last().text += u' ' + piece;
    } else {
        parts.append({piece, language});
    }
}
} // namespace

QList<SpeechPart> speechParts(const QString &text, const QString &language)
{
    QList<SpeechPart> parts;
    const QString french = u"fr"_s;
    if (language.section(u'-', 0, 0) == french) {
        append(parts, text, language);
        return parts;
    }
    static const QRegularExpression quoted(u"«\\s*([^»]*?)\\s*»|“([^”]*)”"_s);
    qsizetype from = 0;
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        append(parts, text.mid(from, match.capturedStart() - from), language);
        append(parts, match.hasCaptured(1) ? match.captured(1) : match.captured(2), french);
        from = match.capturedEnd();
    }
    append(parts, text.mid(from), language);
    return parts;
}

} // namespace pasapas
