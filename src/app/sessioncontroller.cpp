// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"
#include "logging.h"
#include "pagebridge.h"
#include "practiceserver.h"
#include "sessionprofile.h"
#include "webengine.h"

namespace pasapas
{

SessionController::SessionController(const Guide &guide,
                                     PracticeServer *practice,
                                     const QString &language,
                                     const QList<HostPattern> &globalHosts,
                                     QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<SessionEngine>(guide))
    , m_bridge(std::make_unique<PageBridge>())
    , m_documents(std::make_unique<SessionDocuments>())
    , m_papers(std::make_unique<PaperCapture>(m_documents.get()))
    , m_profile(std::make_unique<SessionProfile>(NavigationPolicy(guide.allowedHosts, globalHosts), m_documents->folder()))
    , m_lockdown(std::make_unique<SessionLockdown>(m_profile.get(), language))
    , m_pageHealth(std::make_unique<PageHealth>())
    , m_language(language)
    , m_startUrl(practice ? practice->resolve(guide.start) : guide.start)
{
    if (practice && PracticeServer::isPracticeHost(guide.start.host())) {
        writePracticeSamples(m_documents->folder());
    }
    m_documents->markSamples();
    connect(m_profile.get(), &SessionProfile::documentSaved, this, [this](const QString &fileName) {
        m_documents->refresh();
        Q_EMIT documentSaved(fileName);
    });
    connectPage();
    connect(m_pageHealth.get(), &PageHealth::verdictChanged, this, &SessionController::pageChanged);
    connect(m_bridge.get(), &PageBridge::documentStatus, m_pageHealth.get(), &PageHealth::documentStatus);
    connect(m_pageHealth.get(), &PageHealth::reloadWanted, this, [this] {
        // The last address the page was at; the guide resumes at its step.
        Q_EMIT reloadRequested(m_engine->currentUrl().isValid() ? m_engine->currentUrl() : backOnTrackUrl());
    });

    // Engine → QML
    SessionEngine *engine = m_engine.get();
    connect(engine, &SessionEngine::currentStepChanged, this, [this] {
        setTargetRect({});
        updateStep();
    });
    connect(engine, &SessionEngine::stateChanged, this, [this] {
        updateStep(); // the step's completion applies only while the session runs
        Q_EMIT stateChanged();
    });
    connect(engine, &SessionEngine::fieldFilledChanged, this, &SessionController::stateChanged);
    connect(engine, &SessionEngine::obstacleChanged, this, &SessionController::stateChanged);
    connect(engine, &SessionEngine::recovered, this, [this](int from, int to) {
        Q_EMIT recovered(from + 1, to + 1);
    });
    connect(engine, &SessionEngine::finished, this, &SessionController::finished);
    m_takeover = new Takeover(this);
    updateStep();
}

SessionController::~SessionController() = default;

void SessionController::connectPage()
{
    SessionEngine *engine = m_engine.get();
    PageBridge *bridge = m_bridge.get();
    connect(bridge, &PageBridge::leaving, this, [this](const QUrl &url) {
        const NavigationDecision decision = policy().decide(url, NavigationTarget::TopLevel);
        m_lockdown->refuse(decision.allowed() ? BlockReason::ExternalApp : decision.reason, url);
    });
    connect(bridge, &PageBridge::targetFound, engine, &SessionEngine::targetFound);
    connect(bridge, &PageBridge::targetLost, engine, &SessionEngine::targetLost);
    connect(bridge, &PageBridge::targetCovered, engine, [engine](const QString &stepId, SessionEngine::Obstacle obstacle) {
        engine->targetCovered(stepId, obstacle);
    });
    connect(bridge, &PageBridge::tapped, engine, &SessionEngine::targetTapped);
    connect(bridge, &PageBridge::chosen, engine, &SessionEngine::optionChosen);
    connect(bridge, &PageBridge::fieldChanged, engine, &SessionEngine::fieldChanged);
    connect(bridge, &PageBridge::appeared, engine, &SessionEngine::elementAppeared);
    connect(bridge, &PageBridge::skipPresent, engine, &SessionEngine::skipElementPresent);
    const auto trackRect = [this](const QString &stepId, const QRectF &rect) {
        if (stepId == this->stepId()) {
            setTargetRect(rect);
        }
    };
    connect(bridge, &PageBridge::targetFound, this, trackRect);
    connect(bridge, &PageBridge::targetMoved, this, trackRect);
    connect(bridge, &PageBridge::targetCovered, this, [trackRect](const QString &stepId, SessionEngine::Obstacle, const QRectF &rect) {
        trackRect(stepId, rect); // the way out is what the person taps now
    });
    connect(bridge, &PageBridge::bubblePlace, this, [this](const QString &stepId, const QString &place) {
        if (stepId == this->stepId() && place != m_bubblePlace) {
            m_bubblePlace = place;
            Q_EMIT targetRectChanged();
        }
    });
    connect(bridge, &PageBridge::targetLost, this, [this] {
        setTargetRect({});
    });
    connect(bridge, &PageBridge::blocked, this, [this] {
        ++m_blockedTaps;
        Q_EMIT blockedTapsChanged();
    });
    connect(engine, &SessionEngine::pageWatchChanged, this, [this] {
        m_bridge->setWatch(m_engine->pageWatch());
    });
}

void SessionController::updateStep()
{
    const auto state = m_engine->state();
    const bool active = state != SessionEngine::State::NotStarted && state != SessionEngine::State::Finished;
    const StepView step = StepView::of(m_engine->guide(), m_engine->currentIndex(), active, m_language);
    if (step == m_step) {
        return;
    }
    m_step = step;
    const Step *current = m_engine->currentStep();
    m_papers->setUpload(current ? current->upload : StepUpload());
    Q_EMIT stepChanged();
}

QString SessionController::guideId() const
{
    return m_engine->guide().id;
}

QString SessionController::guideTitle() const
{
    return m_engine->guide().title.text(m_language);
}

QString SessionController::userScript()
{
    return PageBridge::userScript();
}

QObject *SessionController::bridge() const
{
    return m_bridge->channelObject();
}

SessionEngine::State SessionController::state() const
{
    return m_engine->state();
}

SessionEngine::Obstacle SessionController::obstacle() const
{
    return m_engine->obstacle();
}

bool SessionController::fieldFilled() const
{
    return m_engine->fieldFilled();
}

void SessionController::setLanguage(const QString &language)
{
    if (m_language == language) {
        return;
    }
    m_language = language;
    m_lockdown->setLanguage(language);
    updateStep();
    Q_EMIT languageChanged();
}

QQuickWebEngineProfile *SessionController::profile() const
{
    return m_profile->profile();
}

const NavigationPolicy &SessionController::policy() const
{
    return m_profile->policy();
}

void SessionController::start()
{
    m_engine->start();
    if (m_firstStep > 0) {
        m_engine->jumpTo(m_firstStep);
    }
}

void SessionController::setFirstStep(int index)
{
    m_firstStep = index;
    // Its page may have started it already (it does as soon as it is made).
    if (m_engine->state() != SessionEngine::State::NotStarted && index > 0) {
        m_engine->jumpTo(index);
    }
}

void SessionController::close()
{
    if (m_closed) {
        return;
    }
    m_closed = true;
    m_lockdown->close();
    m_bridge->setWatch({});
    m_profile->wipe();
    m_papers->clear();
    m_documents->close();
    Q_EMIT closedChanged();
}

void SessionController::addressChanged(const QUrl &url)
{
    m_engine->addressChanged(url);
}

void SessionController::next()
{
    m_engine->next();
}

void SessionController::back()
{
    m_engine->back();
}

void SessionController::done()
{
    m_engine->done();
}

void SessionController::stuck()
{
    m_engine->stuck();
}

void SessionController::callHelp()
{
    if (m_closed || m_helpCalled) {
        return;
    }
    m_helpCalled = true;
    Q_EMIT helpChanged();
    Q_EMIT helpRequested();
    m_engine->stuck();
}

void SessionController::acknowledgeHelp()
{
    if (m_helpCalled) {
        m_helpCalled = false;
        Q_EMIT helpChanged();
    }
}

QUrl SessionController::backOnTrackUrl() const
{
    return m_engine->lastGoodUrl().isValid() ? m_engine->lastGoodUrl() : m_startUrl;
}

int SessionController::backOnTrackOffset(QWebEngineHistory *history) const
{
    if (!history) {
        return 0;
    }
    QList<QUrl> back;
    const QList<QWebEngineHistoryItem> items = history->backItems(100);
    for (const QWebEngineHistoryItem &item : items) {
        back.append(item.url());
    }
    const Step *step = m_engine->currentStep();
    return backOffsetTo(back, m_engine->lastGoodUrl(), step ? step->page : AddressPattern());
}

void SessionController::pageLoading(int status, int errorDomain, int errorCode)
{
    const auto loadStatus = QWebEngineLoadingInfo::LoadStatus(status);
    if (loadStatus == QWebEngineLoadingInfo::LoadStartedStatus) {
        m_pageHealth->loadStarted();
    } else {
        if (loadStatus == QWebEngineLoadingInfo::LoadSucceededStatus) {
            qCDebug(lcSession, "page loaded"); // bench_startup waits for it
        }
        m_pageHealth->loadEnded(failedLoadVerdict(loadStatus, QWebEngineLoadingInfo::ErrorDomain(errorDomain), errorCode));
    }
}

void SessionController::pageCrashed()
{
    m_pageHealth->crashed();
}

void SessionController::clearPageFailure()
{
    m_pageHealth->clear();
}

void SessionController::requestPageBack()
{
    if (!m_closed) {
        Q_EMIT pageBackRequested();
    }
}

void SessionController::setTargetRect(const QRectF &rect)
{
    if (m_targetRect == rect) {
        return;
    }
    if (!rect.isEmpty() && m_targetRect.isEmpty()) {
        qCDebug(lcSession, "target highlighted"); // bench_startup waits for the first one
    }
    m_targetRect = rect;
    Q_EMIT targetRectChanged();
}

} // namespace pasapas
