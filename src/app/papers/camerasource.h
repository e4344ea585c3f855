// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framesource.h"

#include <memory>

namespace pasapas
{

class CameraDevice;

/// The tablet's camera through Qt Multimedia, in the media plugin (loaded
/// when the camera is first asked about, not with every session): the photo
/// is taken into memory (QImageCapture::capture, never captureToFile), so no
/// image or thumbnail is written by Qt or the media back-end. Without the
/// plugin, there is no camera to offer.
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
    /// The plugin's camera, made at the first question; null without the plugin.
    CameraDevice *device() const;

    mutable std::unique_ptr<CameraDevice> m_device;
    mutable bool m_asked = false;
};

} // namespace pasapas
