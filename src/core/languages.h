// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pasapas
{

/// A language of the interface.
struct Language
{
    QString code; ///< "fr", "ar", "prs"…
    QString nativeName; ///< its name in its own script
    bool rightToLeft = false;
    QString keyboard; ///< its on-screen keyboard layout (Qt Virtual Keyboard locale)
};

/// The interface languages, French first.
[[nodiscard]] const QList<Language> &interfaceLanguages();
/// The on-screen keyboard's layouts for an interface language: French
/// (AZERTY) first, as the sites are French, then the language's own script.
[[nodiscard]] QStringList keyboardLocales(const QString &code);
/// A language's name in its own script; for unknown codes, Qt's native name or the code.
[[nodiscard]] QString nativeLanguageName(const QString &code);

} // namespace pasapas
