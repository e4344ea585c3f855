// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framesource.h"

#include <QMediaCaptureSession>
#include <QMediaDevices>

#include <memory>

class QCamera;
class QImageCapture;

namespace pasapas
{

/// The tablet's camera through Qt Multimedia: the photo is taken into
/// memory (QImageCapture::capture, never captureToFile), so no image or
/// thumbnail is written by Qt or the media back-end. Qt Multimedia starts
/// only when the camera is first asked about, not with every session.
class CameraSource : public FrameSource
{
    Q_OBJECT

public:
    explicit CameraSource(QObject *parent = nullptr);
    ~CameraSource() override;

    [[nodiscard]] bool isAvailable() const override;
    [[nodiscard]] bool isActive() const override;
    void start() override;
    void stop() override;
    void capture() override;
    void setViewfinder(QObject *videoOutput) override;

private:
    mutable std::unique_ptr<QMediaDevices> m_devices; ///< made at the first question
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QImageCapture> m_imageCapture;
    QObject *m_viewfinder = nullptr;
};

} // namespace pasapas
