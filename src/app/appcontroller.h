// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modes.h"

#include <QObject>
#include <QQmlEngine>

namespace pasapas
{

/// Application-wide state handed to QML: the mode the tablet is in and what
/// the command line asked for. QML renders it; it holds no page logic.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ modeKey NOTIFY modeChanged)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    /// Not default-constructible: QML must get the instance through create().
    explicit AppController(Mode mode, QObject *parent = nullptr);
    ~AppController() override;

    /// The instance QML gets: the one built by Application.
    static AppController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] Mode mode() const
    {
        return m_mode;
    }
    [[nodiscard]] QString modeKey() const;
    void setMode(Mode mode);
    /// Switches mode from QML ("accompanied", "mediator", "self-service").
    Q_INVOKABLE bool enterMode(const QString &key);

    [[nodiscard]] static QString version();

Q_SIGNALS:
    void modeChanged();

private:
    Mode m_mode = Mode::Accompanied;
};

} // namespace pasapas
