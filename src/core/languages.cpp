// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pasapas
{

const QList<Language> &interfaceLanguages()
{
    static const QList<Language> languages{
        {u"fr"_s, u"Français"_s, false, u"fr_FR"_s},
        {u"en"_s, u"English"_s, false, u"en_GB"_s},
        {u"ar"_s, u"العربية"_s, true, u"ar_AR"_s},
        {u"fa"_s, u"فارسی"_s, true, u"fa_FA"_s},
        {u"prs"_s, u"دری"_s, true, u"fa_FA"_s},
        {u"uk"_s, u"Українська"_s, false, u"uk_UA"_s},
        {u"ru"_s, u"Русский"_s, false, u"ru_RU"_s},
        {u"ro"_s, u"Română"_s, false, u"ro_RO"_s},
        {u"es"_s, u"Español"_s, false, u"es_ES"_s},
        {u"pt"_s, u"Português"_s, false, u"pt_PT"_s},
        {u"tr"_s, u"Türkçe"_s, false, u"tr_TR"_s},
    };
    return languages;
}

QStringList keyboardLocales(const QString &code)
{
    QStringList locales{u"fr_FR"_s};
    for (const Language &language : interfaceLanguages()) {
        if (language.code == code && !locales.contains(language.keyboard)) {
            locales.append(language.keyboard);
        }
    }
    return locales;
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
