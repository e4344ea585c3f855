// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "languages.h"
#include "sessioncontroller.h"

#include <QCoreApplication>
#include <QLocale>

namespace pasapas
{

namespace
{
AppController *s_instance = nullptr;
}

AppController::AppController(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
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

QString AppController::modeKey() const
{
    return pasapas::modeKey(m_mode);
}

void AppController::setMode(Mode mode)
{
    if (m_mode == mode) {
        return;
    }
    m_mode = mode;
    Q_EMIT modeChanged();
}

bool AppController::enterMode(const QString &key)
{
    const auto mode = modeFromKey(key);
    if (!mode) {
        return false;
    }
    setMode(*mode);
    return true;
}

void AppController::setLanguage(const QString &language)
{
    const QString code = language.isEmpty() ? QStringLiteral("fr") : language;
    if (m_language == code) {
        return;
    }
    m_language = code;
    if (m_catalog) {
        m_catalog->setLanguage(code);
    }
    if (m_session) {
        m_session->setLanguage(code);
    }
    Q_EMIT languageChanged();
}

void AppController::setCatalog(GuideCatalogModel *catalog, CategoryModel *categories, int guideProblemCount)
{
    m_catalog = catalog;
    m_categories = categories;
    m_guideProblemCount = guideProblemCount;
    if (m_catalog) {
        m_catalog->setLanguage(m_language);
    }
}

QString AppController::languageName(const QString &code)
{
    return nativeLanguageName(code);
}

bool AppController::startSession(const QString &guideId)
{
    SessionController *session = m_sessionFactory ? m_sessionFactory(guideId) : nullptr;
    if (!session) {
        Q_EMIT sessionFailed(guideId);
        return false;
    }
    return true;
}

void AppController::endSession()
{
    if (m_sessionEnder) {
        m_sessionEnder();
    }
}

void AppController::setSessionHandlers(SessionFactory factory, SessionEnder ender)
{
    m_sessionFactory = std::move(factory);
    m_sessionEnder = std::move(ender);
}

void AppController::setSession(SessionController *session)
{
    if (m_session == session) {
        return;
    }
    m_session = session;
    Q_EMIT sessionChanged();
}

QString AppController::version()
{
    return QCoreApplication::applicationVersion();
}

} // namespace pasapas
