// SPDX-License-Identifier: GPL-3.0-or-later
#include "takeover.h"
#include "sessioncontroller.h"

namespace pasapas
{

Takeover::Takeover(SessionController *session)
    : QObject(session)
    , m_session(session)
{
    connect(session->engine(), &SessionEngine::currentStepChanged, this, [this] {
        if (m_privateTyping && !currentStepSensitive()) {
            m_privateTyping = false; // the secret step is behind
        }
        Q_EMIT changed();
    });
    connect(session, &SessionController::languageChanged, this, &Takeover::changed);
}

bool Takeover::currentStepSensitive() const
{
    const Step *step = m_session->engine()->currentStep();
    return step && step->sensitive && m_session->engine()->state() != SessionEngine::State::Finished;
}

bool Takeover::handBackAsked() const
{
    return m_active && currentStepSensitive();
}

QStringList Takeover::steps() const
{
    QStringList texts;
    for (const Step &step : m_session->engine()->guide().steps) {
        texts.append(step.instruction.text(m_session->language()));
    }
    return texts;
}

void Takeover::take()
{
    if (m_active || m_session->isClosed()) {
        return;
    }
    m_active = true;
    m_privateTyping = false;
    Q_EMIT changed();
    Q_EMIT started();
}

void Takeover::handBack()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    m_privateTyping = currentStepSensitive();
    Q_EMIT changed();
}

void Takeover::jumpTo(int number)
{
    if (m_active) {
        m_session->engine()->jumpTo(number - 1);
    }
}

void Takeover::skip()
{
    if (m_active) {
        m_session->next();
    }
}

void Takeover::dismissPrivateTyping()
{
    if (m_privateTyping) {
        m_privateTyping = false;
        Q_EMIT changed();
    }
}

} // namespace pasapas
