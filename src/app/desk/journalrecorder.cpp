// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalrecorder.h"
#include "appearance.h"
#include "journal.h"
#include "kioskcontroller.h"
#include "localization.h"
#include "pagebridge.h"
#include "readaloud.h"
#include "sessioncontroller.h"
#include "sessionmanager.h"

#include <algorithm>

namespace pasapas
{

JournalRecorder::JournalRecorder(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    connect(m_parts.sessions, &SessionManager::currentChanged, this, [this] {
        if (SessionController *current = m_parts.sessions->current(); current && current != m_session) {
            begin(current);
        }
    });
    connect(m_parts.sessions, &SessionManager::ended, this, [this](SessionController *session, SessionManager::EndReason reason) {
        end(session, reason == SessionManager::EndReason::IdleReset);
    });
    connect(m_parts.readAloud, &ReadAloud::spoken, this, [this] {
        m_record.readAloud = m_record.readAloud || m_session;
    });
}

StepTally &JournalRecorder::tally(int index)
{
    auto found = std::find_if(m_record.steps.begin(), m_record.steps.end(), [index](const StepTally &step) {
        return step.index == index;
    });
    if (found != m_record.steps.end()) {
        return *found;
    }
    const Guide &guide = m_session->engine()->guide();
    m_record.steps.append({index, guide.steps.at(index).id, 0, 0, 0});
    return m_record.steps.last();
}

void JournalRecorder::begin(SessionController *session)
{
    m_session = session;
    const Guide &guide = session->engine()->guide();
    m_record = {};
    m_record.guideId = guide.id;
    m_record.guideVersion = guide.version;
    m_record.category = guide.category;
    m_record.stepsTotal = int(guide.steps.size());
    m_record.start = QDateTime::currentDateTimeUtc();
    m_locatedStep = -1;

    SessionEngine *engine = session->engine();
    connect(engine, &SessionEngine::currentStepChanged, this, [this, engine] {
        m_record.stepsReached = std::max(m_record.stepsReached, engine->currentIndex() + 1);
        m_locatedStep = -1;
    });
    connect(engine, &SessionEngine::stateChanged, this, [this, engine] {
        // A help call waits as "I'm stuck" too: counted once, as a help call.
        if (engine->state() == SessionEngine::State::Stuck && !m_session->helpCalled()) {
            ++m_record.stuckPresses;
        } else if (engine->state() == SessionEngine::State::Missing) {
            ++tally(engine->currentIndex()).missing;
        }
    });
    connect(engine, &SessionEngine::recovered, this, [this] {
        ++m_record.recoveries;
    });
    connect(session->pageBridge(), &PageBridge::targetLocated, this, [this, engine](const QString &stepId, int locator) {
        const Step *step = engine->currentStep();
        if (!step || step->id != stepId || m_locatedStep == engine->currentIndex() || locator < 0) {
            return;
        }
        m_locatedStep = engine->currentIndex();
        StepTally &step_ = tally(engine->currentIndex());
        ++(locator == 0 ? step_.firstTime : step_.fallback);
    });
    connect(session->takeover(), &Takeover::started, this, [this] {
        ++m_record.takeovers;
    });
    connect(session, &SessionController::helpRequested, this, [this] {
        ++m_record.helpCalls;
    });
}

void JournalRecorder::end(SessionController *session, bool idleReset)
{
    if (session != m_session) {
        return;
    }
    disconnect(session->engine(), nullptr, this, nullptr);
    disconnect(session->pageBridge(), nullptr, this, nullptr);
    disconnect(session, nullptr, this, nullptr);
    disconnect(session->takeover(), nullptr, this, nullptr);
    m_session = nullptr;

    const SessionEngine *engine = session->engine();
    const QString language = m_parts.localization->language();
    m_record.interfaceLanguage = language;
    m_record.guideLanguage = engine->guide().languages().contains(language) ? language : QStringLiteral("fr");
    m_record.selfService = m_parts.kiosk->mode() == Mode::SelfService;
    m_record.durationSeconds = m_record.start.secsTo(QDateTime::currentDateTimeUtc());
    m_record.textScale = m_parts.appearance->textScale();
    if (engine->state() == SessionEngine::State::Finished) {
        m_record.outcome = SessionOutcome::Finished;
        m_record.stepsReached = m_record.stepsTotal;
    } else {
        m_record.outcome = idleReset ? SessionOutcome::IdleReset : SessionOutcome::Abandoned;
        m_record.stopStep = engine->currentIndex() + 1;
    }
    std::sort(m_record.steps.begin(), m_record.steps.end(), [](const StepTally &a, const StepTally &b) {
        return a.index < b.index;
    });
    Q_EMIT recorded(m_parts.journal->record(m_record));
}

} // namespace pasapas
