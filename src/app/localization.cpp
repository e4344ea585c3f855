// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"
#include "languages.h"
#include "logging.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace pasapas
{

Localization::Localization(QObject *parent)
    : QObject(parent)
{
    installTranslation();
}

Localization::~Localization()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
}

void Localization::setLanguage(const QString &language)
{
    const QString code = language.isEmpty() ? QStringLiteral("fr") : language;
    if (m_language == code) {
        return;
    }
    m_language = code;
    installTranslation();
    QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_qmlEngine) {
        m_qmlEngine->retranslate();
    }
    Q_EMIT languageChanged();
}

void Localization::installTranslation()
{
    // The interface: French is the source (its translation holds its plural
    // forms); other languages come from their translation.
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    const QString base = m_language == QStringLiteral("prs") ? QStringLiteral("fa") : m_language.section(u'-', 0, 0);
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/pasapas_") + base)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (base != QStringLiteral("fr")) {
        qCInfo(lcApp, "no interface translation for %s; the interface stays in French", qPrintable(m_language));
    }
}

bool Localization::rightToLeft() const
{
    for (const Language &language : pasapas::interfaceLanguages()) {
        if (language.code == m_language || language.code == m_language.section(u'-', 0, 0)) {
            return language.rightToLeft;
        }
    }
    return false;
}

QVariantList Localization::interfaceLanguages()
{
    QVariantList list;
    for (const Language &language : pasapas::interfaceLanguages()) {
        list.append(QVariantMap{
            {QStringLiteral("code"), language.code}, {QStringLiteral("name"), language.nativeName}, {QStringLiteral("rightToLeft"), language.rightToLeft}});
    }
    return list;
}

QString Localization::languageName(const QString &code)
{
    return nativeLanguageName(code);
}

} // namespace pasapas
