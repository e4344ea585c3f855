// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <memory>

namespace pasapas
{

/// The session language: the interface's translation, the layout
/// direction, and the language guides are shown in (falling back to French).
class Localization : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QVariantList interfaceLanguages READ interfaceLanguages CONSTANT)
    /// The on-screen keyboard's layouts: French AZERTY, then the language's script.
    Q_PROPERTY(QStringList keyboardLocales READ keyboardLocales NOTIFY languageChanged)
    /// Whether the on-screen keyboard is on (the kiosk's --keyboard).
    Q_PROPERTY(bool onScreenKeyboard READ onScreenKeyboard CONSTANT)

public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    [[nodiscard]] QString language() const
    {
        return m_language;
    }
    /// Installs the language's translation and direction; "" is French.
    void setLanguage(const QString &language);
    [[nodiscard]] bool rightToLeft() const;
    /// The interface languages: [{code, name, rightToLeft}], French first.
    [[nodiscard]] static QVariantList interfaceLanguages();
    [[nodiscard]] QStringList keyboardLocales() const;
    [[nodiscard]] static bool onScreenKeyboard();
    /// A language's name in its own script ("العربية", "Українська").
    Q_INVOKABLE [[nodiscard]] static QString languageName(const QString &code);

    /// The QML engine to retranslate on a change (set by whoever loads QML).
    void setQmlEngine(QQmlEngine *engine)
    {
        m_qmlEngine = engine;
    }

Q_SIGNALS:
    void languageChanged();

private:
    void installTranslation();

    QString m_language = QStringLiteral("fr");
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_kirigamiWords; ///< Kirigami's words a person meets, in the app's words

    QQmlEngine *m_qmlEngine = nullptr;
};

} // namespace pasapas
