// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace pasapas
{

class SessionController;

/// "Je prends la main" / "Je rends la main" in an accompanied session: the
/// mediator holds the tablet, sees the step list to jump to any step and
/// may skip one. On a sensitive step (a password…) the mediator is asked to
/// hand the tablet back, and the person is told to type alone, unwatched.
class Takeover : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of a session")
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
    Q_PROPERTY(bool handBackAsked READ handBackAsked NOTIFY changed)
    Q_PROPERTY(bool privateTyping READ privateTyping NOTIFY changed)
    Q_PROPERTY(QStringList steps READ steps NOTIFY changed)

public:
    explicit Takeover(SessionController *session);

    [[nodiscard]] bool isActive() const
    {
        return m_active;
    }
    /// Taken over on a sensitive step: the tablet must go back to the person.
    [[nodiscard]] bool handBackAsked() const;
    /// Handed back on a sensitive step: "Tapez vous-même, le médiateur ne regarde pas".
    [[nodiscard]] bool privateTyping() const
    {
        return m_privateTyping;
    }
    /// Every step's instruction in the session language, for the step list.
    [[nodiscard]] QStringList steps() const;

    Q_INVOKABLE void take();
    Q_INVOKABLE void handBack();
    /// Goes to a step, 1-based, as the step list numbers them.
    Q_INVOKABLE void jumpTo(int number);
    /// Passes the current step (as Next).
    Q_INVOKABLE void skip();
    /// The person read the "type it yourself" screen.
    Q_INVOKABLE void dismissPrivateTyping();

Q_SIGNALS:
    void changed();
    /// A mediator took the tablet over: the journal counts it.
    void started();

private:
    [[nodiscard]] bool currentStepSensitive() const;

    SessionController *m_session;
    bool m_active = false;
    bool m_privateTyping = false;
};

} // namespace pasapas
