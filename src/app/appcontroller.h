// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogmodel.h"
#include "modes.h"
#include "readaloud.h"
#include "sessioncontroller.h"

#include <QObject>
#include <QQmlEngine>

#include <QTranslator>
#include <QVariantList>

#include <functional>
#include <memory>

namespace pasapas
{

/// Application-wide state handed to QML: the mode the tablet is in and what
/// the command line asked for. QML renders it; it holds no page logic.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ modeKey NOTIFY modeChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(pasapas::GuideCatalogModel *catalog READ catalog CONSTANT)
    Q_PROPERTY(pasapas::CategoryModel *categories READ categories CONSTANT)
    Q_PROPERTY(int guideProblemCount READ guideProblemCount CONSTANT)
    Q_PROPERTY(pasapas::SessionController *session READ session NOTIFY sessionChanged)
    Q_PROPERTY(QVariantList interfaceLanguages READ interfaceLanguages CONSTANT)
    Q_PROPERTY(pasapas::ReadAloud *readAloud READ readAloud CONSTANT)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(bool autoRead READ autoRead WRITE setAutoRead NOTIFY settingsChanged)
    Q_PROPERTY(double speechRate READ speechRate WRITE setSpeechRate NOTIFY settingsChanged)
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY settingsChanged)

public:
    /// Not default-constructible: QML must get the instance through create().
    explicit AppController(Mode mode, QObject *parent = nullptr);
    ~AppController() override;

    /// The instance QML gets: the one built by Application.
    static AppController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] Mode mode() const
    {
        return m_mode;
    }
    [[nodiscard]] QString modeKey() const;
    void setMode(Mode mode);
    /// Switches mode from QML ("accompanied", "mediator", "self-service").
    Q_INVOKABLE bool enterMode(const QString &key);

    [[nodiscard]] static QString version();

    /// The session language: guides are shown in it, falling back to French.
    [[nodiscard]] QString language() const
    {
        return m_language;
    }
    void setLanguage(const QString &language);

    [[nodiscard]] GuideCatalogModel *catalog() const
    {
        return m_catalog;
    }
    [[nodiscard]] CategoryModel *categories() const
    {
        return m_categories;
    }
    [[nodiscard]] int guideProblemCount() const
    {
        return m_guideProblemCount;
    }
    /// The interface languages: [{code, name, rightToLeft}], French first.
    [[nodiscard]] static QVariantList interfaceLanguages();
    [[nodiscard]] bool rightToLeft() const;

    // Settings (kept in the app's settings file).
    [[nodiscard]] bool autoRead() const
    {
        return m_autoRead;
    }
    void setAutoRead(bool autoRead);
    /// -1 (slow) … 0 (normal) … 1 (fast), as QTextToSpeech's rate.
    [[nodiscard]] double speechRate() const
    {
        return m_speechRate;
    }
    void setSpeechRate(double rate);
    /// 1.0 … 2.0: the text size.
    [[nodiscard]] double textScale() const
    {
        return m_textScale;
    }
    void setTextScale(double scale);

    [[nodiscard]] ReadAloud *readAloud() const
    {
        return m_readAloud.get();
    }
    /// Reads the current step aloud in the session language.
    Q_INVOKABLE bool readStep();

    /// The QML engine to retranslate on a language change (set by whoever loads QML).
    void setQmlEngine(QQmlEngine *engine)
    {
        m_qmlEngine = engine;
    }

    /// A language's name in its own script ("العربية", "Українська").
    Q_INVOKABLE [[nodiscard]] static QString languageName(const QString &code);

    [[nodiscard]] SessionController *session() const
    {
        return m_session;
    }
    /// Starts the guided session of a guide; false when the guide is unknown
    /// or its site cannot be served.
    Q_INVOKABLE bool startSession(const QString &guideId);
    /// Ends the current session and forgets it.
    Q_INVOKABLE void endSession();

    using SessionFactory = std::function<SessionController *(const QString &guideId)>;
    using SessionEnder = std::function<void()>;
    /// Wired by Application: how sessions are made and ended.
    void setSessionHandlers(SessionFactory factory, SessionEnder ender);
    /// Called by Application when the session object changes.
    void setSession(SessionController *session);

    /// Wired by Application.
    void setCatalog(GuideCatalogModel *catalog, CategoryModel *categories, int guideProblemCount);

Q_SIGNALS:
    void modeChanged();
    void languageChanged();
    void sessionChanged();
    void settingsChanged();
    /// A session could not start (unknown guide, practice site unavailable).
    void sessionFailed(const QString &guideId);

private:
    Mode m_mode = Mode::Accompanied;
    QString m_language = QStringLiteral("fr");
    GuideCatalogModel *m_catalog = nullptr;
    CategoryModel *m_categories = nullptr;
    int m_guideProblemCount = 0;
    SessionController *m_session = nullptr;
    QQmlEngine *m_qmlEngine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<ReadAloud> m_readAloud = std::make_unique<ReadAloud>();
    bool m_autoRead = false;
    double m_speechRate = 0;
    double m_textScale = 1.0;
    void saveSettings() const;

public:
    /// Applies the text size setting to the application font (call once QGuiApplication exists).
    void applyTextScale();
    SessionFactory m_sessionFactory;
    SessionEnder m_sessionEnder;
};

} // namespace pasapas
