// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"
#include "languages.h"
#include "logging.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace pasapas
{

namespace
{
/// Kirigami's own words a person meets (Kirigami translates them with
/// qsTr in its own contexts, in English): said in the app's words, in the
/// person's language.
class KirigamiWords : public QTranslator
{
public:
    QString moreActions;

    [[nodiscard]] bool isEmpty() const override
    {
        return false;
    }
    [[nodiscard]] QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "ActionToolBar") == 0 && qstrcmp(sourceText, "More Actions") == 0) {
            return moreActions;
        }
        return {};
    }
};
} // namespace

Localization::Localization(QObject *parent)
    : QObject(parent)
{
    installTranslation();
}

Localization::~Localization()
{
    if (m_kirigamiWords) {
        QCoreApplication::removeTranslator(m_kirigamiWords.get());
    }
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

QStringList Localization::keyboardLocales() const
{
    return pasapas::keyboardLocales(m_language);
}

bool Localization::onScreenKeyboard()
{
    return qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
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
    if (!m_kirigamiWords) {
        m_kirigamiWords = std::make_unique<KirigamiWords>();
    }
    auto *kirigami = static_cast<KirigamiWords *>(m_kirigamiWords.get());
    QCoreApplication::removeTranslator(kirigami);
    //: The name of the header's button that holds the actions with no room on screen (read by screen readers)
    kirigami->moreActions = tr("Plus de choix");
    QCoreApplication::installTranslator(kirigami);
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
