// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pasapas
{

/// A language of the interface.
struct Language
{
    QString code; ///< "fr", "ar", "prs"…
    QString nativeName; ///< its name in its own script
    bool rightToLeft = false;
};

/// The interface languages, French first.
[[nodiscard]] const QList<Language> &interfaceLanguages();
/// A language's name in its own script; for unknown codes, Qt's native name or the code.
[[nodiscard]] QString nativeLanguageName(const QString &code);

} // namespace pasapas
