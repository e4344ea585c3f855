// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace pasapas
{

/// Sessions counted under one key (a category, a guide, a language, a mode).
struct ActivityCount
{
    QString key;
    int sessions = 0;
    int finished = 0;
    bool operator==(const ActivityCount &other) const = default;
};

/// One month of the period, "2026-11", with its sessions per category.
struct ActivityMonth
{
    QString month;
    int sessions = 0;
    int finished = 0;
    QMap<QString, int> byCategory;
};

/// A step where unfinished sessions stopped.
struct ActivityStop
{
    QString guideId;
    int step = 0; ///< 1-based
    int sessions = 0;
};

/// A step whose target was missing or found only by a fallback locator.
struct GuideHealthRow
{
    QString guideId;
    int guideVersion = 1;
    int step = 0; ///< 1-based
    QString stepId;
    int missing = 0;
    int fallback = 0;
    QString lastHour; ///< the newest session's start hour
};

/// The dashboard's figures for a period of whole months.
struct ActivitySummary
{
    QDate from; ///< first day of the first month
    QDate to; ///< first day of the last month
    int sessions = 0;
    int finished = 0;
    int abandoned = 0;
    int idleResets = 0;
    int helpEvents = 0; ///< stuck presses, recoveries, take-overs and help calls
    int helpCalls = 0;
    QList<ActivityMonth> months; ///< every month of the period, empty ones too
    QList<ActivityCount> byCategory; ///< most sessions first
    QList<ActivityCount> byGuide;
    QList<ActivityCount> byLanguage;
    QList<ActivityCount> byMode;
    QList<ActivityStop> stops; ///< the steps most abandoned, at most 10
};

/// The journal's queries for the dashboard and the exports.
namespace ActivityQuery
{
/// The period's figures; from and to are any days of the first and last months.
[[nodiscard]] ActivitySummary summarize(const QSqlDatabase &db, QDate from, QDate to);
/// The steps that were missing or found by a fallback since now minus days, newest first.
[[nodiscard]] QList<GuideHealthRow> guideHealth(const QSqlDatabase &db, const QDateTime &now, int days = 30);
/// The export's table: one row per month, category, guide, language and mode.
[[nodiscard]] QList<QStringList> exportRows(const QSqlDatabase &db, QDate from, QDate to);
} // namespace ActivityQuery

} // namespace pasapas
