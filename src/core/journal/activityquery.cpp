// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityquery.h"
#include "activityrecord.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QDate monthStart(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

/// The period as start-hour bounds: [first day of from, first day after to).
QVariantList bounds(QDate from, QDate to)
{
    return {monthStart(from).toString(Qt::ISODate), monthStart(to).addMonths(1).toString(Qt::ISODate)};
}

QSqlQuery select(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCWarning(lcJournal, "query: %s", qPrintable(query.lastError().text()));
    }
    return query;
}

const QString kInPeriod = u" FROM sessions WHERE start_hour >= ? AND start_hour < ?"_s;

QList<ActivityCount> countsBy(const QSqlDatabase &db, const QString &column, const QVariantList &period)
{
    QList<ActivityCount> counts;
    QSqlQuery query = select(db,
                             u"SELECT %1, COUNT(*), SUM(outcome = 'finished')"_s.arg(column) + kInPeriod
                                 + u" GROUP BY %1 ORDER BY COUNT(*) DESC, %1"_s.arg(column),
                             period);
    while (query.next()) {
        counts.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    }
    return counts;
}
} // namespace

ActivitySummary ActivityQuery::summarize(const QSqlDatabase &db, QDate from, QDate to)
{
    ActivitySummary summary;
    summary.from = monthStart(from);
    summary.to = monthStart(to);
    for (QDate month = summary.from; month <= summary.to; month = month.addMonths(1)) {
        summary.months.append({month.toString(u"yyyy-MM"_s), 0, 0, {}});
    }
    if (!db.isOpen()) {
        return summary;
    }
    const QVariantList period = bounds(from, to);
    QSqlQuery totals = select(db,
                              u"SELECT COUNT(*), SUM(outcome = 'finished'), SUM(outcome = 'abandoned'), SUM(outcome = 'idle-reset'),"
                              " SUM(stuck_presses + recoveries + takeovers + help_calls), SUM(help_calls)"_s
                                  + kInPeriod,
                              period);
    if (totals.next()) {
        summary.sessions = totals.value(0).toInt();
        summary.finished = totals.value(1).toInt();
        summary.abandoned = totals.value(2).toInt();
        summary.idleResets = totals.value(3).toInt();
        summary.helpEvents = totals.value(4).toInt();
        summary.helpCalls = totals.value(5).toInt();
    }
    QSqlQuery months = select(db,
                              u"SELECT substr(start_hour, 1, 7) AS month, category, COUNT(*), SUM(outcome = 'finished')"_s + kInPeriod
                                  + u" GROUP BY month, category"_s,
                              period);
    while (months.next()) {
        const QString month = months.value(0).toString();
        for (ActivityMonth &row : summary.months) {
            if (row.month == month) {
                row.sessions += months.value(2).toInt();
                row.finished += months.value(3).toInt();
                row.byCategory.insert(months.value(1).toString(), months.value(2).toInt());
            }
        }
    }
    summary.byCategory = countsBy(db, u"category"_s, period);
    summary.byGuide = countsBy(db, u"guide_id"_s, period);
    summary.byLanguage = countsBy(db, u"interface_language"_s, period);
    summary.byMode = countsBy(db, u"mode"_s, period);
    QSqlQuery stops = select(db,
                             u"SELECT guide_id, stop_step, COUNT(*)"_s + kInPeriod
                                 + u" AND outcome != 'finished' AND stop_step > 0 GROUP BY guide_id, stop_step ORDER BY COUNT(*) DESC, guide_id, stop_step LIMIT 10"_s,
                             period);
    while (stops.next()) {
        summary.stops.append({stops.value(0).toString(), stops.value(1).toInt(), stops.value(2).toInt()});
    }
    return summary;
}

QList<GuideHealthRow> ActivityQuery::guideHealth(const QSqlDatabase &db, const QDateTime &now, int days)
{
    QList<GuideHealthRow> rows;
    if (!db.isOpen()) {
        return rows;
    }
    QSqlQuery query = select(db,
                             u"SELECT s.guide_id, MAX(s.guide_version), o.step_index, o.step_id, SUM(o.missing), SUM(o.fallback), MAX(s.start_hour) AS last"
                             " FROM step_outcomes o JOIN sessions s ON s.id = o.session_id"
                             " WHERE s.start_hour >= ? AND (o.missing > 0 OR o.fallback > 0)"
                             " GROUP BY s.guide_id, o.step_index, o.step_id ORDER BY last DESC, s.guide_id, o.step_index"_s,
                             {startHour(now.addDays(-days))});
    while (query.next()) {
        rows.append({query.value(0).toString(),
                     query.value(1).toInt(),
                     query.value(2).toInt() + 1,
                     query.value(3).toString(),
                     query.value(4).toInt(),
                     query.value(5).toInt(),
                     query.value(6).toString()});
    }
    return rows;
}

QList<QStringList> ActivityQuery::exportRows(const QSqlDatabase &db, QDate from, QDate to)
{
    QList<QStringList> rows;
    if (!db.isOpen()) {
        return rows;
    }
    QSqlQuery query = select(db,
                             u"SELECT substr(start_hour, 1, 7) AS month, category, guide_id, interface_language, mode, COUNT(*),"
                             " SUM(outcome = 'finished'), SUM(outcome = 'abandoned'), SUM(outcome = 'idle-reset'),"
                             " SUM(stuck_presses + recoveries + takeovers + help_calls)"_s
                                 + kInPeriod + u" GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"_s,
                             bounds(from, to));
    while (query.next()) {
        QStringList row;
        for (int column = 0; column < 10; ++column) {
            row.append(query.value(column).toString());
        }
        rows.append(row);
    }
    return rows;
}

} // namespace pasapas
