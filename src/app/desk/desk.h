// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activitymodel.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

namespace pasapas
{

class GuideLibrary;
class Journal;
class Preferences;

/// The mediator's "Activité": the journal's figures for a period of whole
/// months, the guides' health, and the exports for funders (CSV, a one-page
/// PDF). Reads the journal through ActivityQuery; QML renders.
class Desk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(int periodMonths READ periodMonths WRITE setPeriodMonths NOTIFY summaryChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY summaryChanged)
    Q_PROPERTY(int sessions READ sessions NOTIFY summaryChanged)
    Q_PROPERTY(int finished READ finished NOTIFY summaryChanged)
    Q_PROPERTY(int helpEvents READ helpEvents NOTIFY summaryChanged)
    Q_PROPERTY(int helpCalls READ helpCalls NOTIFY summaryChanged)
    Q_PROPERTY(pasapas::ActivityMonthModel *months READ months CONSTANT)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList guides READ guides NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList modes READ modes NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList stops READ stops NOTIFY summaryChanged)
    Q_PROPERTY(QVariantList health READ health NOTIFY summaryChanged)
    Q_PROPERTY(QString associationName READ associationName WRITE setAssociationName NOTIFY associationNameChanged)

public:
    Desk(Journal *journal, Preferences *preferences, const GuideLibrary *library, QObject *parent = nullptr);

    /// The interface language: month names and guide titles follow it.
    void setLanguage(const QString &language);

    [[nodiscard]] QString problem() const;
    [[nodiscard]] int periodMonths() const
    {
        return m_periodMonths;
    }
    /// The last n months, this one included.
    void setPeriodMonths(int months);
    [[nodiscard]] QString periodLabel() const;
    [[nodiscard]] int sessions() const
    {
        return m_summary.sessions;
    }
    [[nodiscard]] int finished() const
    {
        return m_summary.finished;
    }
    [[nodiscard]] int helpEvents() const
    {
        return m_summary.helpEvents;
    }
    [[nodiscard]] int helpCalls() const
    {
        return m_summary.helpCalls;
    }
    [[nodiscard]] ActivityMonthModel *months() const
    {
        return m_months.get();
    }
    /// [{key, name, sessions, finished, color}], most sessions first.
    [[nodiscard]] QVariantList categories() const;
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] QVariantList guides() const;
    [[nodiscard]] QVariantList modes() const;
    /// [{guide, title, step, sessions}]: where unfinished sessions stopped.
    [[nodiscard]] QVariantList stops() const;
    /// [{guide, title, step, stepId, missing, fallback, lastHour}], newest first (last 30 days).
    [[nodiscard]] QVariantList health() const;
    [[nodiscard]] QString associationName() const;
    void setAssociationName(const QString &name);

    /// Reads the journal again (the dashboard opens, a session ended).
    Q_INVOKABLE void refresh();
    /// Writes the CSV export; an empty string, or what went wrong.
    Q_INVOKABLE QString exportCsv(const QUrl &file) const;
    /// Writes the one-page PDF report; an empty string, or what went wrong.
    Q_INVOKABLE QString exportPdf(const QUrl &file) const;
    /// A file name in the documents folder for an export ("csv" or "pdf").
    Q_INVOKABLE QUrl suggestedFile(const QString &suffix) const;

    /// "Today", for tests of the period.
    void setToday(QDate today)
    {
        m_today = today;
    }

Q_SIGNALS:
    void problemChanged();
    void summaryChanged();
    void associationNameChanged();

private:
    [[nodiscard]] QDate firstMonth() const;
    [[nodiscard]] QString guideTitle(const QString &guideId) const;
    [[nodiscard]] QDate today() const;

    Journal *m_journal;
    Preferences *m_preferences;
    const GuideLibrary *m_library;
    QString m_language = QStringLiteral("fr");
    std::unique_ptr<ActivityMonthModel> m_months = std::make_unique<ActivityMonthModel>();
    ActivitySummary m_summary;
    QVariantList m_health;
    int m_periodMonths = 12;
    QDate m_today;
};

} // namespace pasapas
