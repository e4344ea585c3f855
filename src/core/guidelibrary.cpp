// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidelibrary.h"
#include "catalogcache.h"
#include "categories.h"
#include "guideloader.h"
#include "jsonpositions.h"
#include "logging.h"
#include "textsearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{

CatalogEntry makeEntry(Guide guide, const QString &origin, CatalogSource source)
{
    CatalogEntry entry;
    entry.guide = std::move(guide);
    entry.origin = origin;
    entry.source = source;
    return entry;
}
} // namespace

void GuideLibrary::load(const QString &bundledDir, const QStringList &localDirs, const QString &packDir)
{
    m_entries.clear();
    m_diagnostics.clear();
    const auto add = [this](const QString &dir, CatalogSource source) {
        GuideFolderResult loaded = m_cacheDir.isEmpty() ? loadGuideFolder(dir) : CatalogCache(m_cacheDir, m_appVersion).load(dir);
        m_diagnostics.append(loaded.diagnostics);
        addGuides(loaded.guides, dir, source);
    };
    if (!bundledDir.isEmpty()) {
        add(bundledDir, CatalogSource::Bundled);
    }
    if (!packDir.isEmpty()) {
        add(packDir, CatalogSource::Pack);
    }
    for (const QString &dir : localDirs) {
        add(dir, CatalogSource::Local);
    }
}

void GuideLibrary::addGuides(const QList<Guide> &guides, const QString &origin, CatalogSource source)
{
    m_entries.reserve(m_entries.size() + guides.size());
    for (const Guide &guide : guides) {
        CatalogEntry entry = makeEntry(guide, origin, source);
        const auto existing = std::find_if(m_entries.begin(), m_entries.end(), [&](const CatalogEntry &e) {
            return e.guide.id == guide.id;
        });
        if (existing == m_entries.end()) {
            m_entries.append(std::move(entry));
            continue;
        }
        if (source < existing->source) {
            continue; // a lower source never replaces a higher one
        }
        if (source > existing->source) {
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

Guide GuideLibrary::wholeGuide(const CatalogEntry &entry)
{
    Guide guide = entry.guide;
    if (!guide.stepTextsLeftOut() || CatalogCache::restoreStepTexts(guide)) {
        return guide;
    }
    // The cache file was removed or rewritten since the catalog was read.
    const GuideLoadResult loaded = loadGuideFile(guide.filePath);
    const bool sameSteps = loaded.guide && loaded.guide->id == guide.id && loaded.guide->steps.size() == guide.steps.size()
        && std::equal(guide.steps.cbegin(), guide.steps.cend(), loaded.guide->steps.cbegin(), [](const Step &a, const Step &b) {
               return a.id == b.id;
           });
    if (!sameSteps) {
        qCWarning(lcGuides, "the steps' texts of guide \"%s\" are neither in the catalog cache nor in %s", qPrintable(guide.id), qPrintable(guide.filePath));
        return guide;
    }
    for (qsizetype i = 0; i < guide.steps.size(); ++i) {
        guide.steps[i].instruction = loaded.guide->steps.at(i).instruction;
        guide.steps[i].mediatorNote = loaded.guide->steps.at(i).mediatorNote;
    }
    guide.storedStepTexts = {};
    return guide;
}

QString foldAll(const LocalizedText &text)
{
    QString result;
    for (const QString &language : text.languages()) {
        result += foldForSearch(text.value(language)) + u'\n';
    }
    return result;
}

GuideFolderResult loadGuideFolder(const QString &dir)
{
    GuideFolderResult result;
    const QDir folder(dir);
    if (!folder.exists()) {
        result.diagnostics.append({dir, 0, 0, QString(), Diagnostic::Severity::Error, u"dossier de guides introuvable"_s});
        return result;
    }
    QHash<QString, QString> seen; // id → file
    QStringList paths;
    const QStringList subfolders = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : subfolders) {
        const QString path = folder.filePath(name + u"/guide.json"_s);
        if (QFile::exists(path)) {
            paths.append(path);
        }
    }
    // Guides are independent: read and check them on every core, then merge in folder order.
    const QList<GuideLoadResult> results = QtConcurrent::blockingMapped(paths, [](const QString &path) {
        return loadGuideFile(path);
    });
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        GuideLoadResult loaded = results.at(i);
        result.diagnostics.append(loaded.diagnostics);
        if (!loaded.guide) {
            continue;
        }
        const auto previous = seen.constFind(loaded.guide->id);
        if (previous != seen.cend()) {
            QFile file(path);
            TextPosition where{1, 1};
            if (file.open(QIODevice::ReadOnly)) {
                where = JsonPositions::scan(file.readAll()).value(u"/id"_s);
            }
            result.diagnostics.append({path,
                where.line,
                where.column,
                u"/id"_s,
                Diagnostic::Severity::Error,
                u"l'identifiant de guide « %1 » est déjà pris par %2"_s.arg(loaded.guide->id, previous.value())});
            continue;
        }
        seen.insert(loaded.guide->id, path);
        result.guides.append(std::move(*loaded.guide));
    }
    return result;
}

} // namespace pasapas
