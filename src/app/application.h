// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogmodel.h"
#include "commandline.h"
#include "guidelibrary.h"

#include <QObject>
#include <QStringList>
#include <future>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace pasapas
{

class AppController;
class Desk;
class Journal;
class JournalRecorder;
class Appearance;
class KioskController;
class KioskGuard;
class PackChannel;
class Localization;
class Preferences;
class PracticeServer;
class SessionController;
class SessionManager;
class StudioController;
class RepairController;
class GuideEditor;

/// Builds and wires the object graph of the app: the preferences and their
/// owners (kiosk, language, appearance), the sessions, the catalog, the QML
/// engine. main() and the tests build the same graph through this class.
class Application : public QObject
{
    Q_OBJECT

public:
    /// guides: what startLoadingGuides() began, when main() began it
    /// before the application object existed; else the guides start loading here.
    explicit Application(const CommandLine &commandLine, std::future<GuideLibrary> guides = {}, QObject *parent = nullptr);
    /// Starts loading the guides in a thread of their own. main() calls it
    /// before it makes QGuiApplication, so that they load meanwhile (issue
    /// 16); the settings identity must be set first (setupSettingsIdentity()).
    [[nodiscard]] static std::future<GuideLibrary> startLoadingGuides(const CommandLine &commandLine, const QString &packGuidesDir);
    ~Application() override;

    /// Loads Main.qml. Returns false (with errors()) when the window could not be made.
    bool load();

    [[nodiscard]] QQmlApplicationEngine *engine() const
    {
        return m_engine.get();
    }
    [[nodiscard]] AppController *controller() const
    {
        return m_controller.get();
    }
    [[nodiscard]] KioskController *kiosk() const
    {
        return m_kiosk.get();
    }
    [[nodiscard]] Localization *localization() const
    {
        return m_localization.get();
    }
    [[nodiscard]] Appearance *appearance() const
    {
        return m_appearance.get();
    }
    [[nodiscard]] SessionManager *sessions() const
    {
        return m_sessions.get();
    }
    [[nodiscard]] Preferences *preferences() const
    {
        return m_preferences.get();
    }
    [[nodiscard]] Journal *journal() const
    {
        return m_journal.get();
    }
    [[nodiscard]] Desk *desk() const
    {
        return m_desk.get();
    }
    [[nodiscard]] QQuickWindow *window() const;
    /// The guides (waits for their loading at start when it is not over).
    [[nodiscard]] const GuideLibrary &library()
    {
        awaitGuides();
        return m_library;
    }
    [[nodiscard]] GuideCatalogModel *catalog() const
    {
        return m_catalog.get();
    }
    [[nodiscard]] StudioController *studio() const
    {
        return m_studio.get();
    }
    [[nodiscard]] RepairController *repair() const
    {
        return m_repair.get();
    }
    [[nodiscard]] GuideEditor *editor() const
    {
        return m_editor.get();
    }
    [[nodiscard]] PackChannel *packs() const
    {
        return m_packs.get();
    }
    /// Loads the guides again (after a pack was installed or rolled back).
    /// A session in progress keeps its own copy of its guide until it ends.
    void reloadGuides();
    /// The running session, or null.
    [[nodiscard]] SessionController *session() const;
    /// Starts a guide's session (and the practice site when the guide uses it).
    SessionController *startSession(const QString &guideId);
    /// Ends the session and wipes it.
    void endSession();
    /// Serves the practice site from another folder (tests, authors of practice pages).
    void setPracticeSiteRoot(const QString &root);
    [[nodiscard]] PracticeServer *practiceServer() const;

    /// QML warnings and errors seen since the engine was created.
    [[nodiscard]] QStringList qmlWarnings() const
    {
        return m_warnings;
    }

private:
    void wire();
    /// Takes the guides startLoadingGuides() loaded, when it was not done yet.
    void awaitGuides();
    /// Gives malloc's free heap back a moment after the first frame, and after a session starts, first highlights, ends or goes.
    void trimHeapWhenQuiet(QQuickWindow *shown);

    CommandLine m_commandLine;
    GuideLibrary m_library;
    std::future<GuideLibrary> m_pendingGuides; ///< the guides being loaded, until awaitGuides()
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<PackChannel> m_packs;
    std::unique_ptr<Localization> m_localization;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<KioskController> m_kiosk;
    std::unique_ptr<GuideCatalogModel> m_catalog;
    std::unique_ptr<CategoryModel> m_categories;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<StudioController> m_studio;
    std::unique_ptr<RepairController> m_repair;
    std::unique_ptr<GuideEditor> m_editor;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<JournalRecorder> m_recorder;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<KioskGuard> m_guard;
    QStringList m_warnings;
};

/// Where the bundled guides live (compiled into the app's resources).
[[nodiscard]] QString bundledGuidesDir();
/// The mediator's local repairs: guide folders copied into AppDataLocation
/// + "/local-guides" replace the signed pack's and the bundled ones, and
/// those of --guides DIR. The folder may not exist.
[[nodiscard]] QString localRepairDir();

/// Sets the application's name, version and style. Call once after QGuiApplication.
void setupApplicationIdentity();
/// Side of Qt Quick's atlas of small images, in pixels (limitTextureAtlas()).
inline constexpr int textureAtlasSide = 512;
/// Keeps Qt Quick's atlas of small images to textureAtlasSide² pixels (1 MiB)
/// unless QSG_ATLAS_WIDTH or QSG_ATLAS_HEIGHT say otherwise. Called by
/// setupApplicationIdentity(), before the first window is drawn.
void limitTextureAtlas();
/// Only the name and version, which say where the settings are (no GUI needed).
void setupSettingsIdentity();

} // namespace pasapas
