// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "guide.h"

#include <QByteArray>
#include <optional>

namespace pasapas
{

struct GuideLoadResult
{
    std::optional<Guide> guide; ///< set when the file has no error (warnings allowed)
    Diagnostics diagnostics;
};

/// Parses and validates one guide file's content. filePath is used for
/// messages and to find pictogram files beside it.
[[nodiscard]] GuideLoadResult parseGuide(const QByteArray &data, const QString &filePath);
/// Reads and validates one guide file.
[[nodiscard]] GuideLoadResult loadGuideFile(const QString &filePath);

struct GuideFolderResult
{
    QList<Guide> guides;
    Diagnostics diagnostics;
};

/// Loads every DIR/*/guide.json, in folder name order. A broken guide is
/// reported and skipped; the others load. Two guides with one id: the second
/// is reported and skipped.
[[nodiscard]] GuideFolderResult loadGuideFolder(const QString &dir);

/// The members an object of the guide format may have, and those it must have.
struct FormatObject
{
    QStringList allowed;
    QStringList required;
};
/// The guide format's objects, by name: "guide", "document", "source",
/// "step", "locator", "complete", "skipIf". One table for the loader, and for
/// the test that keeps guides/guide.schema.json equal to it.
[[nodiscard]] const FormatObject &formatObject(const QString &name);
[[nodiscard]] QStringList formatObjectNames();

/// Known ARIA roles for {"role": …} locators.
[[nodiscard]] const QStringList &knownRoles();

} // namespace pasapas
