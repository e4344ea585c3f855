// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "logging.h"
#include "pasapas_version.h"
#include "appcontroller.h"
#include "kioskguard.h"
#include "practiceserver.h"
#include "sessioncontroller.h"
#include "sessionfolder.h"

#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pasapas
{

QString bundledGuidesDir()
{
    return u":/guides"_s;
}

void setupSettingsIdentity()
{
    QCoreApplication::setOrganizationName(u"pasapas"_s);
    QCoreApplication::setApplicationName(u"pasapas"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PASAPAS_VERSION_STRING));
}

void setupApplicationIdentity()
{
    setupSettingsIdentity();
    QGuiApplication::setApplicationDisplayName(u"Pas à pas"_s);
    QGuiApplication::setDesktopFileName(u"org.pasapas.pasapas"_s);
    // Outside a Plasma session the platform theme names no icon theme.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor") {
        QIcon::setThemeName(u"breeze"_s);
    }
    // The app's own pictograms ("pasapas-health"), for names the theme does not have.
    if (!QIcon::fallbackSearchPaths().contains(u":/pictograms"_s)) {
        QIcon::setFallbackSearchPaths(QIcon::fallbackSearchPaths() << u":/pictograms"_s);
    }
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(u"org.kde.breeze"_s);
    }
}

Application::Application(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_controller(std::make_unique<AppController>(commandLine.mode))
    , m_engine(std::make_unique<QQmlApplicationEngine>())
{
    // A session the app could not end (a crash, a power cut) is wiped now.
    const QStringList leftovers = removeLeftoverSessionFolders();
    if (!leftovers.isEmpty()) {
        qCInfo(lcKiosk, "removed %d session folder(s) left by an earlier run", int(leftovers.size()));
        AppController::wipeClipboard();
    }
    m_library.load(bundledGuidesDir(), commandLine.guideDirs);
    for (const Diagnostic &diagnostic : m_library.diagnostics()) {
        qCInfo(lcGuides, "%s", qPrintable(diagnostic.toString()));
    }
    m_guard = std::make_unique<KioskGuard>(m_controller.get());
    QCoreApplication::instance()->installEventFilter(m_guard.get());
    m_controller->setQmlEngine(m_engine.get());
    m_controller->applyTextScale();
    m_controller->applyColors();
    m_catalog = std::make_unique<GuideCatalogModel>(&m_library);
    m_categories = std::make_unique<CategoryModel>(&m_library);
    m_controller->setCatalog(m_catalog.get(), m_categories.get(), int(m_library.diagnostics().size()));
    if (!commandLine.language.isEmpty()) {
        m_controller->setLanguage(commandLine.language);
    }
    m_controller->setSessionHandlers(
        [this](const QString &guideId) {
            return startSession(guideId);
        },
        [this] {
            endSession();
        });
    if (!commandLine.startGuide.isEmpty() && !startSession(commandLine.startGuide)) {
        qCWarning(lcApp, "no guide \"%s\" to start; showing the home screen", qPrintable(commandLine.startGuide));
    }
    QObject::connect(m_engine.get(), &QQmlEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings) {
            m_warnings.append(warning.toString());
        }
    });
}

Application::~Application()
{
    // The engine's objects refer to the controller, models and session: delete them first.
    QCoreApplication::instance()->removeEventFilter(m_guard.get());
    m_engine.reset();
    m_session.reset();
}

SessionController *Application::startSession(const QString &guideId)
{
    const CatalogEntry *entry = m_library.find(guideId);
    if (!entry) {
        return nullptr;
    }
    PracticeServer *practice = nullptr;
    if (PracticeServer::isPracticeHost(entry->guide.start.host())) {
        if (!m_practice) {
            m_practice = std::make_unique<PracticeServer>();
        }
        if (!m_practice->start()) {
            qCWarning(lcPractice, "the practice site could not start: %s", qPrintable(m_practice->errorString()));
            return nullptr;
        }
        practice = m_practice.get();
    }
    endSession();
    m_session = std::make_unique<SessionController>(entry->guide, practice, m_controller->language(), m_controller->globalHosts());
    m_controller->setSession(m_session.get());
    return m_session.get();
}

void Application::endSession()
{
    if (!m_session) {
        return;
    }
    // Cookies, cache and downloads go now; storage, IndexedDB, service
    // workers and HTTP authentication live in the off-the-record profile,
    // which goes with the session object.
    m_session->close();
    AppController::wipeClipboard();
    m_controller->setSession(nullptr);
    m_controller->setWipeNotice(true);
    // The session page still shows it while it slides away: the (closed,
    // wiped) object goes once the page is gone.
    SessionController *closed = m_session.release();
    QTimer::singleShot(sessionDisposalDelayMs, closed, &QObject::deleteLater);
}

void Application::setPracticeSiteRoot(const QString &root)
{
    m_practice = std::make_unique<PracticeServer>(root);
}

bool Application::load()
{
    m_engine->loadFromModule("PasAPas", "Main");
    return window() != nullptr;
}

QQuickWindow *Application::window() const
{
    const auto roots = m_engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

} // namespace pasapas
