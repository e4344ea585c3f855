// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitymodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pasapas
{

ActivityMonthModel::ActivityMonthModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ActivityMonthModel::setSummary(const ActivitySummary &summary)
{
    beginResetModel();
    m_months = summary.months;
    m_categories.clear();
    for (const ActivityCount &count : summary.byCategory) {
        m_categories.append(count.key);
    }
    endResetModel();
    Q_EMIT summaryChanged();
}

int ActivityMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

QVariant ActivityMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ActivityMonth &month = m_months.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MonthRole:
        return month.month;
    case SessionsRole:
        return month.sessions;
    case FinishedRole:
        return month.finished;
    case SegmentsRole: {
        QVariantList segments;
        for (const QString &category : m_categories) {
            if (const int sessions = month.byCategory.value(category); sessions > 0) {
                segments.append(QVariantMap{{u"category"_s, category}, {u"sessions"_s, sessions}});
            }
        }
        return segments;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityMonthModel::roleNames() const
{
    return {{MonthRole, "month"}, {SessionsRole, "sessions"}, {FinishedRole, "finished"}, {SegmentsRole, "segments"}};
}

int ActivityMonthModel::maximum() const
{
    int most = 0;
    for (const ActivityMonth &month : m_months) {
        most = std::max(most, month.sessions);
    }
    return most;
}

QStringList ActivityMonthModel::categories() const
{
    return m_categories;
}

} // namespace pasapas
