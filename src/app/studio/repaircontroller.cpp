// SPDX-License-Identifier: GPL-3.0-or-later
#include "repaircontroller.h"

#include "application.h"
#include "guidewriter.h"
#include "instructiontemplates.h"
#include "kioskcontroller.h"
#include "logging.h"
#include "pagebridge.h"
#include "sessioncontroller.h"
#include "sessionmanager.h"
#include "steprepair.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pasapas
{

RepairController::RepairController(SessionManager *sessions, KioskController *kiosk, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_kiosk(kiosk)
{
    connect(m_sessions, &SessionManager::currentChanged, this, &RepairController::watchSession);
    connect(m_kiosk, &KioskController::pinChanged, this, &RepairController::availableChanged);
    connect(m_kiosk, &KioskController::modeChanged, this, [this] {
        if (m_kiosk->mode() == Mode::SelfService) {
            cancel(); // never in the locked kiosk
        }
        Q_EMIT availableChanged();
    });
}

RepairController::~RepairController() = default;

void RepairController::watchSession()
{
    if (m_watched) {
        disconnect(m_watched, nullptr, this, nullptr);
    }
    cancel(); // the page being repaired went with its session
    m_watched = m_sessions->current();
    if (m_watched) {
        connect(m_watched, &SessionController::stepChanged, this, &RepairController::availableChanged);
        connect(m_watched, &SessionController::stateChanged, this, &RepairController::availableChanged);
        connect(m_watched, &SessionController::closedChanged, this, [this] {
            cancel();
            Q_EMIT availableChanged();
        });
    }
    Q_EMIT availableChanged();
}

bool RepairController::isAvailable() const
{
    const SessionController *session = m_sessions->current();
    if (!session || session->isClosed() || m_kiosk->mode() == Mode::SelfService) {
        return false;
    }
    const Step *step = session->engine()->currentStep();
    const SessionEngine::State state = session->state();
    return step && !step->target.isEmpty()
        && (state == SessionEngine::State::Looking || state == SessionEngine::State::Showing || state == SessionEngine::State::Missing
            || state == SessionEngine::State::Stuck);
}

bool RepairController::needsPin() const
{
    return m_kiosk->mode() != Mode::Mediator && m_kiosk->hasPin();
}

bool RepairController::begin()
{
    if (isActive()) {
        return true;
    }
    if (!isAvailable()) {
        return false;
    }
    m_session = m_sessions->current();
    m_stepId = m_session->stepId();
    m_element.reset();
    setError({});
    PageBridge *bridge = m_session->pageBridge();
    m_connections.append(connect(bridge, &PageBridge::elementRecorded, this, [this](const QVariantMap &element) {
        elementRecorded(element);
    }));
    // The person went on meanwhile (another page, another step): the repair is for the step it began on.
    m_connections.append(connect(m_session->engine(), &SessionEngine::currentStepChanged, this, &RepairController::cancel));
    bridge->setRecording(true);
    qCInfo(lcSession, "repair: step \"%s\" of \"%s\": waiting for the mediator's tap", qPrintable(m_stepId), qPrintable(m_session->guideId()));
    Q_EMIT activeChanged();
    Q_EMIT elementChanged();
    return true;
}

void RepairController::elementRecorded(const QVariantMap &element)
{
    // What the page script describes: how the element is named, never a value.
    m_element = ElementDescription::fromJson(QJsonObject::fromVariantMap(element));
    setError({});
    Q_EMIT elementChanged();
}

void RepairController::cancel()
{
    if (isActive()) {
        setError({});
        finish();
    }
}

void RepairController::finish()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    if (m_session) {
        m_session->pageBridge()->setRecording(false); // the step's watch comes back to the page
    }
    m_session = nullptr;
    m_element.reset();
    Q_EMIT activeChanged();
    Q_EMIT elementChanged();
}

bool RepairController::confirm()
{
    if (!isActive() || !m_element) {
        return false;
    }
    std::optional<Guide> guide = repairGuide(m_session->engine()->guide(), m_stepId, *m_element);
    if (!guide) {
        setError(tr("Cette étape ne peut pas être réparée : elle ne montre aucun élément."));
        return false;
    }
    // Checked by the guide loader, as --check-guides does: an invalid guide is never written.
    QString path;
    const Diagnostics diagnostics = saveGuide(*guide, localRepairDir(), &path);
    if (path.isEmpty()) {
        QStringList errors;
        for (const Diagnostic &diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                errors.append(diagnostic.message);
            }
        }
        //: %1: why, in French (the guide checker's words)
        setError(tr("La réparation n'est pas enregistrée : %1").arg(errors.join(u'\n')));
        return false;
    }
    guide->filePath = path;
    const QString guideId = guide->id;
    qCInfo(lcGuides, "repair: step \"%s\" of \"%s\" repaired, saved as local version %d", qPrintable(m_stepId), qPrintable(guideId), guide->version);
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection); // the step changes now, and the repair is done
    }
    m_connections.clear();
    // The page gets the step's new watch when record mode ends (finish).
    if (!m_session->engine()->replaceGuide(*std::move(guide))) {
        qCWarning(lcSession, "repair: the session could not take the repaired guide");
    }
    setError({});
    finish();
    Q_EMIT repaired(guideId);
    return true;
}

QString RepairController::elementWords() const
{
    return m_element ? frenchWordsFor(*m_element) : QString();
}

RepairController::ElementKind RepairController::elementKind() const
{
    switch (m_element ? controlKind(*m_element) : ControlKind::Action) {
    case ControlKind::TextField:
        return ElementKind::TextField;
    case ControlKind::List:
        return ElementKind::List;
    case ControlKind::Checkbox:
        return ElementKind::Checkbox;
    case ControlKind::Radio:
        return ElementKind::Radio;
    case ControlKind::Action:
        break;
    }
    return ElementKind::Action;
}

void RepairController::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

} // namespace pasapas
