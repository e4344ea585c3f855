// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodel.h"
#include "categories.h"
#include "guidelibrary.h"
#include "textsearch.h"

#include <QCollator>
#include <QLocale>
#include <QtConcurrentRun>

#include <numeric>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// The guide's own pictogram, or its category's.
QString pictogramOf(const Guide &guide)
{
    if (!guide.pictogram.isEmpty()) {
        return guide.pictogram;
    }
    const Category *category = findCategory(guide.category);
    return category ? category->icon : QString();
}
} // namespace

GuideCatalogModel::GuideCatalogModel(const GuideLibrary *library, QObject *parent, Indexing indexing)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_indexing(indexing)
{
    indexInBackground();
    rebuild();
}

void GuideCatalogModel::indexInBackground()
{
    if (m_indexing == Indexing::OnFirstSearch) {
        m_nextIndex = {};
        m_indexStarted = false;
        return;
    }
    m_indexStarted = true;
    // A copy of the list (shared, not deep): a reload of the library leaves it as it was.
    m_nextIndex = QtConcurrent::run([entries = m_library->entries()] {
        SearchIndex index;
        index.build(entries);
        return index;
    });
}

int GuideCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GuideCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CatalogEntry &entry = m_library->entries().at(m_rows.at(index.row()));
    const Guide &guide = entry.guide;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return guide.title.text(m_language);
    case IdRole:
        return guide.id;
    case TitleIsFallbackRole:
        return guide.title.resolve(m_language).fallback;
    case TitleFrenchRole:
        return guide.title.french();
    case SummaryRole:
        return guide.summary.text(m_language);
    case CategoryRole:
        return guide.category;
    case CategoryNameRole:
        return categoryName(guide.category);
    case MinutesRole:
        return guide.minutes;
    case PictogramRole:
        return pictogramOf(guide);
    case LanguagesRole:
        return guide.languages();
    case LocalRole:
        return entry.isLocal();
    case OverridesBundledRole:
        return entry.overridesBundled;
    case StepCountRole:
        return int(guide.steps.size());
    case SourceRole:
        return QVariant::fromValue(entry.source);
    case GuideVersionRole:
        return guide.version;
    default:
        return {};
    }
}

QHash<int, QByteArray> GuideCatalogModel::roleNames() const
{
    return {
        {IdRole, "guideId"},
        {TitleRole, "title"},
        {TitleIsFallbackRole, "titleIsFallback"},
        {TitleFrenchRole, "titleFrench"},
        {SummaryRole, "summary"},
        {CategoryRole, "category"},
        {CategoryNameRole, "categoryName"},
        {MinutesRole, "minutes"},
        {PictogramRole, "pictogram"},
        {LanguagesRole, "languages"},
        {LocalRole, "local"},
        {OverridesBundledRole, "overridesBundled"},
        {StepCountRole, "stepCount"},
        {SourceRole, "guideSource"},
        {GuideVersionRole, "guideVersion"},
    };
}

void GuideCatalogModel::setLanguage(const QString &language)
{
    if (m_language == language) {
        return;
    }
    m_language = language;
    rebuild(); // the order follows titles in the language
    Q_EMIT languageChanged();
}

void GuideCatalogModel::setCategory(const QString &category)
{
    if (m_category == category) {
        return;
    }
    m_category = category;
    rebuild();
    Q_EMIT categoryChanged();
}

void GuideCatalogModel::setQuery(const QString &query)
{
    if (m_query == query) {
        return;
    }
    m_query = query;
    rebuild();
    Q_EMIT queryChanged();
}

void GuideCatalogModel::refresh()
{
    m_orderLanguage.clear(); // the library changed: sort and index again
    indexInBackground();
    rebuild();
}

void GuideCatalogModel::prepareSearch()
{
    if (startIndexing()) {
        rebuild(); // the whole catalog, put off until now
    }
}

bool GuideCatalogModel::startIndexing()
{
    if (m_indexing != Indexing::OnFirstSearch) {
        return false;
    }
    m_indexing = Indexing::AtOnce;
    indexInBackground();
    return true;
}

void GuideCatalogModel::rebuild()
{
    const auto &entries = m_library->entries();
    const QStringList words = searchWords(m_query);
    const bool ordered = m_orderLanguage == m_language && m_order.size() == entries.size();
    // Until a start straight into a guide ends, nothing shows the whole
    // catalog: it is not sorted, so that ICU's collation tables are not read
    // (2 MiB resident, issue 16). A category or a search sorts it.
    const bool putOff = m_indexing == Indexing::OnFirstSearch && m_category.isEmpty() && words.isEmpty();
    if (!ordered && putOff) {
        m_order.clear(); // lists nothing until then
    } else if (!ordered) {
        // Sort every guide by title once per language, with each title resolved once.
        QStringList titles;
        titles.reserve(entries.size());
        for (const CatalogEntry &entry : entries) {
            titles.append(entry.guide.title.text(m_language));
        }
        QCollator collator{QLocale(m_language)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        m_order.resize(entries.size());
        std::iota(m_order.begin(), m_order.end(), qsizetype(0));
        std::stable_sort(m_order.begin(), m_order.end(), [&](qsizetype a, qsizetype b) {
            return collator.compare(titles.at(a), titles.at(b)) < 0;
        });
        m_orderLanguage = m_language;
    }
    if (!words.isEmpty()) {
        startIndexing();
    }
    if (!words.isEmpty() && m_nextIndex.isValid()) {
        m_index = m_nextIndex.takeResult(); // waits, when the search comes before the index
        m_nextIndex = {};
    }
    const std::vector<int> scores = words.isEmpty() ? std::vector<int>() : m_index.score(words);
    QList<qsizetype> rows;
    rows.reserve(m_order.size());
    for (const qsizetype i : std::as_const(m_order)) {
        if (!m_category.isEmpty() && entries.at(i).guide.category != m_category) {
            continue;
        }
        if (words.isEmpty() || scores[size_t(i)] > 0) {
            rows.append(i);
        }
    }
    if (!words.isEmpty()) {
        // Best matches first (a word in a title before a word in a summary, an
        // exact word before a misspelt one); equal matches stay in title order.
        std::stable_sort(rows.begin(), rows.end(), [&scores](qsizetype a, qsizetype b) {
            return scores[size_t(a)] > scores[size_t(b)];
        });
    }
    if (rows == m_rows) {
        if (!m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        }
        return;
    }
    const int oldCount = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (oldCount != count()) {
        Q_EMIT countChanged();
    }
}

QVariantMap GuideCatalogModel::details(const QString &id) const
{
    const CatalogEntry *entry = m_library->find(id);
    if (!entry) {
        return {};
    }
    const Guide &guide = entry->guide;
    const auto resolved = [this](const LocalizedText &text) {
        const auto r = text.resolve(m_language);
        return QVariantMap{{u"text"_s, r.text}, {u"fallback"_s, r.fallback}, {u"language"_s, r.language}};
    };
    QVariantList documents;
    for (const GuideDocument &document : guide.documents) {
        QVariantMap d = resolved(document.text);
        d.insert(u"pictogram"_s, document.pictogram);
        documents.append(d);
    }
    return {
        {u"id"_s, guide.id},
        {u"title"_s, resolved(guide.title)},
        {u"titleFrench"_s, guide.title.french()},
        {u"summary"_s, resolved(guide.summary)},
        {u"mediatorNotes"_s, guide.mediatorNotes.isEmpty() ? QVariant() : QVariant(resolved(guide.mediatorNotes))},
        {u"minutes"_s, guide.minutes},
        {u"category"_s, guide.category},
        {u"categoryName"_s, categoryName(guide.category)},
        {u"pictogram"_s, pictogramOf(guide)},
        {u"languages"_s, guide.languages()},
        {u"documents"_s, documents},
        {u"stepCount"_s, int(guide.steps.size())},
        {u"start"_s, guide.start.toString()},
        {u"local"_s, entry->isLocal()},
        {u"guideSource"_s, int(entry->source)},
        {u"guideVersion"_s, guide.version},
        {u"overridesBundled"_s, entry->overridesBundled},
        {u"origin"_s, entry->origin},
    };
}

QString GuideCatalogModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_library->entries().at(m_rows.at(row)).guide.id : QString();
}

CategoryModel::CategoryModel(const GuideLibrary *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(categories().size());
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Category &category = categories().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return categoryName(category.id);
    case IdRole:
        return category.id;
    case IconRole:
        return category.icon;
    case GuideCountRole:
        return int(std::count_if(m_library->entries().cbegin(), m_library->entries().cend(), [&](const CatalogEntry &e) {
            return e.guide.category == category.id;
        }));
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryModel::roleNames() const
{
    return {
        {IdRole, "categoryId"},
        {NameRole, "name"},
        {IconRole, "iconName"},
        {GuideCountRole, "guideCount"},
    };
}

void CategoryModel::refresh()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    }
}

} // namespace pasapas
