// SPDX-License-Identifier: GPL-3.0-or-later
#include "camerasource.h"
#include "logging.h"

#include <QCamera>
#include <QImageCapture>
#include <QVideoFrame>

namespace pasapas
{

CameraSource::CameraSource(QObject *parent)
    : FrameSource(parent)
{
}

CameraSource::~CameraSource()
{
    stop();
}

bool CameraSource::isAvailable() const
{
    if (!m_devices) {
        m_devices = std::make_unique<QMediaDevices>();
        auto *self = const_cast<CameraSource *>(this);
        connect(m_devices.get(), &QMediaDevices::videoInputsChanged, self, &FrameSource::availableChanged);
    }
    return !QMediaDevices::videoInputs().isEmpty();
}

bool CameraSource::isActive() const
{
    return m_camera && m_camera->isActive();
}

void CameraSource::start()
{
    if (m_camera || !isAvailable()) {
        return;
    }
    if (!m_session) {
        m_session = std::make_unique<QMediaCaptureSession>();
    }
    m_camera = std::make_unique<QCamera>(QMediaDevices::defaultVideoInput());
    m_imageCapture = std::make_unique<QImageCapture>();
    m_session->setCamera(m_camera.get());
    m_session->setImageCapture(m_imageCapture.get());
    m_session->setVideoOutput(m_viewfinder);
    // The full picture, in memory; the preview of imageCaptured is only a smaller copy.
    connect(m_imageCapture.get(), &QImageCapture::imageAvailable, this, [this](int, const QVideoFrame &frame) {
        const QImage photo = frame.toImage();
        if (photo.isNull()) {
            Q_EMIT failed();
        } else {
            Q_EMIT captured(photo);
        }
    });
    connect(m_imageCapture.get(), &QImageCapture::errorOccurred, this, [this](int, QImageCapture::Error, const QString &message) {
        qCWarning(lcApp, "camera: %s", qPrintable(message));
        Q_EMIT failed();
    });
    connect(m_camera.get(), &QCamera::activeChanged, this, &FrameSource::activeChanged);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        qCWarning(lcApp, "camera: %s", qPrintable(message));
        Q_EMIT failed();
    });
    m_camera->start();
}

void CameraSource::stop()
{
    if (!m_camera) {
        return;
    }
    m_camera->stop();
    m_session->setCamera(nullptr);
    m_session->setImageCapture(nullptr);
    m_imageCapture.reset();
    m_camera.reset();
    Q_EMIT activeChanged();
}

void CameraSource::capture()
{
    if (!m_imageCapture || !m_imageCapture->isReadyForCapture()) {
        Q_EMIT failed();
        return;
    }
    m_imageCapture->capture();
}

void CameraSource::setViewfinder(QObject *videoOutput)
{
    m_viewfinder = videoOutput;
    if (m_session) {
        m_session->setVideoOutput(videoOutput);
    }
}

} // namespace pasapas
