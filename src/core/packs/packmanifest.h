// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pasapas
{

/// What a guide pack holds, written as manifest.json at the archive's root:
/// the pack's version (a number that only grows) and date, its guides with
/// their versions, and the SHA-256 of every other file of the archive.
struct PackManifest
{
    struct GuideRef
    {
        QString id;
        int version = 1;
        QString folder; ///< "guides/<folder name>"
    };

    static constexpr int formatVersion = 1;
    static constexpr auto fileName = "manifest.json";

    qint64 version = 0;
    QDateTime date;
    QList<GuideRef> guides;
    QMap<QString, QByteArray> files; ///< archive path → lower-case hex SHA-256

    [[nodiscard]] QByteArray toJson() const;
    /// Parses manifest.json; a problem is a located diagnostic (file given for messages).
    [[nodiscard]] static std::optional<PackManifest> fromJson(const QByteArray &json, const QString &file, Diagnostic *problem);
};

/// Lower-case hex SHA-256, as the manifest stores it.
[[nodiscard]] QByteArray sha256Hex(const QByteArray &data);

/// A pack version from the date it is made: 202612011405 for 1 Dec 2026 14:05 UTC.
[[nodiscard]] qint64 packVersionFor(const QDateTime &date);

} // namespace pasapas
