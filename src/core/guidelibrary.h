// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "guide.h"
#include "catalogsource.h"

#include <QList>
#include <QString>

namespace pasapas
{

/// Every translation of a text, folded for search, one per line.
[[nodiscard]] QString foldAll(const LocalizedText &text);

/// A guide in the catalog, with where it came from.
struct CatalogEntry
{
    Guide guide;
    QString origin; ///< the folder it was loaded from
    CatalogSource source = CatalogSource::Bundled;
    bool overridesBundled = false; ///< replaces a guide with the same id from a lower source (a pack's, or a bundled one)

    [[nodiscard]] bool isLocal() const
    {
        return source == CatalogSource::Local;
    }
};

/// All guides the app knows, by precedence: a mediator's local repairs
/// (localDirs) over the signed pack (packDir) over the bundled guides. A
/// guide replaces one with the same id from a lower source.
class GuideLibrary
{
public:
    void load(const QString &bundledDir, const QStringList &localDirs = {}, const QString &packDir = {});
    /// Keeps each folder's loaded guides in cacheDir between starts (CatalogCache);
    /// without it every load reads and checks every guide file.
    void setCache(const QString &cacheDir, const QString &appVersion)
    {
        m_cacheDir = cacheDir;
        m_appVersion = appVersion;
    }
    /// Adds already loaded guides (tests, benchmarks).
    void addGuides(const QList<Guide> &guides, const QString &origin, CatalogSource source);

    [[nodiscard]] const QList<CatalogEntry> &entries() const
    {
        return m_entries;
    }
    [[nodiscard]] const Diagnostics &diagnostics() const
    {
        return m_diagnostics;
    }
    [[nodiscard]] const CatalogEntry *find(const QString &id) const;

    /// The entry's guide with its steps' texts in every language, for a
    /// session or the guide editor. The catalog leaves them in its cache file
    /// (Guide::stepTextsLeftOut); when that file no longer holds them, they
    /// are read from the guide's own file.
    [[nodiscard]] static Guide wholeGuide(const CatalogEntry &entry);

private:
    QList<CatalogEntry> m_entries;
    Diagnostics m_diagnostics;
    QString m_cacheDir;
    QString m_appVersion;
};

} // namespace pasapas
