// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pasapas
{

/// The kinds of paper sites ask for most, as file names (piece-identite,
/// rib…), in the order the chooser shows them; "document" last, for anything else.
[[nodiscard]] const QStringList &paperKinds();

/// The pictogram (icon name) of a kind of paper.
[[nodiscard]] QString paperKindPictogram(const QString &kind);

/// A name made safe for a file: lower case, no accents, words joined by "-",
/// only a-z, 0-9 and "-", at most 40 characters; "document" when nothing is left.
[[nodiscard]] QString paperSlug(const QString &name);

/// The file name for a paper: the slug of `name` with the suffix, and "-2",
/// "-3"… when a file of the session already has that name.
[[nodiscard]] QString paperFileName(const QString &name, const QString &suffix, const QStringList &taken);

} // namespace pasapas
