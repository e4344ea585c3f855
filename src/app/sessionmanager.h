// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <memory>

namespace pasapas
{

class GuideLibrary;
class KioskController;
class Localization;
class PracticeServer;
class SessionController;

/// The one owner of guided sessions: starts one (with the practice site
/// when its guide uses it), ends it with its wipe, and keeps it in the
/// session language. One call in (start, end), one signal out
/// (currentChanged, or failed).
class SessionManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(pasapas::SessionController *current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool wipeNotice READ wipeNotice NOTIFY wipeNoticeChanged)
    Q_PROPERTY(int pageTeardownDelay READ pageTeardownDelay CONSTANT)

public:
    /// The teardown of an ended session, in one place. QML hides its page at
    /// once and destroys it pageTeardownDelayMs later, once the next screen
    /// is drawn (tearing a web view down takes a while: the person must not
    /// wait for it). The session object, which owns the browser profile,
    /// goes teardownDelayMs after the end: the web engine must have released
    /// the page before its profile goes.
    static constexpr int pageTeardownDelayMs = 500;
    static constexpr int teardownDelayMs = 4 * pageTeardownDelayMs;
    [[nodiscard]] static int pageTeardownDelay()
    {
        return pageTeardownDelayMs;
    }

    SessionManager(const GuideLibrary *library, Localization *localization, KioskController *kiosk, QObject *parent = nullptr);
    ~SessionManager() override;

    [[nodiscard]] SessionController *current() const
    {
        return m_current.get();
    }
    /// Starts a guide's session, ending the running one. Null (and failed())
    /// when the guide is unknown or its site cannot be served.
    Q_INVOKABLE pasapas::SessionController *start(const QString &guideId);
    /// Why a session ended, for the activity journal.
    enum class EndReason {
        Left, ///< the person or the mediator ended it (or it was finished)
        IdleReset, ///< the kiosk's idle countdown ran out
    };
    Q_ENUM(EndReason)

    /// Ends the session and wipes it: the browser profile, the documents
    /// folder and the clipboard.
    Q_INVOKABLE void end(pasapas::SessionManager::EndReason reason = EndReason::Left);

    /// "Everything was wiped" shows on the home screen after a session.
    [[nodiscard]] bool wipeNotice() const
    {
        return m_wipeNotice;
    }
    Q_INVOKABLE void dismissWipeNotice()
    {
        setWipeNotice(false);
    }

    /// Serves the practice site from another folder (tests, authors of practice pages).
    void setPracticeSiteRoot(const QString &root);
    [[nodiscard]] PracticeServer *practiceServer() const
    {
        return m_practice.get();
    }

Q_SIGNALS:
    void currentChanged();
    /// A session could not start (unknown guide, practice site unavailable).
    void failed(const QString &guideId);
    /// A session ended, just before its wipe: the last look at it.
    void ended(pasapas::SessionController *session, pasapas::SessionManager::EndReason reason);
    void wipeNoticeChanged();

private:
    void setWipeNotice(bool shown);

    const GuideLibrary *m_library;
    Localization *m_localization;
    KioskController *m_kiosk;
    std::unique_ptr<PracticeServer> m_practice;
    std::unique_ptr<SessionController> m_current;
    bool m_wipeNotice = false;
};

/// Empties the clipboard and the X11 selection.
void wipeClipboard();

} // namespace pasapas
