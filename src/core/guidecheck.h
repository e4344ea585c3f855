// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "guide.h"

#include <QString>
#include <QStringList>

namespace pasapas
{

/// What `pasapas --check-guides` prints and returns.
struct GuideCheckReport
{
    Diagnostics diagnostics;
    QList<Guide> guides;
    QString text; ///< diagnostics, then the translation coverage table, then a summary
    [[nodiscard]] bool ok() const
    {
        return !hasErrors(diagnostics);
    }
};

/// Validates every guide of the folders (each DIR/*/guide.json; a folder
/// holding guide.json itself is taken as one guide).
[[nodiscard]] GuideCheckReport checkGuideFolders(const QStringList &dirs);

/// Share (0..1) of a guide's texts available in a language.
[[nodiscard]] double translationCoverage(const Guide &guide, const QString &language);

/// The coverage table: one row per guide, one column per language.
[[nodiscard]] QString coverageTable(const QList<Guide> &guides);

} // namespace pasapas
