// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "guidelibrary.h"

#include <QCoreApplication>

namespace pasapas
{

namespace
{
AppController *s_instance = nullptr;
}

AppController::AppController(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    connect(kiosk(), &KioskController::idleExpired, this, [this] {
        sessions()->end(SessionManager::EndReason::IdleReset);
        Q_EMIT idleReset();
    });
    connect(sessions(), &SessionManager::currentChanged, this, [this] {
        m_readAloud->stop();
        if (SessionController *current = session()) {
            // Automatic reading of each new step once it shows, when the setting is on.
            connect(current, &SessionController::stepChanged, this, [this, current] {
                const StepView step = current->step();
                if (session() == current && step.active && step.number != m_stepRead) {
                    m_stepRead = step.number;
                    if (appearance()->autoRead()) {
                        readStep();
                    }
                }
            });
        }
        m_stepRead = 0;
        Q_EMIT sessionChanged();
    });
}

int AppController::guideProblemCount() const
{
    return m_parts.library ? int(m_parts.library->diagnostics().size()) : 0;
}

AppController::~AppController()
{
    s_instance = nullptr;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppController::version()
{
    return QCoreApplication::applicationVersion();
}

void AppController::finishForNextPerson()
{
    sessions()->end();
    kiosk()->nextPerson();
}

bool AppController::readStep()
{
    const SessionController *current = session();
    if (!current) {
        return false;
    }
    // A step not yet translated is shown in French: read it in French too.
    const QString language = current->step().instructionIsFallback ? QStringLiteral("fr") : localization()->language();
    return m_readAloud->speak(current->instruction(), language, appearance()->speechRate());
}

} // namespace pasapas
