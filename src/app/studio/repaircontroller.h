// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementdescription.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <optional>

namespace pasapas
{

class KioskController;
class SessionController;
class SessionManager;

/// « Réparer cette étape » during a session, as QML sees it: a thin glue
/// over repairGuide() (src/core/studio). It puts the session's page bridge
/// in record mode until the mediator confirms or cancels: the element
/// tapped is highlighted and described (its words, never a value). On
/// confirm the guide is repaired, checked by the guide loader and saved as
/// the tablet's local version (<local guides>/<id>/guide.json), and the
/// session goes on from the same step with it. Never in the locked kiosk.
class RepairController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    /// The current step can be repaired now: a session runs, its step has a
    /// target, and the tablet is not the locked kiosk.
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    /// The mediator's PIN is asked first (outside mediator mode, when there is one).
    Q_PROPERTY(bool needsPin READ needsPin NOTIFY availableChanged)
    /// Waiting for the mediator's tap on the page, then for the confirm.
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(bool hasElement READ hasElement NOTIFY elementChanged)
    /// The French words of the element tapped, as on the site (may be empty).
    Q_PROPERTY(QString elementWords READ elementWords NOTIFY elementChanged)
    /// What the element tapped is (the card names it in the interface language).
    Q_PROPERTY(ElementKind elementKind READ elementKind NOTIFY elementChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    /// What kind of control the element tapped is (ControlKind, for QML).
    enum class ElementKind {
        Action, ///< a button, a link
        TextField,
        List,
        Checkbox,
        Radio,
    };
    Q_ENUM(ElementKind)

    RepairController(SessionManager *sessions, KioskController *kiosk, QObject *parent = nullptr);
    ~RepairController() override;

    /// « Réparer cette étape »: the next tap on the page chooses the element
    /// (the page does not react). False when not available.
    Q_INVOKABLE bool begin();
    /// « Annuler »: the session goes on as it was.
    Q_INVOKABLE void cancel();
    /// « Utiliser cet élément »: repaired, checked, saved, and the session
    /// goes on with it. False, with error(), when it could not be saved (nothing is).
    Q_INVOKABLE bool confirm();

    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] bool needsPin() const;
    [[nodiscard]] bool isActive() const
    {
        return !m_session.isNull();
    }
    [[nodiscard]] bool hasElement() const
    {
        return m_element.has_value();
    }
    [[nodiscard]] QString elementWords() const;
    [[nodiscard]] ElementKind elementKind() const;
    [[nodiscard]] QString error() const
    {
        return m_error;
    }

Q_SIGNALS:
    void availableChanged();
    void activeChanged();
    void elementChanged();
    void errorChanged();
    /// A repaired guide was saved in the local guide folder: the catalog must load it again.
    void repaired(const QString &guideId);

private:
    void watchSession();
    void elementRecorded(const QVariantMap &element);
    void finish();
    void setError(const QString &error);

    SessionManager *m_sessions;
    KioskController *m_kiosk;
    QPointer<SessionController> m_watched; ///< the session whose step may be repaired
    QPointer<SessionController> m_session; ///< the session being repaired (while active)
    QString m_stepId;
    std::optional<ElementDescription> m_element;
    QString m_error;
    QList<QMetaObject::Connection> m_connections; ///< to the session being repaired
};

} // namespace pasapas
