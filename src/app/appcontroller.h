// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogmodel.h"
#include "idlemonitor.h"
#include "modes.h"
#include "navigationpolicy.h"
#include "pinlock.h"
#include "readaloud.h"
#include "sessioncontroller.h"

#include <QObject>
#include <QQmlEngine>
#include <QSettings>

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
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY settingsChanged)
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY pinChanged)
    Q_PROPERTY(pasapas::IdleMonitor *idle READ idleMonitor CONSTANT)
    Q_PROPERTY(int idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY settingsChanged)
    Q_PROPERTY(QString globalHosts READ globalHostsText NOTIFY settingsChanged)
    Q_PROPERTY(bool wipeNotice READ wipeNotice NOTIFY wipeNoticeChanged)
    Q_PROPERTY(bool atHome READ atHome WRITE setAtHome NOTIFY atHomeChanged)

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
    /// Switches mode from QML ("accompanied", "mediator", "self-service")
    /// when no PIN is needed for it; false otherwise.
    Q_INVOKABLE bool enterMode(const QString &key);
    /// Leaving the kiosk and entering Mediator mode need the PIN; entering
    /// the kiosk needs a PIN to exist (there must be a way out).
    Q_INVOKABLE [[nodiscard]] bool modeNeedsPin(const QString &key) const;
    /// Switches mode with the PIN. Returns "" when done, otherwise a message for the person.
    Q_INVOKABLE QString enterModeWithPin(const QString &key, const QString &pin);
    /// The first PIN, or a new one (in Mediator mode). Returns "" or what is wrong.
    Q_INVOKABLE QString choosePin(const QString &pin, const QString &confirmation);
    /// Seconds before the PIN can be tried again (0: now).
    Q_INVOKABLE [[nodiscard]] int pinSecondsLocked() const;
    [[nodiscard]] bool hasPin() const;
    [[nodiscard]] PinLock &pinLock()
    {
        return m_pin;
    }

    [[nodiscard]] IdleMonitor *idleMonitor() const
    {
        return m_idle.get();
    }
    /// Minutes without a touch before the "still there?" countdown (kiosk only).
    [[nodiscard]] int idleMinutes() const
    {
        return m_idleMinutes;
    }
    void setIdleMinutes(int minutes);
    /// Whether the first page is showing (QML tells): a fresh home needs no idle reset.
    [[nodiscard]] bool atHome() const
    {
        return m_atHome;
    }
    void setAtHome(bool atHome);

    /// The mediator's allow-list, one host pattern per line.
    [[nodiscard]] QString globalHostsText() const
    {
        return m_globalHostsText;
    }
    [[nodiscard]] QList<HostPattern> globalHosts() const;
    /// Sets the allow-list (Mediator mode only). Returns "" or the lines that are wrong.
    Q_INVOKABLE QString setGlobalHosts(const QString &text);

    /// "Everything was wiped" shows on the home screen after a session.
    [[nodiscard]] bool wipeNotice() const
    {
        return m_wipeNotice;
    }
    void setWipeNotice(bool shown);
    Q_INVOKABLE void dismissWipeNotice()
    {
        setWipeNotice(false);
    }

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

    /// White on black with yellow focus, for the whole interface.
    [[nodiscard]] bool highContrast() const
    {
        return m_highContrast;
    }
    void setHighContrast(bool on);
    /// Applies the colour setting (call once QGuiApplication exists).
    void applyColors();

    [[nodiscard]] ReadAloud *readAloud() const
    {
        return m_readAloud.get();
    }
    /// Prints a document of the current session; returns a sentence for the person.
    Q_INVOKABLE QString printDocument(const QUrl &document);

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
    /// Ends the session and, in the kiosk, gives the next person a fresh
    /// start (saved settings, French, empty clipboard).
    Q_INVOKABLE void finishForNextPerson();
    void resetForNextPerson();
    /// Empties the clipboard and the X11 selection.
    static void wipeClipboard();
    /// For a PIN nobody remembers (pasapas --reset-pin): forgets it with its
    /// lock-out and unlocks the kiosk. The next start asks for a new PIN.
    static void forgetPin(QSettings &settings);

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
    void pinChanged();
    void wipeNoticeChanged();
    void atHomeChanged();
    /// The idle countdown ran out: the session was wiped, back to the home screen.
    void idleReset();

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
    std::unique_ptr<QSettings> m_settings = std::make_unique<QSettings>();
    PinLock m_pin{m_settings.get()};
    std::unique_ptr<IdleMonitor> m_idle = std::make_unique<IdleMonitor>();
    int m_idleMinutes = 3;
    bool m_atHome = true;
    Mode m_modeBeforeMediator = Mode::Accompanied;
    QString m_globalHostsText;
    bool m_wipeNotice = false;
    void updateIdle();
    void installTranslation();
    void loadPreferences();
    bool m_autoRead = false;
    double m_speechRate = 0;
    double m_textScale = 1.0;
    bool m_highContrast = false;
    void saveSettings() const;

public:
    /// Applies the text size setting to the application font (call once QGuiApplication exists).
    void applyTextScale();
    SessionFactory m_sessionFactory;
    SessionEnder m_sessionEnder;
};

} // namespace pasapas
