// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appearance.h"
#include "catalogmodel.h"
#include "desk.h"
#include "kioskcontroller.h"
#include "localization.h"
#include "packchannel.h"
#include "readaloud.h"
#include "sessioncontroller.h"
#include "sessionmanager.h"
#include "studio/repaircontroller.h"
#include "studio/guideeditor.h"
#include "studio/studiocontroller.h"

#include <QObject>
#include <QQmlEngine>

namespace pasapas
{

/// What QML sees of the app, as one singleton: a thin façade over the
/// owners Application builds (the kiosk and its PIN, the language, the
/// appearance, the sessions, the catalog). It holds no state of its own.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(pasapas::KioskController *kiosk READ kiosk CONSTANT)
    Q_PROPERTY(pasapas::Localization *localization READ localization CONSTANT)
    Q_PROPERTY(pasapas::Appearance *appearance READ appearance CONSTANT)
    Q_PROPERTY(pasapas::SessionManager *sessions READ sessions CONSTANT)
    Q_PROPERTY(pasapas::SessionController *session READ session NOTIFY sessionChanged)
    Q_PROPERTY(pasapas::ReadAloud *readAloud READ readAloud CONSTANT)
    Q_PROPERTY(pasapas::GuideCatalogModel *catalog READ catalog CONSTANT)
    Q_PROPERTY(pasapas::CategoryModel *categories READ categories CONSTANT)
    Q_PROPERTY(pasapas::PackChannel *packs READ packs CONSTANT)
    Q_PROPERTY(int guideProblemCount READ guideProblemCount CONSTANT)
    Q_PROPERTY(pasapas::Desk *desk READ desk CONSTANT)
    Q_PROPERTY(pasapas::StudioController *studio READ studio CONSTANT)
    Q_PROPERTY(pasapas::RepairController *repair READ repair CONSTANT)
    Q_PROPERTY(pasapas::GuideEditor *editor READ editor CONSTANT)

public:
    struct Parts {
        KioskController *kiosk = nullptr;
        Localization *localization = nullptr;
        Appearance *appearance = nullptr;
        SessionManager *sessions = nullptr;
        GuideCatalogModel *catalog = nullptr;
        CategoryModel *categories = nullptr;
        PackChannel *packs = nullptr;
        Desk *desk = nullptr;
        const GuideLibrary *library = nullptr; ///< for the count of guides that could not load
        StudioController *studio = nullptr;
        RepairController *repair = nullptr;
        GuideEditor *editor = nullptr;
    };
    /// Not default-constructible: QML must get the instance through create().
    explicit AppController(const Parts &parts, QObject *parent = nullptr);
    ~AppController() override;

    /// The instance QML gets: the one built by Application.
    static AppController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] static QString version();
    [[nodiscard]] KioskController *kiosk() const
    {
        return m_parts.kiosk;
    }
    [[nodiscard]] Localization *localization() const
    {
        return m_parts.localization;
    }
    [[nodiscard]] Appearance *appearance() const
    {
        return m_parts.appearance;
    }
    [[nodiscard]] SessionManager *sessions() const
    {
        return m_parts.sessions;
    }
    [[nodiscard]] SessionController *session() const
    {
        return m_parts.sessions->current();
    }
    [[nodiscard]] Desk *desk() const
    {
        return m_parts.desk;
    }
    /// The guide studio's record screen.
    [[nodiscard]] StudioController *studio() const
    {
        return m_parts.studio;
    }
    /// « Réparer cette étape » during a session.
    [[nodiscard]] RepairController *repair() const
    {
        return m_parts.repair;
    }
    /// The guide studio's editor.
    [[nodiscard]] GuideEditor *editor() const
    {
        return m_parts.editor;
    }
    [[nodiscard]] ReadAloud *readAloud() const
    {
        return m_readAloud.get();
    }
    [[nodiscard]] GuideCatalogModel *catalog() const
    {
        return m_parts.catalog;
    }
    [[nodiscard]] CategoryModel *categories() const
    {
        return m_parts.categories;
    }
    [[nodiscard]] PackChannel *packs() const
    {
        return m_parts.packs;
    }
    /// Read once the interface is loaded (Application::load() waits for the guides).
    [[nodiscard]] int guideProblemCount() const;

    /// Ends the session and, in the kiosk, gives the next person a fresh
    /// start (saved settings, French, empty clipboard).
    Q_INVOKABLE void finishForNextPerson();
    /// Reads the current step aloud in the session language.
    Q_INVOKABLE bool readStep();

Q_SIGNALS:
    void sessionChanged();
    /// The idle countdown ran out: the session was wiped, back to the home screen.
    void idleReset();

private:
    Parts m_parts;
    int m_stepRead = 0; ///< the step last read automatically (its number)
    std::unique_ptr<ReadAloud> m_readAloud = std::make_unique<ReadAloud>();
};

} // namespace pasapas
