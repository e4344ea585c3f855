// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"
#include "activitycsv.h"
#include "activityreport.h"
#include "categories.h"
#include "guidelibrary.h"
#include "journal.h"
#include "languages.h"
#include "preferences.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QVariantList countList(const QList<ActivityCount> &counts, const std::function<QString(const QString &)> &name)
{
    QVariantList list;
    for (int i = 0; i < counts.size(); ++i) {
        const ActivityCount &count = counts.at(i);
        list.append(QVariantMap{{u"key"_s, count.key},
                                {u"name"_s, name(count.key)},
                                {u"sessions"_s, count.sessions},
                                {u"finished"_s, count.finished},
                                {u"color"_s, categoryColor(i)}});
    }
    return list;
}

QString modeName(const QString &key)
{
    return key == u"self-service" ? Desk::tr("autonome") : Desk::tr("accompagnée");
}
} // namespace

Desk::Desk(Journal *journal, Preferences *preferences, const GuideLibrary *library, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_preferences(preferences)
    , m_library(library)
{
}

void Desk::setLanguage(const QString &language)
{
    if (m_language == language) {
        return;
    }
    m_language = language;
    Q_EMIT summaryChanged();
}

QString Desk::guideTitle(const QString &guideId) const
{
    const CatalogEntry *entry = m_library->find(guideId);
    return entry ? entry->guide.title.text(m_language) : guideId;
}

QString Desk::problem() const
{
    return m_journal->problem();
}

QDate Desk::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QDate Desk::firstMonth() const
{
    const QDate now = today();
    return QDate(now.year(), now.month(), 1).addMonths(1 - m_periodMonths);
}

void Desk::setPeriodMonths(int months)
{
    months = std::clamp(months, 1, Journal::kKeepMonths);
    if (m_periodMonths == months) {
        return;
    }
    m_periodMonths = months;
    refresh();
}

QString Desk::periodLabel() const
{
    const QLocale locale(m_language);
    const QString first = locale.toString(firstMonth(), u"MMMM yyyy"_s);
    const QString last = locale.toString(today(), u"MMMM yyyy"_s);
    return first == last ? first : tr("de %1 à %2").arg(first, last);
}

void Desk::refresh()
{
    m_summary = ActivityQuery::summarize(m_journal->database(), firstMonth(), today());
    m_months->setSummary(m_summary);
    m_health.clear();
    for (const GuideHealthRow &row : ActivityQuery::guideHealth(m_journal->database(), QDateTime::currentDateTimeUtc())) {
        m_health.append(QVariantMap{{u"guide"_s, row.guideId},
                                    {u"title"_s, guideTitle(row.guideId)},
                                    {u"step"_s, row.step},
                                    {u"stepId"_s, row.stepId},
                                    {u"missing"_s, row.missing},
                                    {u"fallback"_s, row.fallback},
                                    {u"lastHour"_s, row.lastHour}});
    }
    Q_EMIT summaryChanged();
    Q_EMIT problemChanged();
}

QVariantList Desk::categories() const
{
    return countList(m_summary.byCategory, categoryName);
}

QVariantList Desk::languages() const
{
    return countList(m_summary.byLanguage, nativeLanguageName);
}

QVariantList Desk::guides() const
{
    return countList(m_summary.byGuide, [this](const QString &key) {
        return guideTitle(key);
    });
}

QVariantList Desk::modes() const
{
    return countList(m_summary.byMode, modeName);
}

QVariantList Desk::stops() const
{
    QVariantList list;
    for (const ActivityStop &stop : m_summary.stops) {
        list.append(QVariantMap{{u"guide"_s, stop.guideId}, {u"title"_s, guideTitle(stop.guideId)}, {u"step"_s, stop.step}, {u"sessions"_s, stop.sessions}});
    }
    return list;
}

QVariantList Desk::health() const
{
    return m_health;
}

QString Desk::associationName() const
{
    return m_preferences->associationName();
}

void Desk::setAssociationName(const QString &name)
{
    if (associationName() == name) {
        return;
    }
    m_preferences->setAssociationName(name);
    m_preferences->save();
    Q_EMIT associationNameChanged();
}

QString Desk::exportCsv(const QUrl &file) const
{
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly)) {
        return tr("Le fichier ne peut pas être écrit : %1").arg(out.errorString());
    }
    out.write(toCsv(activityCsvHeader(), ActivityQuery::exportRows(m_journal->database(), firstMonth(), today())));
    return out.commit() ? QString() : tr("Le fichier ne peut pas être écrit : %1").arg(out.errorString());
}

QString Desk::exportPdf(const QUrl &file) const
{
    ActivityReport report;
    report.association = associationName();
    report.title = tr("Activité de médiation numérique");
    report.period = periodLabel();
    report.totals = {{tr("Sessions"), m_summary.sessions},
                     {tr("Personnes aidées jusqu'au bout"), m_summary.finished},
                     {tr("Sessions abandonnées"), m_summary.abandoned + m_summary.idleResets},
                     {tr("Demandes d'aide et blocages"), m_summary.helpEvents}};
    report.chartTitle = tr("Sessions par mois et par thème");
    for (const ActivityCount &count : m_summary.byCategory) {
        report.categories.append({count.key, categoryName(count.key)});
    }
    report.languagesTitle = tr("Langues");
    for (const ActivityCount &count : m_summary.byLanguage) {
        report.languages.append({nativeLanguageName(count.key), count.sessions});
    }
    report.summary = m_summary;
    return writeActivityReport(file.toLocalFile(), report) ? QString() : tr("Le rapport ne peut pas être écrit dans « %1 ».").arg(file.toLocalFile());
}

QUrl Desk::suggestedFile(const QString &suffix) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    }
    return QUrl::fromLocalFile(u"%1/activite-%2.%3"_s.arg(folder, QDate::currentDate().toString(u"yyyy-MM"_s), suffix));
}

} // namespace pasapas
