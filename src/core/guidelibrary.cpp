// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidelibrary.h"
#include "categories.h"
#include "guideloader.h"
#include "textsearch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{

CatalogEntry makeEntry(Guide guide, const QString &origin, bool local)
{
    CatalogEntry entry;
    // Keywords are the words people type for a guide: they rank with the titles.
    entry.searchTitles = foldAll(guide.title) + foldAll(guide.keywords);
    entry.searchBody = entry.searchTitles + foldAll(guide.summary);
    for (const GuideDocument &document : std::as_const(guide.documents)) {
        entry.searchBody += foldAll(document.text);
    }
    if (const Category *category = findCategory(guide.category)) {
        entry.searchBody += foldForSearch(QString::fromUtf8(category->name)) + u'\n';
    }
    entry.guide = std::move(guide);
    entry.origin = origin;
    entry.local = local;
    return entry;
}
} // namespace

void GuideLibrary::load(const QString &bundledDir, const QStringList &localDirs)
{
    m_entries.clear();
    m_diagnostics.clear();
    if (!bundledDir.isEmpty()) {
        GuideFolderResult bundled = loadGuideFolder(bundledDir);
        m_diagnostics.append(bundled.diagnostics);
        addGuides(bundled.guides, bundledDir, false);
    }
    for (const QString &dir : localDirs) {
        GuideFolderResult local = loadGuideFolder(dir);
        m_diagnostics.append(local.diagnostics);
        addGuides(local.guides, dir, true);
    }
}

void GuideLibrary::addGuides(const QList<Guide> &guides, const QString &origin, bool local)
{
    m_entries.reserve(m_entries.size() + guides.size());
    for (const Guide &guide : guides) {
        CatalogEntry entry = makeEntry(guide, origin, local);
        const auto existing = std::find_if(m_entries.begin(), m_entries.end(), [&](const CatalogEntry &e) {
            return e.guide.id == guide.id;
        });
        if (existing == m_entries.end()) {
            m_entries.append(std::move(entry));
            continue;
        }
        if (local && !existing->local) {
            entry.overridesBundled = true;
        } else {
            m_diagnostics.append({guide.filePath,
                0,
                0,
                u"/id"_s,
                Diagnostic::Severity::Warning,
                u"le guide « %1 » remplace celui de %2"_s.arg(guide.id, existing->guide.filePath)});
            entry.overridesBundled = existing->overridesBundled;
        }
        *existing = std::move(entry);
    }
}

const CatalogEntry *GuideLibrary::find(const QString &id) const
{
    for (const CatalogEntry &entry : m_entries) {
        if (entry.guide.id == id) {
            return &entry;
        }
    }
    return nullptr;
}

QString foldAll(const LocalizedText &text)
{
    QString result;
    for (auto it = text.texts().cbegin(); it != text.texts().cend(); ++it) {
        result += foldForSearch(it.value()) + u'\n';
    }
    return result;
}

} // namespace pasapas
