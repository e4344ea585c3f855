// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchindex.h"

#include <QAbstractListModel>
#include <QFuture>
#include <QVariantMap>

namespace pasapas
{

class GuideLibrary;

/// The guides of the catalog, filtered by category and searched as you type.
/// The search forgives case, accents, spelling mistakes and scripts (SearchIndex);
/// best matches come first, title matches before summary matches.
class GuideCatalogModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        TitleIsFallbackRole,
        TitleFrenchRole,
        SummaryRole,
        CategoryRole,
        CategoryNameRole,
        MinutesRole,
        PictogramRole,
        LanguagesRole,
        LocalRole,
        OverridesBundledRole,
        StepCountRole,
        SourceRole, ///< CatalogSource: bundled, signed pack or local repair
        GuideVersionRole,
    };
    Q_ENUM(Role)

    /// When the guides are indexed for search.
    enum class Indexing {
        AtOnce, ///< in the background from the start: the first search does not wait
        OnFirstSearch, ///< put off until prepareSearch() or the first search (a start straight into a guide), with the whole catalog's order
    };

    explicit GuideCatalogModel(const GuideLibrary *library, QObject *parent = nullptr, Indexing indexing = Indexing::AtOnce);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString language() const
    {
        return m_language;
    }
    void setLanguage(const QString &language);
    [[nodiscard]] QString category() const
    {
        return m_category;
    }
    void setCategory(const QString &category);
    [[nodiscard]] QString query() const
    {
        return m_query;
    }
    void setQuery(const QString &query);
    [[nodiscard]] int count() const
    {
        return int(m_rows.size());
    }

    /// Everything the detail page shows about one guide, in the model's language.
    Q_INVOKABLE [[nodiscard]] QVariantMap details(const QString &id) const;
    /// The guide id at a row (-1 → empty).
    Q_INVOKABLE [[nodiscard]] QString idAt(int row) const;
    /// Reloads after the library changed.
    void refresh();
    /// Indexes the guides in the background now, if it was put off
    /// (Indexing::OnFirstSearch), and lists the whole catalog, which waits
    /// until then (or a category, or a search); from then on, as with
    /// Indexing::AtOnce.
    void prepareSearch();
    /// True once the guides are indexed, or being indexed, for search
    /// (false while it is put off: the index takes about 60 kB a guide).
    [[nodiscard]] bool searchPrepared() const
    {
        return m_indexStarted;
    }

Q_SIGNALS:
    void languageChanged();
    void categoryChanged();
    void queryChanged();
    void countChanged();

private:
    void rebuild();
    /// Ends Indexing::OnFirstSearch and starts indexing; false when it was not put off.
    bool startIndexing();
    /// Indexes the guides on another thread: the first search takes the index, a start does not wait for it.
    void indexInBackground();

    const GuideLibrary *m_library = nullptr;
    QString m_language = QStringLiteral("fr");
    QString m_category;
    QString m_query;
    QList<qsizetype> m_rows; ///< indices into the library's entries, in display order
    // Kept between rebuilds so that a keystroke neither sorts nor indexes every guide again.
    QList<qsizetype> m_order; ///< every entry, by title in m_orderLanguage
    QString m_orderLanguage;
    SearchIndex m_index;
    QFuture<SearchIndex> m_nextIndex; ///< being built for the library's current guides
    Indexing m_indexing = Indexing::AtOnce;
    bool m_indexStarted = false; ///< m_nextIndex or m_index is for the library's current guides
};

/// The categories of procedures, with how many guides each holds.
class CategoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        IconRole,
        GuideCountRole,
    };
    Q_ENUM(Role)

    explicit CategoryModel(const GuideLibrary *library, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    /// Call after the library changed or the interface language changed.
    void refresh();

private:
    const GuideLibrary *m_library = nullptr;
};

} // namespace pasapas
