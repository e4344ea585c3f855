// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pasapas
{

const QList<Language> &interfaceLanguages()
{
    static const QList<Language> languages{
        {u"fr"_s, u"Français"_s, false},
        {u"en"_s, u"English"_s, false},
        {u"ar"_s, u"العربية"_s, true},
        {u"fa"_s, u"فارسی"_s, true},
        {u"prs"_s, u"دری"_s, true},
        {u"uk"_s, u"Українська"_s, false},
        {u"ru"_s, u"Русский"_s, false},
        {u"ro"_s, u"Română"_s, false},
        {u"es"_s, u"Español"_s, false},
        {u"pt"_s, u"Português"_s, false},
        {u"tr"_s, u"Türkçe"_s, false},
    };
    return languages;
}

QString nativeLanguageName(const QString &code)
{
    const QString normalized = code.compare(u"fa-AF"_s, Qt::CaseInsensitive) == 0 ? u"prs"_s : code;
    for (const Language &language : interfaceLanguages()) {
        if (language.code == normalized) {
            return language.nativeName;
        }
    }
    const QLocale locale(code);
    if (locale.language() == QLocale::C) {
        return code;
    }
    QString name = QLocale::languageToString(locale.language());
    const QString native = locale.nativeLanguageName();
    if (!native.isEmpty()) {
        name = native;
        name[0] = name[0].toUpper();
    }
    return name;
}

} // namespace pasapas
