// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QLocale>
#include <QStringList>
#include <QtPlugin>

#include <functional>
#include <memory>

class QObject;

namespace pasapas
{

/// One speech engine of Qt TextToSpeech, seen through plain calls (ReadAloud
/// drives it). Voices are named within their language.
class SpeechEngine
{
public:
    virtual ~SpeechEngine() = default;

    [[nodiscard]] virtual QString name() const = 0;
    /// The engine is in its error state (it cannot speak).
    [[nodiscard]] virtual bool isBroken() const = 0;
    [[nodiscard]] virtual bool isSpeaking() const = 0;
    /// The names of the voices of a language (empty: none).
    [[nodiscard]] virtual QStringList voices(QLocale::Language language) const = 0;
    /// Speaks with that voice from now on (nothing when it already does).
    virtual void setVoice(QLocale::Language language, const QString &voice) = 0;
    virtual void setRate(double rate) = 0;
    /// Queues a text; returns its id, as onAboutToSynthesize gives it back.
    virtual qsizetype enqueue(const QString &text) = 0;
    virtual void stop() = 0;

    std::function<void()> onStateChanged;
    std::function<void(qsizetype id)> onAboutToSynthesize;
};

/// The tablet's camera through Qt Multimedia (CameraSource drives it): the
/// photo is taken into memory, never into a file.
class CameraDevice
{
public:
    virtual ~CameraDevice() = default;

    [[nodiscard]] virtual bool isAvailable() const = 0;
    [[nodiscard]] virtual bool isActive() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0;
    /// Takes one photo: onCaptured follows, or onFailed.
    virtual void capture() = 0;
    /// Shows the live picture in a VideoOutput item.
    virtual void setViewfinder(QObject *videoOutput) = 0;

    std::function<void()> onAvailableChanged;
    std::function<void()> onActiveChanged;
    std::function<void(const QImage &photo)> onCaptured;
    std::function<void()> onFailed;
};

/// Qt Multimedia and Qt TextToSpeech, in a plugin of their own
/// (pasapas/pasapas_media): Qt Multimedia loads the sound servers' client
/// libraries as it is mapped, so it is mapped only when a step is first read
/// aloud or the camera first asked about.
class MediaInterface
{
public:
    virtual ~MediaInterface() = default;

    /// The speech engines installed (Qt TextToSpeech's plugins).
    [[nodiscard]] virtual QStringList speechEngines() const = 0;
    [[nodiscard]] virtual std::unique_ptr<SpeechEngine> makeSpeechEngine(const QString &engine) = 0;
    [[nodiscard]] virtual std::unique_ptr<CameraDevice> makeCamera() = 0;
};

} // namespace pasapas

#define PasAPasMediaInterface_iid "org.pasapas.MediaInterface/1.0"
Q_DECLARE_INTERFACE(pasapas::MediaInterface, PasAPasMediaInterface_iid)
