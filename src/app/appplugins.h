// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringView>

namespace pasapas
{

/// A plugin of the app (src/plugins: pasapas/NAME.so), loaded at its first
/// use so that a start never maps the libraries behind it. Looked for in
/// plugins/pasapas next to the program (the build tree), in the installed
/// program's own plugin folder, then on Qt's plugin paths. Null, with a
/// warning naming it, when it is missing or does not load; the caller tells
/// the person.
[[nodiscard]] QObject *appPlugin(const QString &name);

/// The app's plugins (src/plugins).
inline constexpr QStringView printingPlugin = u"pasapas_printing";
inline constexpr QStringView mediaPlugin = u"pasapas_media";

/// Makes appPlugin() look only in folder, and forget the plugins it found
/// (tests: a missing plugin). An empty folder restores the usual places.
void setAppPluginFolder(const QString &folder);

/// Casts the plugin to its interface: null when missing or of another kind.
template<typename Interface>
[[nodiscard]] Interface *appPluginAs(const QString &name)
{
    return qobject_cast<Interface *>(appPlugin(name));
}

} // namespace pasapas
