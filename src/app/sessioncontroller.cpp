// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"
#include "pagebridge.h"
#include "practiceserver.h"
#include "sessionengine.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace pasapas
{

SessionController::SessionController(const Guide &guide, PracticeServer *practice, const QString &language, QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<SessionEngine>(guide))
    , m_bridge(std::make_unique<PageBridge>())
    , m_language(language)
    , m_startUrl(practice ? practice->resolve(guide.start) : guide.start)
    , m_documents(QDir::tempPath() + u"/pasapas-session-XXXXXX"_s)
{
    SessionEngine *engine = m_engine.get();
    PageBridge *bridge = m_bridge.get();

    if (practice && PracticeServer::isPracticeHost(guide.start.host())) {
        // A sample document to upload on the practice site.
        QFile sample(m_documents.filePath(u"cv-exemple.pdf"_s));
        if (sample.open(QIODevice::WriteOnly)) {
            sample.write(makeSimplePdf({u"CV d'exemple"_s, u"Document d'entrainement, sans valeur."_s}));
        }
    }

    // Page → engine
    connect(bridge, &PageBridge::targetFound, engine, &SessionEngine::targetFound);
    connect(bridge, &PageBridge::targetLost, engine, &SessionEngine::targetLost);
    connect(bridge, &PageBridge::tapped, engine, &SessionEngine::targetTapped);
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
    connect(bridge, &PageBridge::targetLost, this, [this] {
        setTargetRect({});
    });
    connect(bridge, &PageBridge::blocked, this, [this] {
        ++m_blockedTaps;
        Q_EMIT blockedTapsChanged();
    });

    // Engine → page and QML
    connect(engine, &SessionEngine::pageWatchChanged, this, [this] {
        m_bridge->setWatch(m_engine->pageWatch());
    });
    connect(engine, &SessionEngine::currentStepChanged, this, [this] {
        setTargetRect({});
        Q_EMIT stepChanged();
        Q_EMIT textsChanged();
    });
    connect(engine, &SessionEngine::stateChanged, this, &SessionController::stateChanged);
    connect(engine, &SessionEngine::fieldFilledChanged, this, &SessionController::stateChanged);
    connect(engine, &SessionEngine::recovered, this, [this](int from, int to) {
        Q_EMIT recovered(from + 1, to + 1);
    });
    connect(engine, &SessionEngine::finished, this, &SessionController::finished);
}

SessionController::~SessionController() = default;

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

int SessionController::stepNumber() const
{
    return m_engine->currentIndex() + 1;
}

int SessionController::stepCount() const
{
    return m_engine->stepCount();
}

QString SessionController::stepId() const
{
    const Step *step = m_engine->currentStep();
    return step ? step->id : QString();
}

QString SessionController::instruction() const
{
    const Step *step = m_engine->currentStep();
    return step ? step->instruction.text(m_language) : QString();
}

bool SessionController::instructionIsFallback() const
{
    const Step *step = m_engine->currentStep();
    return step && step->instruction.resolve(m_language).fallback;
}

QString SessionController::frenchWords() const
{
    const Step *step = m_engine->currentStep();
    return step ? step->frenchWords : QString();
}

QString SessionController::pictogram() const
{
    const Step *step = m_engine->currentStep();
    if (!step) {
        return {};
    }
    if (!step->pictogram.isEmpty()) {
        return step->pictogram;
    }
    switch (step->completion.kind) {
    case Completion::Kind::Tap:
        return u"input-touchscreen"_s;
    case Completion::Kind::Fill:
        return step->sensitive ? u"dialog-password"_s : u"document-edit"_s;
    case Completion::Kind::Address:
        return u"go-next"_s;
    case Completion::Kind::Appears:
        return u"view-visible"_s;
    case Completion::Kind::Done:
        return u"dialog-ok"_s;
    }
    return {};
}

QString SessionController::mediatorNote() const
{
    const Step *step = m_engine->currentStep();
    return step ? step->mediatorNote.text(m_language) : QString();
}

bool SessionController::sensitive() const
{
    const Step *step = m_engine->currentStep();
    return step && step->sensitive;
}

QString SessionController::completion() const
{
    const Step *step = m_engine->currentStep();
    const auto state = m_engine->state();
    const bool active = state != SessionEngine::State::NotStarted && state != SessionEngine::State::Finished;
    return step && active ? completionKindName(step->completion.kind) : QString();
}

bool SessionController::hasTarget() const
{
    const Step *step = m_engine->currentStep();
    return step && !step->target.isEmpty();
}

QString SessionController::state() const
{
    switch (m_engine->state()) {
    case SessionEngine::State::NotStarted:
        return u"not-started"_s;
    case SessionEngine::State::Looking:
        return u"looking"_s;
    case SessionEngine::State::Showing:
        return u"showing"_s;
    case SessionEngine::State::Missing:
        return u"missing"_s;
    case SessionEngine::State::OffTrack:
        return u"off-track"_s;
    case SessionEngine::State::Stuck:
        return u"stuck"_s;
    case SessionEngine::State::Finished:
        return u"finished"_s;
    }
    return {};
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
    Q_EMIT textsChanged();
}

QString SessionController::documentsFolder() const
{
    return m_documents.path();
}

QStringList SessionController::documents() const
{
    return QDir(m_documents.path()).entryList(QDir::Files, QDir::Time);
}

bool SessionController::acceptsDownload(const QString &mimeType, const QString &fileName)
{
    const QString lower = fileName.toLower();
    const bool pdf = mimeType == u"application/pdf" || lower.endsWith(u".pdf"_s);
    const bool image = mimeType.startsWith(u"image/"_s) && !mimeType.contains(u"svg"_s);
    return pdf || image;
}

void SessionController::start()
{
    m_engine->start();
}

void SessionController::close()
{
    if (m_closed) {
        return;
    }
    m_closed = true;
    m_bridge->setWatch({});
    m_documents.remove();
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

QUrl SessionController::backOnTrackUrl() const
{
    return m_engine->lastGoodUrl().isValid() ? m_engine->lastGoodUrl() : m_startUrl;
}

void SessionController::setTargetRect(const QRectF &rect)
{
    if (m_targetRect == rect) {
        return;
    }
    m_targetRect = rect;
    Q_EMIT targetRectChanged();
}

} // namespace pasapas
