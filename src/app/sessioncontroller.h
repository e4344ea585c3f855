// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide.h"
#include "navigationpolicy.h"
#include "pagefailure.h"
#include "pagehealth.h"
#include "papercapture.h"
#include "sessiondocuments.h"
#include "sessionengine.h"
#include "sessionlockdown.h"
#include "stepview.h"
#include "takeover.h"

#include <QObject>
#include <QQmlEngine>
#include <QQuickWebEngineProfile>
#include <QWebEngineHistory>
#include <QRectF>
#include <QUrl>
#include <memory>

namespace pasapas
{

class PageBridge;
class PracticeServer;
class SessionProfile;

/// One guided session, as QML sees it: wires the session engine to the
/// page bridge, the browser profile, the lock-down and the documents, and
/// renders the engine's step in the session language. Built by
/// SessionManager; QML renders it and forwards taps and the web view's address.
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")

    Q_PROPERTY(QString guideId READ guideId CONSTANT)
    Q_PROPERTY(QString guideTitle READ guideTitle NOTIFY languageChanged)
    Q_PROPERTY(QUrl startUrl READ startUrl CONSTANT)
    Q_PROPERTY(QString userScript READ userScript CONSTANT)
    Q_PROPERTY(QObject *bridge READ bridge CONSTANT)
    Q_PROPERTY(pasapas::StepView step READ step NOTIFY stepChanged)
    Q_PROPERTY(pasapas::SessionEngine::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool fieldFilled READ fieldFilled NOTIFY stateChanged)
    /// Where the "here" bubble goes beside the target: after, before, below, above or inside.
    Q_PROPERTY(QString bubblePlace READ bubblePlace NOTIFY targetRectChanged)
    /// What the person must get out of the way first (a banner, a pop-in, a closed section).
    Q_PROPERTY(pasapas::SessionEngine::Obstacle obstacle READ obstacle NOTIFY stateChanged)
    Q_PROPERTY(QRectF targetRect READ targetRect NOTIFY targetRectChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(pasapas::SessionDocuments *documents READ documents CONSTANT)
    Q_PROPERTY(pasapas::SessionLockdown *lockdown READ lockdown CONSTANT)
    Q_PROPERTY(QQuickWebEngineProfile *profile READ profile CONSTANT)
    Q_PROPERTY(int blockedTaps READ blockedTaps NOTIFY blockedTapsChanged)
    Q_PROPERTY(bool closed READ isClosed NOTIFY closedChanged)
    Q_PROPERTY(pasapas::PageFailure pageFailure READ pageFailure NOTIFY pageChanged)
    Q_PROPERTY(bool pageLost READ pageLost NOTIFY pageChanged)
    Q_PROPERTY(bool helpCalled READ helpCalled NOTIFY helpChanged)
    Q_PROPERTY(pasapas::Takeover *takeover READ takeover CONSTANT)
    Q_PROPERTY(pasapas::PaperCapture *papers READ papers CONSTANT)

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
    [[nodiscard]] StepView step() const
    {
        return m_step;
    }
    [[nodiscard]] QString stepId() const
    {
        return m_step.id;
    }
    [[nodiscard]] QString instruction() const
    {
        return m_step.instruction;
    }
    [[nodiscard]] SessionEngine::State state() const;
    [[nodiscard]] bool isFinished() const
    {
        return state() == SessionEngine::State::Finished;
    }
    [[nodiscard]] bool fieldFilled() const;
    [[nodiscard]] SessionEngine::Obstacle obstacle() const;
    [[nodiscard]] QString bubblePlace() const
    {
        return m_bubblePlace;
    }
    [[nodiscard]] QRectF targetRect() const
    {
        return m_targetRect;
    }
    [[nodiscard]] QString language() const
    {
        return m_language;
    }
    void setLanguage(const QString &language);
    [[nodiscard]] SessionDocuments *documents() const
    {
        return m_documents.get();
    }
    /// Papers photographed for the site, made into a file of the documents.
    [[nodiscard]] PaperCapture *papers() const
    {
        return m_papers.get();
    }
    [[nodiscard]] SessionLockdown *lockdown() const
    {
        return m_lockdown.get();
    }
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
    /// Why the page is not there (the friendly page problem), or None.
    [[nodiscard]] PageFailure pageFailure() const
    {
        return m_pageHealth->verdict().failure;
    }
    /// The session refused the page and it is gone: the way back is needed.
    [[nodiscard]] bool pageLost() const
    {
        return m_pageHealth->verdict().pageLost;
    }
    [[nodiscard]] PageHealth *pageHealth() const
    {
        return m_pageHealth.get();
    }
    /// The web view's loadingChanged (its info's status, error domain and
    /// error code): a load started (the problem goes) or failed.
    Q_INVOKABLE void pageLoading(int status, int errorDomain, int errorCode);
    /// The page's renderer ended: the last address is loaded again
    /// (reloadRequested), or, after a second crash close after, it is said.
    Q_INVOKABLE void pageCrashed();
    /// The person asked to try again.
    Q_INVOKABLE void clearPageFailure();

    /// The mediator's "Je prends la main" (accompanied sessions).
    [[nodiscard]] Takeover *takeover() const
    {
        return m_takeover;
    }
    /// "J'ai besoin d'aide" was pressed and no mediator has answered yet.
    [[nodiscard]] bool helpCalled() const
    {
        return m_helpCalled;
    }
    /// The person calls for help: the step waits (as "I'm stuck") and the
    /// header signals it until a mediator acknowledges.
    Q_INVOKABLE void callHelp();
    /// A mediator came (the PIN was checked first in the kiosk).
    Q_INVOKABLE void acknowledgeHelp();

    [[nodiscard]] QQuickWebEngineProfile *profile() const;
    [[nodiscard]] SessionProfile *sessionProfile() const
    {
        return m_profile.get();
    }
    [[nodiscard]] const NavigationPolicy &policy() const;
    /// « Essayer » in the guide studio: start() goes to this step (0-based), the ones before passed.
    void setFirstStep(int index);

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
    /// Where "get back on track" leads in the web view's history (see
    /// backOffsetTo): a negative offset to go back by, or 0 to open
    /// backOnTrackUrl() anew.
    int backOnTrackOffset(QWebEngineHistory *history) const;
    /// The person asked for the previous web page (a back button or key).
    void requestPageBack();

Q_SIGNALS:
    void stepChanged();
    void stateChanged();
    void languageChanged();
    void targetRectChanged();
    void blockedTapsChanged();
    void closedChanged();
    void pageChanged();
    /// A download finished into the documents folder.
    void documentSaved(const QString &fileName);
    /// The person was moved to another step because of the page they are on.
    void recovered(int fromStep, int toStep);
    void finished();
    /// Go back one page in the web view, when it can.
    void pageBackRequested();
    /// Load this address in the web view (the page's renderer ended).
    void reloadRequested(const QUrl &url);
    void helpChanged();
    /// A help call (one per press while none is waiting): the journal counts it.
    void helpRequested();

private:
    void connectPage();
    void updateStep();
    void setTargetRect(const QRectF &rect);

    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<PageBridge> m_bridge;
    std::unique_ptr<SessionDocuments> m_documents;
    std::unique_ptr<PaperCapture> m_papers;
    std::unique_ptr<SessionProfile> m_profile;
    std::unique_ptr<SessionLockdown> m_lockdown;
    std::unique_ptr<PageHealth> m_pageHealth;
    QString m_language;
    QUrl m_startUrl;
    StepView m_step;
    QRectF m_targetRect;
    QString m_bubblePlace;
    int m_blockedTaps = 0;
    bool m_closed = false;
    int m_firstStep = 0;
    bool m_helpCalled = false;
    Takeover *m_takeover = nullptr; // child
};

} // namespace pasapas
