// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide.h"
#include "navigationpolicy.h"
#include "sessionfolder.h"

#include <QObject>
#include <QQmlEngine>
#include <QRectF>
#include <QUrl>
#include <memory>

#include <QQuickWebEngineProfile>

namespace pasapas
{

class PageBridge;
class PracticeServer;
class SessionEngine;
class SessionProfile;

/// One guided session, as QML sees it: the session engine's state rendered
/// into texts in the session language, and the page bridge wired to the
/// engine. Built by Application; QML renders it and forwards taps on its
/// buttons and the web view's address.
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")

    Q_PROPERTY(QString guideId READ guideId CONSTANT)
    Q_PROPERTY(QString guideTitle READ guideTitle NOTIFY textsChanged)
    Q_PROPERTY(QUrl startUrl READ startUrl CONSTANT)
    Q_PROPERTY(QString userScript READ userScript CONSTANT)
    Q_PROPERTY(QObject *bridge READ bridge CONSTANT)
    Q_PROPERTY(int stepNumber READ stepNumber NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(QString stepId READ stepId NOTIFY stepChanged)
    Q_PROPERTY(QString instruction READ instruction NOTIFY textsChanged)
    Q_PROPERTY(bool instructionIsFallback READ instructionIsFallback NOTIFY textsChanged)
    Q_PROPERTY(QString frenchWords READ frenchWords NOTIFY stepChanged)
    Q_PROPERTY(QString pictogram READ pictogram NOTIFY stepChanged)
    Q_PROPERTY(QString mediatorNote READ mediatorNote NOTIFY textsChanged)
    Q_PROPERTY(bool sensitive READ sensitive NOTIFY stepChanged)
    Q_PROPERTY(QString completion READ completion NOTIFY stepChanged)
    Q_PROPERTY(bool hasTarget READ hasTarget NOTIFY stepChanged)
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool fieldFilled READ fieldFilled NOTIFY stateChanged)
    Q_PROPERTY(QRectF targetRect READ targetRect NOTIFY targetRectChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY textsChanged)
    Q_PROPERTY(QString documentsFolder READ documentsFolder CONSTANT)
    Q_PROPERTY(QStringList documents READ documents NOTIFY documentsChanged)
    Q_PROPERTY(QQuickWebEngineProfile *profile READ profile CONSTANT)
    Q_PROPERTY(QString blockReason READ blockReason NOTIFY blockChanged)
    Q_PROPERTY(QString blockedHost READ blockedHost NOTIFY blockChanged)
    Q_PROPERTY(QString blockTitle READ blockTitle NOTIFY blockChanged)
    Q_PROPERTY(QString blockText READ blockText NOTIFY blockChanged)
    Q_PROPERTY(int blockCount READ blockCount NOTIFY blockChanged)
    Q_PROPERTY(int frameRefusals READ frameRefusals NOTIFY frameRefusalsChanged)
    Q_PROPERTY(int blockedTaps READ blockedTaps NOTIFY blockedTapsChanged)
    Q_PROPERTY(bool closed READ isClosed NOTIFY closedChanged)

public:
    /// practice may be null when the guide does not use the practice site;
    /// globalHosts: the mediator's allow-list, added to the guide's hosts.
    SessionController(const Guide &guide,
                      PracticeServer *practice,
                      const QString &language,
                      const QList<HostPattern> &globalHosts = {},
                      QObject *parent = nullptr);
    ~SessionController() override;

    [[nodiscard]] QString guideId() const;
    [[nodiscard]] QString guideTitle() const;
    [[nodiscard]] QUrl startUrl() const
    {
        return m_startUrl;
    }
    [[nodiscard]] static QString userScript();
    [[nodiscard]] QObject *bridge() const;
    [[nodiscard]] int stepNumber() const;
    [[nodiscard]] int stepCount() const;
    [[nodiscard]] QString stepId() const;
    [[nodiscard]] QString instruction() const;
    [[nodiscard]] bool instructionIsFallback() const;
    [[nodiscard]] QString frenchWords() const;
    [[nodiscard]] QString pictogram() const;
    [[nodiscard]] QString mediatorNote() const;
    [[nodiscard]] bool sensitive() const;
    [[nodiscard]] QString completion() const;
    [[nodiscard]] bool hasTarget() const;
    [[nodiscard]] QString state() const;
    [[nodiscard]] bool fieldFilled() const;
    [[nodiscard]] QRectF targetRect() const
    {
        return m_targetRect;
    }
    [[nodiscard]] QString language() const
    {
        return m_language;
    }
    void setLanguage(const QString &language);
    [[nodiscard]] QString documentsFolder() const;
    [[nodiscard]] int blockedTaps() const
    {
        return m_blockedTaps;
    }
    [[nodiscard]] bool isClosed() const
    {
        return m_closed;
    }
    [[nodiscard]] SessionEngine *engine() const
    {
        return m_engine.get();
    }
    [[nodiscard]] PageBridge *pageBridge() const
    {
        return m_bridge.get();
    }

    /// Files in the session's documents folder (downloads, practice samples), newest first.
    [[nodiscard]] QStringList documents() const;
    /// Files downloaded during the session (what a wipe would lose).
    Q_INVOKABLE [[nodiscard]] QStringList downloadedDocuments() const;
    Q_INVOKABLE [[nodiscard]] QUrl documentUrl(const QString &fileName) const;

    [[nodiscard]] QQuickWebEngineProfile *profile() const;
    [[nodiscard]] SessionProfile *sessionProfile() const
    {
        return m_profile.get();
    }
    [[nodiscard]] const NavigationPolicy &policy() const;

    // The last thing refused, for the friendly message.
    [[nodiscard]] QString blockReason() const
    {
        return blockReasonKey(m_blockReason);
    }
    [[nodiscard]] QString blockedHost() const
    {
        return m_blockedUrl.host();
    }
    [[nodiscard]] QString blockTitle() const;
    [[nodiscard]] QString blockText() const;
    [[nodiscard]] int blockCount() const
    {
        return m_blockCount;
    }
    /// Frames of pages that showed the friendly page instead of another site.
    [[nodiscard]] int frameRefusals() const
    {
        return m_frameRefusals;
    }
    [[nodiscard]] static QString refusedTitle();
    /// The friendly message of a refusal, in the session language.
    [[nodiscard]] static QString blockMessage(BlockReason reason);
    /// The page shown inside a refused frame.
    [[nodiscard]] QByteArray blockedFramePage(BlockReason reason, const QUrl &url) const;

    /// The web view asks whether it may go to url (links, scripts, forms,
    /// redirects). Refusals are reported through the friendly message.
    Q_INVOKABLE bool allowNavigation(const QUrl &url, bool mainFrame);
    /// A pop-up or target=_blank: allowed ones open in the same view.
    Q_INVOKABLE bool allowNewWindow(const QUrl &url);
    /// Something the view refused by itself ("context-menu", "file-outside-session"…).
    Q_INVOKABLE void refuse(const QString &reasonKey, const QUrl &url = {});
    void refuse(BlockReason reason, const QUrl &url);
    /// The person read the friendly message.
    Q_INVOKABLE void dismissBlock();

public Q_SLOTS:
    void start();
    /// Ends the session: the page gets no more watch, the documents folder is removed.
    void close();
    /// The web view's top-level address changed.
    void addressChanged(const QUrl &url);
    void next();
    void back();
    void done();
    void stuck();
    /// Where "get back on track" leads.
    QUrl backOnTrackUrl() const;

Q_SIGNALS:
    void stepChanged();
    void textsChanged();
    void stateChanged();
    void targetRectChanged();
    void blockedTapsChanged();
    void closedChanged();
    void documentsChanged();
    /// A download finished into the documents folder.
    void documentSaved(const QString &fileName);
    void blockChanged();
    void frameRefusalsChanged();
    /// The person was moved to another step because of the page they are on.
    void recovered(int fromStep, int toStep);
    void finished();

private:
    void setTargetRect(const QRectF &rect);

    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<PageBridge> m_bridge;
    SessionFolder m_documents;
    QStringList m_initialDocuments;
    std::unique_ptr<SessionProfile> m_profile;
    BlockReason m_blockReason = BlockReason::None;
    QUrl m_blockedUrl;
    int m_blockCount = 0;
    int m_frameRefusals = 0;
    QString m_language;
    QUrl m_startUrl;
    QRectF m_targetRect;
    int m_blockedTaps = 0;
    bool m_closed = false;
};

} // namespace pasapas
