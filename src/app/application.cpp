// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "logging.h"
#include "pasapas_version.h"
#include "appcontroller.h"
#include "appearance.h"
#include "desk.h"
#include "heaptrim.h"
#include "journal.h"
#include "journalrecorder.h"
#include "kioskcontroller.h"
#include "localization.h"
#include "preferences.h"
#include "sessionmanager.h"
#include "kioskguard.h"
#include "practiceserver.h"
#include "sessioncontroller.h"
#include "sessionfolder.h"
#include "packchannel.h"
#include "paperimages.h"
#include "studio/repaircontroller.h"
#include "studio/guideeditor.h"
#include "studio/studiocontroller.h"

#include <QDir>
#include <QStandardPaths>

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

QString localRepairDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/local-guides"_s;
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
    limitTextureAtlas();
}

void limitTextureAtlas()
{
    // Qt Quick sizes the atlas of small images to the window (2048 × 1024
    // pixels, 8 MiB, for a 1280 × 800 tablet) although the app's icons and
    // pictograms fill a small part of it; an image that does not fit gets a
    // texture of its own size. A value set outside the app wins.
    for (const char *name : {"QSG_ATLAS_WIDTH", "QSG_ATLAS_HEIGHT"}) {
        if (qEnvironmentVariableIsEmpty(name)) {
            qputenv(name, QByteArray::number(textureAtlasSide));
        }
    }
}

namespace
{
std::unique_ptr<Preferences> makePreferences()
{
    auto preferences = std::make_unique<Preferences>();
    // pasapasrc is the app's main configuration, which KConfig keeps for the
    // whole process: read the file again, another process (pasapas
    // --reset-pin) may have changed it since.
    preferences->config()->reparseConfiguration();
    preferences->load();
    return preferences;
}
} // namespace

Application::Application(const CommandLine &commandLine, std::future<GuideLibrary> guides, QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_preferences(makePreferences())
    , m_packs(std::make_unique<PackChannel>(m_preferences.get(), PackStore::defaultRoot()))
    , m_localization(std::make_unique<Localization>())
    , m_appearance(std::make_unique<Appearance>(m_preferences.get()))
    , m_kiosk(std::make_unique<KioskController>(m_preferences.get(), commandLine.mode))
    , m_engine(std::make_unique<QQmlApplicationEngine>())
{
    // A session the app could not end (a crash, a power cut) is wiped now.
    const QStringList leftovers = removeLeftoverSessionFolders();
    if (!leftovers.isEmpty()) {
        qCInfo(lcKiosk, "removed %d session folder(s) left by an earlier run", int(leftovers.size()));
        wipeClipboard();
    }
    // The home screen needs no guide: they load meanwhile, off this thread
    // (from main() on, before QGuiApplication); load() (or whatever needs them first) waits for them.
    m_pendingGuides = guides.valid() ? std::move(guides) : startLoadingGuides(commandLine, m_packs->guidesDir());
    // A start straight into a guide searches nothing until the session
    // ends: the search index waits until then (see wire()).
    const auto indexing = commandLine.startGuide.isEmpty() ? GuideCatalogModel::Indexing::AtOnce : GuideCatalogModel::Indexing::OnFirstSearch;
    m_catalog = std::make_unique<GuideCatalogModel>(&m_library, nullptr, indexing);
    m_categories = std::make_unique<CategoryModel>(&m_library);
    m_sessions = std::make_unique<SessionManager>(&m_library, m_localization.get(), m_kiosk.get());
    // Opened once the first frame is drawn (see load()): SQLite is not needed to draw it.
    m_journal = std::make_unique<Journal>(Journal::defaultPath(), QDateTime::currentDateTimeUtc(), Journal::Opening::OnFirstUse);
    m_desk = std::make_unique<Desk>(m_journal.get(), m_preferences.get(), &m_library);
    m_studio = std::make_unique<StudioController>(&m_library, m_kiosk.get());
    m_repair = std::make_unique<RepairController>(m_sessions.get(), m_kiosk.get());
    m_editor = std::make_unique<GuideEditor>(&m_library, m_kiosk.get(), m_sessions.get());
    m_controller = std::make_unique<AppController>(AppController::Parts{m_kiosk.get(),
                                                                        m_localization.get(),
                                                                        m_appearance.get(),
                                                                        m_sessions.get(),
                                                                        m_catalog.get(),
                                                                        m_categories.get(),
                                                                        m_packs.get(),
                                                                        m_desk.get(),
                                                                        &m_library,
                                                                        m_studio.get(),
                                                                        m_repair.get(),
                                                                        m_editor.get()});
    wire();
    m_localization->setQmlEngine(m_engine.get());
    m_engine->addImageProvider(QStringLiteral("papers"), new PaperImages(m_sessions.get()));
    m_appearance->apply();
    m_catalog->setLanguage(m_localization->language());
    if (!commandLine.language.isEmpty()) {
        m_localization->setLanguage(commandLine.language);
    }
    if (!commandLine.startGuide.isEmpty() && !startSession(commandLine.startGuide)) {
        qCWarning(lcApp, "no guide \"%s\" to start; showing the home screen", qPrintable(commandLine.startGuide));
        m_catalog->prepareSearch();
    }
    QObject::connect(m_engine.get(), &QQmlEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings) {
            m_warnings.append(warning.toString());
        }
    });
}

void Application::wire()
{
    m_guard = std::make_unique<KioskGuard>(m_controller.get());
    QCoreApplication::instance()->installEventFilter(m_guard.get());
    // A kiosk person's choices are not saved; when they leave, the next
    // person starts from the mediator's settings, in French, with an empty clipboard.
    const auto followMode = [this] {
        m_appearance->setSaving(m_kiosk->mode() != Mode::SelfService);
    };
    followMode();
    connect(m_kiosk.get(), &KioskController::modeChanged, this, followMode);
    connect(m_kiosk.get(), &KioskController::handOver, this, [this] {
        m_appearance->reload();
        m_localization->setLanguage(QStringLiteral("fr"));
        wipeClipboard();
    });
    connect(m_sessions.get(), &SessionManager::currentChanged, this, [this] {
        if (!m_sessions->current()) {
            m_catalog->prepareSearch(); // back to the home screen, where search is
        }
    });
    connect(m_packs.get(), &PackChannel::guidesChanged, this, &Application::reloadGuides);
    // A guide the studio saved shows in the catalog at once.
    connect(m_studio.get(), &StudioController::localGuidesChanged, this, &Application::reloadGuides);
    // A step repaired during a session: the catalog shows the local version at once.
    connect(m_repair.get(), &RepairController::repaired, this, &Application::reloadGuides);
    connect(m_editor.get(), &GuideEditor::localGuidesChanged, this, &Application::reloadGuides);
    connect(m_localization.get(), &Localization::languageChanged, m_editor.get(), &GuideEditor::completionNamesChanged);
    // Each session leaves one anonymous row in the activity journal.
    m_recorder = std::make_unique<JournalRecorder>(JournalRecorder::Parts{m_journal.get(),
                                                                          m_sessions.get(),
                                                                          m_kiosk.get(),
                                                                          m_localization.get(),
                                                                          m_appearance.get(),
                                                                          m_controller->readAloud()});
    connect(m_recorder.get(), &JournalRecorder::recorded, m_desk.get(), &Desk::refresh);
    m_desk->setLanguage(m_localization->language());
    connect(m_localization.get(), &Localization::languageChanged, this, [this] {
        m_desk->setLanguage(m_localization->language());
        m_categories->refresh();
        m_catalog->setLanguage(m_localization->language());
    });
}

std::future<GuideLibrary> Application::startLoadingGuides(const CommandLine &commandLine, const QString &packGuidesDir)
{
    QStringList localDirs = commandLine.guideDirs;
    if (QDir(localRepairDir()).exists()) {
        // Last, so it wins: a step repaired on this tablet (version + 1 of the
        // guide it had) stays repaired after a restart, a --guides DIR's guide too.
        localDirs.append(localRepairDir());
    }
    // Checked guides are kept between starts; a changed guide or app version is loaded again.
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/catalog"_s;
    const QString version = QCoreApplication::applicationVersion();
    return std::async(std::launch::async, [localDirs, cacheDir, version, packDir = packGuidesDir] {
        GuideLibrary library;
        library.setCache(cacheDir, version);
        library.load(bundledGuidesDir(), localDirs, packDir);
        return library;
    });
}

void Application::awaitGuides()
{
    if (!m_pendingGuides.valid()) {
        return;
    }
    m_library = m_pendingGuides.get();
    for (const Diagnostic &diagnostic : m_library.diagnostics()) {
        qCInfo(lcGuides, "%s", qPrintable(diagnostic.toString()));
    }
    if (m_catalog) { // at start the models are made afterwards
        m_catalog->refresh();
        m_categories->refresh();
    }
}

void Application::reloadGuides()
{
    m_pendingGuides = startLoadingGuides(m_commandLine, m_packs->guidesDir());
    awaitGuides();
}

Application::~Application()
{
    // The engine's objects refer to the controller, models and session: delete them first.
    QCoreApplication::instance()->removeEventFilter(m_guard.get());
    m_engine.reset();
    m_sessions.reset();
    m_recorder.reset();
}

SessionController *Application::session() const
{
    return m_sessions->current();
}

SessionController *Application::startSession(const QString &guideId)
{
    awaitGuides();
    return m_sessions->start(guideId);
}

void Application::endSession()
{
    m_sessions->end();
}

void Application::setPracticeSiteRoot(const QString &root)
{
    m_sessions->setPracticeSiteRoot(root);
    m_studio->setPracticeSiteRoot(root);
}

PracticeServer *Application::practiceServer() const
{
    return m_sessions->practiceServer();
}

bool Application::load()
{
    // A start straight into a guide: the home page is made after its first
    // step shows, under the session page (Main.qml, issue 16).
    m_engine->setInitialProperties({{u"startsInSession"_s, session() != nullptr}});
    m_engine->loadFromModule("PasAPas", "Main");
    // Before the first frame, and so before anyone can open the catalog.
    awaitGuides();
    QQuickWindow *shown = window();
    if (shown) {
        // Said once, for whoever watches a kiosk start (its journal, e2e-cage).
        connect(
            shown,
            &QQuickWindow::frameSwapped,
            this,
            [this] {
                qCInfo(lcApp, "first frame drawn, in %s mode", qPrintable(modeKey(m_kiosk->mode())));
                // Now, rather than at the end of the first session (on the way to a fresh home screen).
                // A start straight into a guide leaves it to the session's end, which writes its row:
                // its page's load shares this thread with Chromium's browser side, and SQLite would
                // stay mapped the whole session for nothing (4-14 ms, 1.75 MiB; issue 16).
                if (!session()) {
                    QTimer::singleShot(0, this, [this] {
                        (void)m_journal->isOpen();
                    });
                }
            },
            Qt::SingleShotConnection);
        trimHeapWhenQuiet(shown);
    }
    return shown != nullptr;
}

void Application::trimHeapWhenQuiet(QQuickWindow *shown)
{
    // What the start, a session's first page and the session itself leave
    // free in malloc's heaps goes back to the system (issue 16: ~18 MiB of a
    // cold `--start`).
    auto *trimmer = new HeapTrimmer(2000, this);
    const auto watch = [trimmer](SessionController *session) {
        if (!session) {
            return; // ended: what it held goes when it is destroyed, below
        }
        trimmer->soon();
        connect(session, &SessionController::targetRectChanged, trimmer, &HeapTrimmer::soon, Qt::SingleShotConnection);
        // With its browser profile, SessionManager::teardownDelayMs after its end.
        connect(session, &QObject::destroyed, trimmer, &HeapTrimmer::soon);
    };
    connect(shown, &QQuickWindow::frameSwapped, trimmer, &HeapTrimmer::soon, Qt::SingleShotConnection);
    connect(m_sessions.get(), &SessionManager::currentChanged, trimmer, [this, watch] {
        watch(m_sessions->current());
    });
    watch(m_sessions->current());
}

QQuickWindow *Application::window() const
{
    const auto roots = m_engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

} // namespace pasapas
