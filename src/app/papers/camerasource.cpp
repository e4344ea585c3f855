// SPDX-License-Identifier: GPL-3.0-or-later
#include "camerasource.h"
#include "appplugins.h"
#include "mediainterface.h"

namespace pasapas
{

CameraSource::CameraSource(QObject *parent)
    : FrameSource(parent)
{
}

CameraSource::~CameraSource()
{
    if (m_device) {
        m_device->onActiveChanged = {};
        m_device->stop();
    }
}

CameraDevice *CameraSource::device() const
{
    if (m_asked) {
        return m_device.get();
    }
    m_asked = true;
    auto *media = appPluginAs<MediaInterface>(mediaPlugin.toString());
    if (!media) {
        return nullptr;
    }
    m_device = media->makeCamera();
    auto *self = const_cast<CameraSource *>(this);
    m_device->onAvailableChanged = [self] {
        Q_EMIT self->availableChanged();
    };
    m_device->onActiveChanged = [self] {
        Q_EMIT self->activeChanged();
    };
    m_device->onCaptured = [self](const QImage &photo) {
        Q_EMIT self->captured(photo);
    };
    m_device->onFailed = [self] {
        Q_EMIT self->failed();
    };
    return m_device.get();
}

bool CameraSource::isAvailable() const
{
    return device() && m_device->isAvailable();
}

bool CameraSource::isActive() const
{
    return m_device && m_device->isActive();
}

void CameraSource::start()
{
    if (device()) {
        m_device->start();
    }
}

void CameraSource::stop()
{
    if (m_device) {
        m_device->stop();
    }
}

void CameraSource::capture()
{
    if (!m_device) {
        Q_EMIT failed();
        return;
    }
    m_device->capture();
}

void CameraSource::setViewfinder(QObject *videoOutput)
{
    if (device()) {
        m_device->setViewfinder(videoOutput);
    }
}

} // namespace pasapas
