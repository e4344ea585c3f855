// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigationpolicy.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace pasapas
{

class SessionProfile;

/// What a session refuses and how it tells the person: the web view's
/// navigations and new windows checked against the session's policy, the
/// refusals of the profile and the page, the friendly notice (the last
/// refusal) and the page shown inside a refused frame.
class SessionLockdown : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the session")
    Q_PROPERTY(pasapas::BlockReason reason READ reason NOTIFY blockChanged)
    Q_PROPERTY(QString blockedHost READ blockedHost NOTIFY blockChanged)
    Q_PROPERTY(QString title READ title NOTIFY blockChanged)
    Q_PROPERTY(QString text READ text NOTIFY blockChanged)
    Q_PROPERTY(int count READ count NOTIFY blockChanged)
    Q_PROPERTY(int frameRefusals READ frameRefusals NOTIFY frameRefusalsChanged)

public:
    /// profile: the session's, which checks frames and downloads and shows
    /// this object's page in refused frames. language: for that page.
    SessionLockdown(SessionProfile *profile, const QString &language, QObject *parent = nullptr);

    /// The last thing refused, for the friendly notice (None: no notice).
    [[nodiscard]] BlockReason reason() const
    {
        return m_reason;
    }
    /// Only the host: the rest of an address may carry personal data.
    [[nodiscard]] QString blockedHost() const
    {
        return m_blockedUrl.host();
    }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;
    /// Refusals shown since the session started.
    [[nodiscard]] int count() const
    {
        return m_count;
    }
    /// Frames of pages that showed the friendly page instead of another site.
    [[nodiscard]] int frameRefusals() const
    {
        return m_frameRefusals;
    }
    [[nodiscard]] static QString refusedTitle();
    /// The friendly message of a refusal, in the interface language.
    [[nodiscard]] static QString message(BlockReason reason);
    /// The page shown inside a refused frame.
    [[nodiscard]] QByteArray framePage(BlockReason reason, const QUrl &url) const;

    /// The notice is read again in the new language.
    void setLanguage(const QString &language);
    /// After close(), nothing is allowed any more.
    void close()
    {
        m_closed = true;
    }

    /// The web view asks whether it may go to url (links, scripts, forms,
    /// redirects). Refusals are reported through the friendly notice.
    Q_INVOKABLE bool allowNavigation(const QUrl &url, bool mainFrame);
    /// A pop-up or target=_blank: allowed ones open in the same view.
    Q_INVOKABLE bool allowNewWindow(const QUrl &url);
    /// Something refused: by the view itself (context menu, a file outside
    /// the session), the profile or the page.
    Q_INVOKABLE void refuse(pasapas::BlockReason reason, const QUrl &url = {});
    /// The person read the friendly notice.
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void blockChanged();
    void frameRefusalsChanged();

private:
    [[nodiscard]] const NavigationPolicy &policy() const;

    SessionProfile *m_profile;
    QString m_language;
    BlockReason m_reason = BlockReason::None;
    QUrl m_blockedUrl;
    int m_count = 0;
    int m_frameRefusals = 0;
    bool m_closed = false;
};

} // namespace pasapas
