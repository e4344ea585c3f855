// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityreport.h"

#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pasapas
{

QString categoryColor(int index)
{
    // Okabe–Ito: told apart by people with colour blindness, and on paper.
    static const QStringList colors{u"#0072B2"_s, u"#E69F00"_s, u"#009E73"_s, u"#CC79A7"_s, u"#56B4E9"_s, u"#D55E00"_s, u"#F0E442"_s, u"#000000"_s};
    return colors.at(index % colors.size());
}

namespace
{
/// The stacked bars per month and their legend, in the rectangle given.
void drawChart(QPainter &painter, const QRectF &area, const ActivityReport &report)
{
    const auto &months = report.summary.months;
    int most = 1;
    for (const ActivityMonth &month : months) {
        most = std::max(most, month.sessions);
    }
    const QFontMetricsF metrics(painter.font());
    const qreal labelHeight = metrics.height() * 1.4;
    const QRectF bars = area.adjusted(0, labelHeight, 0, -2 * labelHeight);
    const qreal slot = bars.width() / std::max<qsizetype>(1, months.size());
    painter.setPen(Qt::black);
    painter.drawLine(bars.bottomLeft(), bars.bottomRight());
    for (int i = 0; i < months.size(); ++i) {
        const ActivityMonth &month = months.at(i);
        qreal top = bars.bottom();
        for (int c = 0; c < report.categories.size(); ++c) {
            const int sessions = month.byCategory.value(report.categories.at(c).first);
            const qreal height = bars.height() * sessions / most;
            painter.fillRect(QRectF(bars.left() + i * slot + slot * 0.15, top - height, slot * 0.7, height), QColor(categoryColor(c)));
            top -= height;
        }
        const QRectF label(bars.left() + i * slot, bars.bottom(), slot, labelHeight);
        painter.drawText(label, Qt::AlignCenter, month.month.mid(5, 2) + u'/' + month.month.left(4).right(2));
        painter.drawText(QRectF(label.left(), top - labelHeight, slot, labelHeight), Qt::AlignCenter | Qt::AlignBottom, QString::number(month.sessions));
    }
    // The legend, under the bars.
    qreal x = area.left();
    const qreal y = area.bottom() - labelHeight;
    for (int c = 0; c < report.categories.size(); ++c) {
        const QString name = report.categories.at(c).second;
        painter.fillRect(QRectF(x, y + labelHeight * 0.25, labelHeight * 0.5, labelHeight * 0.5), QColor(categoryColor(c)));
        x += labelHeight * 0.7;
        painter.drawText(QPointF(x, y + labelHeight * 0.7), name);
        x += metrics.horizontalAdvance(name) + labelHeight;
    }
}
} // namespace

bool writeActivityReport(const QString &filePath, const ActivityReport &report)
{
    QPdfWriter writer(filePath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(report.title);
    writer.setCreator(u"Pas à pas"_s);
    QPainter painter;
    if (!painter.begin(&writer)) {
        return false;
    }
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const qreal line = page.height() / 40;
    QFont font(u"sans-serif"_s);
    font.setPixelSize(int(line * 0.9));
    font.setBold(true);
    painter.setFont(font);
    qreal y = 0;
    const auto text = [&](const QString &words, qreal height = 0) {
        const qreal h = height > 0 ? height : line;
        painter.drawText(QRectF(0, y, page.width(), h), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, words);
        y += h;
    };
    if (!report.association.isEmpty()) {
        text(report.association);
    }
    font.setPixelSize(int(line * 1.3));
    painter.setFont(font);
    text(report.title, line * 1.6);
    font.setBold(false);
    font.setPixelSize(int(line * 0.7));
    painter.setFont(font);
    text(report.period);
    y += line * 0.5;
    for (const auto &[label, figure] : report.totals) {
        text(u"%1 : %2"_s.arg(label).arg(figure));
    }
    y += line * 0.5;
    font.setBold(true);
    painter.setFont(font);
    text(report.chartTitle);
    font.setBold(false);
    font.setPixelSize(int(line * 0.55));
    painter.setFont(font);
    drawChart(painter, QRectF(0, y, page.width(), line * 16), report);
    y += line * 17;
    font.setBold(true);
    font.setPixelSize(int(line * 0.7));
    painter.setFont(font);
    text(report.languagesTitle);
    font.setBold(false);
    painter.setFont(font);
    for (const auto &[language, sessions] : report.languages) {
        text(u"%1 : %2"_s.arg(language).arg(sessions), line * 0.9);
        if (y > page.height() - line) {
            break; // one page
        }
    }
    return painter.end();
}

} // namespace pasapas
