// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guideloader.h"

#include <QString>

namespace pasapas
{

/// The loaded guides of a folder, kept between starts in a file of the
/// user's cache folder, so that a tablet with 1,000 guides starts as fast as
/// one with ten. The file is used only when it was written by the same app
/// version for the same folder, and every guide folder and guide.json still
/// has the modification time and size it had then; otherwise the folder is
/// loaded again and the file rewritten. An unreadable file is logged and
/// rebuilt, never fatal.
///
/// The guides it gives have their steps' texts left in the file
/// (Guide::stepTextsLeftOut): restoreStepTexts reads them back for the one
/// guide a session or the editor opens.
class CatalogCache
{
public:
    enum class Outcome {
        Hit, ///< read from the cache file
        Missing, ///< no cache file yet
        Stale, ///< a guide, the folder or the app version changed
        Corrupt, ///< the file could not be read: logged and rebuilt
    };

    CatalogCache(const QString &cacheDir, const QString &appVersion);

    /// loadGuideFolder(dir), from the cache file when nothing changed.
    [[nodiscard]] GuideFolderResult load(const QString &dir);

    [[nodiscard]] Outcome lastOutcome() const
    {
        return m_outcome;
    }
    /// Puts back the steps' texts of a guide read from a cache file (load()
    /// leaves them there); true when they are back, or were never left out.
    /// False when the file no longer holds them: the guide is unchanged.
    [[nodiscard]] static bool restoreStepTexts(Guide &guide);

    /// The cache file of a guide folder.
    [[nodiscard]] QString fileFor(const QString &dir) const;

private:
    Outcome read(const QByteArray &bytes, const QString &path, const QString &dir, const QByteArray &current);
    /// Where each guide's step texts are in the file written; empty when it could not be written.
    QList<StoredStepTexts> write(const QString &path, const QString &dir, const QByteArray &current, const GuideFolderResult &result);

    QString m_cacheDir;
    QString m_appVersion;
    Outcome m_outcome = Outcome::Missing;
    GuideFolderResult m_result; ///< what read() found
};

} // namespace pasapas
