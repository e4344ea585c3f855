// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "minisign.h"
#include "packmanifest.h"

#include <QByteArray>
#include <QString>

namespace pasapas
{

/// Why a pack was refused, one value per kind of problem, so that the
/// mediator space and the tests tell them apart.
enum class PackProblem {
    None,
    UnreadableSignature,
    UnknownKey,
    BadSignature,
    BadTrustedComment,
    BrokenArchive, ///< truncated, or not a tar + zstd archive
    BadManifest,
    FileMismatch, ///< a file's SHA-256 is not the manifest's
    MissingFile, ///< the manifest lists a file the archive lacks
    ExtraFile, ///< the archive holds a file the manifest does not list
    InvalidGuide, ///< a guide does not pass the loader
    NotNewer, ///< older than (or as old as) the installed pack: no downgrade
    DiskError, ///< the files could not be written (full disk…)
};

/// A pack made (or refused) by makePack.
struct PackBuild
{
    QByteArray archive; ///< tar + zstd; empty when refused
    PackManifest manifest;
    Diagnostics diagnostics; ///< the guides' diagnostics (errors refuse the pack)
    QString error; ///< plain French; empty when made
};

/// Packs the valid guides of a folder (DIR/*/guide.json and the files beside
/// them) with their manifest. Refuses when a guide has an error.
[[nodiscard]] PackBuild makePack(const QString &guidesDir, qint64 version, const QDateTime &date);

/// Builds a tar + zstd archive of these files, in this order (tests build odd packs with it).
[[nodiscard]] QByteArray makeArchive(const QList<std::pair<QString, QByteArray>> &files, const QDateTime &date);

/// The result of checking a downloaded pack.
struct PackCheck
{
    PackProblem problem = PackProblem::None;
    QString message; ///< plain French; empty when the pack is valid
    Diagnostics diagnostics; ///< located problems (manifest, guides)
    PackManifest manifest;
    QString keyId; ///< the key that signed it, when the signature could be read

    [[nodiscard]] bool ok() const
    {
        return problem == PackProblem::None;
    }
};

/// Checks a pack, cheapest and most trusted first: the signature with a
/// trusted key (nothing else is read before), the archive, the manifest,
/// its version against newerThan, then writes the files into extractDir
/// (an empty folder) and checks each against the manifest and each guide
/// with the loader.
[[nodiscard]] PackCheck checkPack(const QByteArray &archive,
                                  const QByteArray &signature,
                                  const QList<minisign::PublicKey> &trusted,
                                  qint64 newerThan,
                                  const QString &extractDir);

} // namespace pasapas
