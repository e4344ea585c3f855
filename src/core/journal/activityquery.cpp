// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityquery.h"
#include "activityrecord.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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

// "+start_hour": a plain scan; the period holds most rows, and going through the index costs a lookup per row (slower).
const QString kInPeriod = u" FROM sessions WHERE +start_hour >= ? AND +start_hour < ?"_s;

/// Adds a group's counts under its key, keeping the list most sessions first (sorted at the end).
void add(QHash<QString, ActivityCount> &counts, const QString &key, int sessions, int finished)
{
    ActivityCount &count = counts[key];
    count.key = key;
    count.sessions += sessions;
    count.finished += finished;
}

QList<ActivityCount> sorted(const QHash<QString, ActivityCount> &counts)
{
    QList<ActivityCount> list = counts.values();
    std::sort(list.begin(), list.end(), [](const ActivityCount &a, const ActivityCount &b) {
        return a.sessions != b.sessions ? a.sessions > b.sessions : a.key < b.key;
    });
    return list;
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
    // One pass over the period's sessions, grouped; the breakdowns are summed here.
    QSqlQuery groups = select(db,
                              u"SELECT substr(start_hour, 1, 7), category, guide_id, interface_language, mode, COUNT(*),"
                              " SUM(outcome = 'finished'), SUM(outcome = 'abandoned'), SUM(outcome = 'idle-reset'),"
                              " SUM(stuck_presses + recoveries + takeovers + help_calls), SUM(help_calls)"_s
                                  + kInPeriod + u" GROUP BY 1, 2, 3, 4, 5"_s,
                              period);
    QHash<QString, ActivityCount> byCategory;
    QHash<QString, ActivityCount> byGuide;
    QHash<QString, ActivityCount> byLanguage;
    QHash<QString, ActivityCount> byMode;
    QHash<QString, qsizetype> monthRow;
    for (qsizetype i = 0; i < summary.months.size(); ++i) {
        monthRow.insert(summary.months.at(i).month, i);
    }
    while (groups.next()) {
        const int sessions = groups.value(5).toInt();
        const int finished = groups.value(6).toInt();
        summary.sessions += sessions;
        summary.finished += finished;
        summary.abandoned += groups.value(7).toInt();
        summary.idleResets += groups.value(8).toInt();
        summary.helpEvents += groups.value(9).toInt();
        summary.helpCalls += groups.value(10).toInt();
        const QString category = groups.value(1).toString();
        if (const auto row = monthRow.constFind(groups.value(0).toString()); row != monthRow.constEnd()) {
            ActivityMonth &month = summary.months[*row];
            month.sessions += sessions;
            month.finished += finished;
            month.byCategory[category] += sessions;
        }
        add(byCategory, category, sessions, finished);
        add(byGuide, groups.value(2).toString(), sessions, finished);
        add(byLanguage, groups.value(3).toString(), sessions, finished);
        add(byMode, groups.value(4).toString(), sessions, finished);
    }
    summary.byCategory = sorted(byCategory);
    summary.byGuide = sorted(byGuide);
    summary.byLanguage = sorted(byLanguage);
    summary.byMode = sorted(byMode);
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
