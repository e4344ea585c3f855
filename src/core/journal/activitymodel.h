// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityquery.h"

#include <QAbstractListModel>

namespace pasapas
{

/// The dashboard's months, one row each: the sessions, those led to the
/// end, and the sessions per category as segments of a stacked bar.
class ActivityMonthModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int maximum READ maximum NOTIFY summaryChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY summaryChanged)

public:
    enum Role {
        MonthRole = Qt::UserRole + 1, ///< "2026-11"
        SessionsRole,
        FinishedRole,
        SegmentsRole, ///< [{category, sessions}] in the order of categories()
    };
    Q_ENUM(Role)

    explicit ActivityMonthModel(QObject *parent = nullptr);

    void setSummary(const ActivitySummary &summary);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    /// The most sessions in one month: the bars' full height.
    [[nodiscard]] int maximum() const;
    /// The categories seen in the period, most sessions first.
    [[nodiscard]] QStringList categories() const;

Q_SIGNALS:
    void summaryChanged();

private:
    QList<ActivityMonth> m_months;
    QStringList m_categories;
};

} // namespace pasapas
