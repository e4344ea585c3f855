// SPDX-License-Identifier: GPL-3.0-or-later
#include "studiocontroller.h"

#include "application.h"
#include "elementdescription.h"
#include "guidelibrary.h"
#include "kioskcontroller.h"
#include "logging.h"
#include "navigationpolicy.h"
#include "pagebridge.h"
#include "practiceserver.h"
#include "sessionmanager.h"
#include "sessionprofile.h"
#include "steprepair.h"

#include <QDir>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// Deleted once the web engine has let go of it (as a session's profile is).
void retire(QObject *object, QObject *owner)
{
    object->setParent(owner); // goes with the app if it quits first
    QTimer::singleShot(SessionManager::teardownDelayMs, object, &QObject::deleteLater);
}
} // namespace

StudioController::StudioController(const GuideLibrary *library, KioskController *kiosk, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_kiosk(kiosk)
{
    // Record mode is never left on in the locked kiosk.
    connect(m_kiosk, &KioskController::modeChanged, this, [this] {
        if (m_kiosk->mode() == Mode::SelfService) {
            stop();
        }
    });
}

StudioController::~StudioController() = default;

QString StudioController::userScript()
{
    return PageBridge::userScript();
}

QObject *StudioController::bridge() const
{
    return m_bridge ? m_bridge->channelObject() : nullptr;
}

QQuickWebEngineProfile *StudioController::profile() const
{
    return m_profile ? m_profile->profile() : nullptr;
}

QString StudioController::guideTitle() const
{
    return m_recording ? m_recording->guide().title.french() : QString();
}

void StudioController::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

void StudioController::setPracticeSiteRoot(const QString &root)
{
    m_practiceRoot = root;
}

bool StudioController::start(const QString &category, const QString &frenchTitle, const QString &address)
{
    if (m_kiosk->mode() == Mode::SelfService) {
        setError(tr("Le studio n'est pas disponible en mode autonome."));
        return false;
    }
    QStringList taken;
    for (const CatalogEntry &entry : m_library->entries()) {
        taken.append(entry.guide.id);
    }
    QString why;
    const QUrl typed = QUrl::fromUserInput(address.trimmed());
    std::optional<GuideRecording> recording = GuideRecording::start(category, frenchTitle, typed, taken, &why);
    if (!recording) {
        setError(why);
        return false;
    }
    // The practice site's addresses carry no port in a guide; the page gets the server's.
    const bool practice = PracticeServer::isPracticeHost(typed.host());
    // A site off the global allow-list opens only for a mediator (the mode behind the PIN).
    if (!practice && m_kiosk->mode() != Mode::Mediator && !NavigationPolicy({}, m_kiosk->globalHosts()).hostAllowed(typed)) {
        setError(tr("Ce site n'est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l'ouvrir."));
        return false;
    }
    stop();
    QList<HostPattern> hosts = recording->guide().allowedHosts;
    if (practice) {
        m_practice = std::make_unique<PracticeServer>(m_practiceRoot.isEmpty() ? u":/practice-site"_s : m_practiceRoot);
        if (!m_practice->start()) {
            setError(tr("Le site d'entraînement ne démarre pas."));
            m_practice.reset();
            return false;
        }
        // Its identity provider is one of its own hosts.
        hosts.append(HostPattern::parse(u"*.localhost:*"_s));
    }
    m_recording = std::move(recording);
    m_startUrl = m_practice ? m_practice->resolve(typed) : typed;
    m_page = {};
    m_savedId.clear();
    m_downloads = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<SessionProfile>(NavigationPolicy(hosts, m_kiosk->globalHosts()), m_downloads->path());
    m_bridge = std::make_unique<PageBridge>();
    m_bridge->setRecording(true);
    connect(m_bridge.get(), &PageBridge::elementRecorded, this, [this](const QVariantMap &element, const QRectF &, const QUrl &url) {
        elementRecorded(element, url);
    });
    setError({});
    Q_EMIT activeChanged();
    Q_EMIT stepsChanged();
    Q_EMIT proposalChanged();
    return true;
}

void StudioController::stop()
{
    if (!m_recording) {
        return;
    }
    m_recording.reset();
    m_proposal.reset();
    m_letThrough = false;
    Q_EMIT activeChanged();
    Q_EMIT proposalChanged();
    Q_EMIT stepsChanged();
    // The page lets go of its profile first (its view goes with the screen).
    if (m_profile) {
        m_profile->wipe();
        retire(m_profile.release(), this);
    }
    if (m_bridge) {
        retire(m_bridge.release(), this);
    }
    m_practice.reset();
    m_downloads.reset();
}

void StudioController::elementRecorded(const QVariantMap &element, const QUrl &url)
{
    if (!m_recording) {
        return;
    }
    m_proposal = m_recording->propose(ElementDescription::fromJson(QJsonObject::fromVariantMap(element)), url);
    m_letThrough = false;
    m_added = false;
    Q_EMIT proposalChanged();
}

void StudioController::addressChanged(const QUrl &url)
{
    if (!m_recording || url == m_page) {
        return;
    }
    const QUrl before = m_page;
    m_page = url;
    if (m_recording->pageChanged(before, url)) { // the first page too: its host joins the allowed ones
        Q_EMIT stepsChanged();
    }
    // What was selected on the page before is gone.
    if (m_proposal) {
        m_proposal.reset();
        m_letThrough = false;
        Q_EMIT proposalChanged();
    }
}

void StudioController::doAction()
{
    if (m_bridge && m_proposal) {
        m_bridge->letTapThrough();
        m_letThrough = true;
        Q_EMIT proposalChanged();
    }
}

void StudioController::addStep()
{
    if (!m_recording || !m_proposal || m_added) {
        return;
    }
    m_recording->addStep(*m_proposal);
    m_added = true;
    Q_EMIT stepsChanged();
    Q_EMIT proposalChanged();
}

void StudioController::addDoneStep()
{
    if (!m_recording || !m_page.isValid()) {
        return;
    }
    m_recording->addStep(m_recording->proposeReadThePage(m_page));
    Q_EMIT stepsChanged();
}

bool StudioController::save()
{
    if (!m_recording) {
        return false;
    }
    if (m_recording->guide().steps.isEmpty()) {
        setError(tr("Ajoutez au moins une étape."));
        return false;
    }
    QString path;
    const Diagnostics diagnostics = m_recording->save(localRepairDir(), &path);
    QStringList errors;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.isError()) {
            errors.append(diagnostic.message);
        }
    }
    if (!errors.isEmpty() || path.isEmpty()) {
        setError(errors.isEmpty() ? tr("Le guide n'a pas pu être enregistré.") : errors.join(u'\n'));
        return false;
    }
    qCInfo(lcGuides, "studio: guide \"%s\" saved, %d steps", qPrintable(m_recording->guide().id), int(m_recording->guide().steps.size()));
    setError({});
    m_savedId = m_recording->guide().id;
    Q_EMIT saved(m_savedId);
    Q_EMIT localGuidesChanged();
    return true;
}

bool StudioController::canRemoveLocal(const QString &guideId) const
{
    const CatalogEntry *entry = m_library->find(guideId);
    return entry && m_kiosk->mode() != Mode::SelfService && QDir(entry->origin) == QDir(localRepairDir());
}

bool StudioController::removeLocal(const QString &guideId)
{
    if (!canRemoveLocal(guideId) || !removeLocalGuide(localRepairDir(), guideId)) {
        return false;
    }
    qCInfo(lcGuides, "studio: local guide \"%s\" removed", qPrintable(guideId));
    Q_EMIT localGuidesChanged();
    return true;
}

QString StudioController::instruction() const
{
    return m_proposal ? m_proposal->instruction.french() : QString();
}

void StudioController::setInstruction(const QString &text)
{
    if (m_proposal && text != m_proposal->instruction.french()) {
        m_proposal->instruction = LocalizedText();
        m_proposal->instruction.insert(u"fr"_s, text);
        Q_EMIT proposalChanged();
    }
}

QString StudioController::completion() const
{
    if (!m_proposal) {
        return {};
    }
    switch (m_proposal->completion.kind) {
    case Completion::Kind::Tap:
        //: How a recorded step ends (the step card of the guide studio)
        return tr("Terminée quand la personne appuie dessus");
    case Completion::Kind::Fill:
        return tr("Terminée quand le champ est rempli");
    case Completion::Kind::Address:
        return tr("Terminée quand la page change");
    case Completion::Kind::Choose:
        return tr("Terminée quand un choix est fait");
    case Completion::Kind::Appears:
    case Completion::Kind::Done:
        break;
    }
    return tr("Terminée avec « C'est fait »");
}

bool StudioController::sensitive() const
{
    return m_proposal && m_proposal->sensitive;
}

void StudioController::setSensitive(bool on)
{
    if (m_proposal && m_proposal->sensitive != on) {
        m_proposal->sensitive = on;
        Q_EMIT proposalChanged();
    }
}

QStringList StudioController::steps() const
{
    QStringList texts;
    if (m_recording) {
        for (const Step &step : m_recording->guide().steps) {
            texts.append(step.instruction.french());
        }
    }
    return texts;
}

} // namespace pasapas
