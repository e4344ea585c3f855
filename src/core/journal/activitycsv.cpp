// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycsv.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QString field(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields) {
        quoted.append(field(text));
    }
    return quoted.join(u',').toUtf8() + "\r\n";
}
} // namespace

QStringList activityCsvHeader()
{
    return {u"mois"_s,
            u"catégorie"_s,
            u"guide"_s,
            u"langue"_s,
            u"mode"_s,
            u"sessions"_s,
            u"menées au bout"_s,
            u"abandonnées"_s,
            u"remises à zéro"_s,
            u"aides (blocages, retours sur le chemin, reprises en main, appels)"_s};
}

QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv += line(header);
    for (const QStringList &row : rows) {
        csv += line(row);
    }
    return csv;
}

} // namespace pasapas
