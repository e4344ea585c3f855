// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QQmlEngine>

namespace pasapas
{

/// Where the photos of papers come from: the tablet's camera, or (in tests)
/// images handed in instead. Photos stay in memory; nothing is written.
class FrameSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the capture")
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)

public:
    using QObject::QObject;

    /// A camera (or a stand-in) can take photos on this tablet.
    [[nodiscard]] virtual bool isAvailable() const = 0;
    [[nodiscard]] virtual bool isActive() const = 0;
    /// Starts and stops the camera (it is on only while the capture screen shows).
    Q_INVOKABLE virtual void start() = 0;
    Q_INVOKABLE virtual void stop() = 0;
    /// Takes one photo: captured() follows, or failed().
    Q_INVOKABLE virtual void capture() = 0;
    /// Shows the live picture in a VideoOutput (nothing for a stand-in).
    Q_INVOKABLE virtual void setViewfinder(QObject *videoOutput) = 0;

Q_SIGNALS:
    void availableChanged();
    void activeChanged();
    void captured(const QImage &photo);
    void failed();
};

} // namespace pasapas
