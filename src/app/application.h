// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogmodel.h"
#include "commandline.h"
#include "guidelibrary.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace pasapas
{

class AppController;
class KioskGuard;
class PracticeServer;
class SessionController;

/// Builds and wires the object graph of the app (controllers, QML engine).
/// main() and the tests build the same graph through this class.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(const CommandLine &commandLine, QObject *parent = nullptr);
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
    [[nodiscard]] QQuickWindow *window() const;
    [[nodiscard]] const GuideLibrary &library() const
    {
        return m_library;
    }
    [[nodiscard]] GuideCatalogModel *catalog() const
    {
        return m_catalog.get();
    }
    [[nodiscard]] SessionController *session() const
    {
        return m_session.get();
    }
    /// Starts a guide's session (and the practice site when the guide uses it).
    SessionController *startSession(const QString &guideId);
    /// Ends the session and wipes it: the browser profile, the documents
    /// folder and the clipboard; the session object goes once its page is gone.
    void endSession();
    /// How long an ended session object waits for its page to go.
    static constexpr int sessionDisposalDelayMs = 2000;
    /// Serves the practice site from another folder (tests, authors of practice pages).
    void setPracticeSiteRoot(const QString &root);
    [[nodiscard]] PracticeServer *practiceServer() const
    {
        return m_practice.get();
    }

    /// QML warnings and errors seen since the engine was created.
    [[nodiscard]] QStringList qmlWarnings() const
    {
        return m_warnings;
    }

private:
    CommandLine m_commandLine;
    GuideLibrary m_library;
    std::unique_ptr<GuideCatalogModel> m_catalog;
    std::unique_ptr<CategoryModel> m_categories;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<PracticeServer> m_practice;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<KioskGuard> m_guard;
    QStringList m_warnings;
};

/// Where the bundled guides live (compiled into the app's resources).
[[nodiscard]] QString bundledGuidesDir();

/// Sets the application's name, version and style. Call once after QGuiApplication.
void setupApplicationIdentity();
/// Only the name and version, which say where the settings are (no GUI needed).
void setupSettingsIdentity();

} // namespace pasapas
