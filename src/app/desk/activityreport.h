// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityquery.h"

#include <QString>

namespace pasapas
{

/// What the one-page report says, its words already in the mediator's language.
struct ActivityReport
{
    QString association; ///< the association's name, from the settings
    QString title;
    QString period;
    QList<QPair<QString, int>> totals; ///< label, figure
    QString chartTitle;
    QList<QPair<QString, QString>> categories; ///< id, name, in the chart's order
    QString languagesTitle;
    QList<QPair<QString, int>> languages; ///< language name, sessions
    ActivitySummary summary;
};

/// Draws the report on one A4 page of a PDF file (QPdfWriter and QPainter;
/// the chart is drawn, not an image). False when the file cannot be written.
bool writeActivityReport(const QString &filePath, const ActivityReport &report);

/// The chart's colour for the nth category, shared by the screen and the PDF.
[[nodiscard]] QString categoryColor(int index);

} // namespace pasapas
