// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncontroller.h"
#include "logging.h"
#include "pagebridge.h"
#include "practiceserver.h"
#include "languages.h"
#include "sessionengine.h"
#include "sessionprofile.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

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
    , m_profile(std::make_unique<SessionProfile>(NavigationPolicy(guide.allowedHosts, globalHosts), m_documents.path()))
    , m_language(language)
    , m_startUrl(practice ? practice->resolve(guide.start) : guide.start)
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
    m_initialDocuments = m_documents.files();

    // Lock-down: what the profile or the page refused, and saved documents.
    m_profile->setBlockedPageMaker([this](BlockReason reason, const QUrl &url) {
        return blockedFramePage(reason, url);
    });
    connect(m_profile.get(), &SessionProfile::refused, this, [this](BlockReason reason, const QUrl &url, bool inFrame) {
        if (inFrame) {
            // The frame shows the friendly page itself: the person's page stays usable.
            ++m_frameRefusals;
            Q_EMIT frameRefusalsChanged();
        } else {
            refuse(reason, url);
        }
    });
    connect(m_profile.get(), &SessionProfile::documentSaved, this, [this](const QString &fileName) {
        Q_EMIT documentsChanged();
        Q_EMIT documentSaved(fileName);
    });
    connect(bridge, &PageBridge::leaving, this, [this](const QUrl &url) {
        const NavigationDecision decision = policy().decide(url, NavigationTarget::TopLevel);
        refuse(decision.allowed() ? BlockReason::ExternalApp : decision.reason, url);
    });

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
    if (m_blockReason != BlockReason::None) {
        Q_EMIT blockChanged(); // the notice on screen is read again, in the new language
    }
}

QString SessionController::documentsFolder() const
{
    return m_documents.path();
}

QStringList SessionController::documents() const
{
    return m_documents.files();
}

QStringList SessionController::downloadedDocuments() const
{
    QStringList files = m_documents.files();
    files.removeIf([this](const QString &file) {
        return m_initialDocuments.contains(file);
    });
    return files;
}

QUrl SessionController::documentUrl(const QString &fileName) const
{
    // Only a plain name of a file the folder holds: never a path elsewhere.
    if (fileName.contains(u'/') || !m_documents.files().contains(fileName)) {
        return {};
    }
    return QUrl::fromLocalFile(m_documents.filePath(fileName));
}

QQuickWebEngineProfile *SessionController::profile() const
{
    return m_profile->profile();
}

const NavigationPolicy &SessionController::policy() const
{
    return m_profile->policy();
}

QString SessionController::blockTitle() const
{
    return m_blockReason == BlockReason::None ? QString() : refusedTitle();
}

QString SessionController::refusedTitle()
{
    return tr("Cette page ne s'ouvre pas ici");
}

QString SessionController::blockText() const
{
    return blockMessage(m_blockReason);
}

QString SessionController::blockMessage(BlockReason reason)
{
    switch (reason) {
    case BlockReason::None:
        return {};
    case BlockReason::OtherSite:
        return tr("Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l'ouvre pas.");
    case BlockReason::ForbiddenAddress:
        return tr("Cette adresse n'est pas une page de site. La tablette ne l'ouvre pas.");
    case BlockReason::BrowserPage:
        return tr("Les pages de réglage du navigateur ne s'ouvrent pas sur cette tablette.");
    case BlockReason::ExternalApp:
        return tr("Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.");
    case BlockReason::Download:
        return tr("Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.");
    case BlockReason::DevTools:
        return tr("Les outils de développement ne sont pas disponibles sur cette tablette.");
    case BlockReason::DragDrop:
        return tr("On ne peut pas déposer de lien ou de fichier dans la page.");
    case BlockReason::ContextMenu:
        return tr("Il n'y a pas de menu ici. Touchez simplement l'élément.");
    case BlockReason::FileOutsideSession:
        return tr("Seuls les documents de cette séance peuvent être envoyés.");
    }
    return {};
}

QByteArray SessionController::blockedFramePage(BlockReason reason, const QUrl &url) const
{
    const bool rtl = std::any_of(interfaceLanguages().cbegin(), interfaceLanguages().cend(), [this](const Language &l) {
        return l.code == m_language && l.rightToLeft;
    });
    const QString html = u"<!doctype html><html lang=\"%1\" dir=\"%2\"><head><meta charset=\"utf-8\"><title>%3</title>"
                         "<style>body{font:18px/1.4 sans-serif;margin:0;padding:16px;background:#fff8e1;color:#222;border:3px solid #b26a00}"
                         "h1{font-size:20px;margin:0 0 8px}p{margin:0 0 8px}code{font-size:14px;color:#555}</style></head>"
                         "<body role=\"alert\"><h1>%3</h1><p>%4</p><p><code>%5</code></p></body></html>"_s
                             .arg(m_language, rtl ? u"rtl"_s : u"ltr"_s, refusedTitle().toHtmlEscaped(), blockMessage(reason).toHtmlEscaped(),
                                  url.host().toHtmlEscaped());
    return html.toUtf8();
}

bool SessionController::allowNavigation(const QUrl &url, bool mainFrame)
{
    if (m_closed) {
        return false;
    }
    if (!mainFrame) {
        // Frames are checked by the profile, which shows the friendly page in the frame.
        return true;
    }
    const NavigationDecision decision = policy().decide(url, NavigationTarget::TopLevel);
    if (!decision.allowed()) {
        refuse(decision.reason, url);
    }
    return decision.allowed();
}

bool SessionController::allowNewWindow(const QUrl &url)
{
    if (m_closed) {
        return false;
    }
    // An empty window a script would then fill (or a javascript: address
    // run in it) cannot be shown in the guide's view.
    const NavigationDecision decision = url.scheme() == u"about" ? NavigationDecision{BlockReason::ForbiddenAddress}
                                                                 : policy().decide(url, NavigationTarget::NewWindow);
    if (!decision.allowed()) {
        refuse(decision.reason, url);
    }
    return decision.allowed();
}

void SessionController::refuse(const QString &reasonKey, const QUrl &url)
{
    const BlockReason reason = blockReasonFromKey(reasonKey);
    if (reason == BlockReason::None) {
        qCWarning(lcSession, "unknown refusal \"%s\"", qPrintable(reasonKey));
        return;
    }
    refuse(reason, url);
}

void SessionController::refuse(BlockReason reason, const QUrl &url)
{
    m_blockReason = reason;
    // Only the host is kept: the rest of an address may carry personal data.
    m_blockedUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    ++m_blockCount;
    Q_EMIT blockChanged();
}

void SessionController::dismissBlock()
{
    if (m_blockReason == BlockReason::None) {
        return;
    }
    m_blockReason = BlockReason::None;
    m_blockedUrl.clear();
    Q_EMIT blockChanged();
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
    m_profile->wipe();
    m_documents.remove();
    Q_EMIT closedChanged();
    Q_EMIT documentsChanged();
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
