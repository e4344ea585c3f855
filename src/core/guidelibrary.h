// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "guide.h"

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
    bool local = false; ///< from a --guides folder rather than the bundled ones
    bool overridesBundled = false; ///< a local guide that replaces a bundled one with the same id
};

/// All guides the app knows: the bundled ones, then local folders given with
/// --guides, where a guide with the same id overrides the bundled one.
class GuideLibrary
{
public:
    void load(const QString &bundledDir, const QStringList &localDirs = {});
    /// Adds already loaded guides (tests, benchmarks).
    void addGuides(const QList<Guide> &guides, const QString &origin, bool local);

    [[nodiscard]] const QList<CatalogEntry> &entries() const
    {
        return m_entries;
    }
    [[nodiscard]] const Diagnostics &diagnostics() const
    {
        return m_diagnostics;
    }
    [[nodiscard]] const CatalogEntry *find(const QString &id) const;

private:
    QList<CatalogEntry> m_entries;
    Diagnostics m_diagnostics;
};

} // namespace pasapas
