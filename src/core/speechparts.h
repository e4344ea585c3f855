// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pasapas
{

/// A piece of text to read aloud with one language's voice.
struct SpeechPart
{
    QString text;
    QString language;
    bool operator==(const SpeechPart &) const = default;
};

/// A step's text cut where its language changes, to be read with the right
/// voices: the words between quotes (« … », “ … ”) are the French words of
/// the site and are read in French; the rest in `language`. The quotes are
/// not read; pieces with nothing to say (". ") are dropped; neighbours in one
/// language are joined. French text gives one French piece.
[[nodiscard]] QList<SpeechPart> speechParts(const QString &text, const QString &language);

} // namespace pasapas
