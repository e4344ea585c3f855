// SPDX-License-Identifier: GPL-3.0-or-later
// Speech and the camera (see mediainterface.h): loaded when a step is first
// read aloud or the camera first asked about.
#include "mediainterface.h"

#include <QCamera>
#include <QImageCapture>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QTextToSpeech>
#include <QVideoFrame>
#include <QVoice>

namespace pasapas
{

namespace
{
Q_LOGGING_CATEGORY(lcMedia, "pasapas.app")

class Speech : public SpeechEngine
{
public:
    explicit Speech(const QString &engine)
        : m_speech(engine)
    {
        QObject::connect(&m_speech, &QTextToSpeech::stateChanged, &m_speech, [this] {
            if (onStateChanged) {
                onStateChanged();
            }
        });
        QObject::connect(&m_speech, &QTextToSpeech::aboutToSynthesize, &m_speech, [this](qsizetype id) {
            if (onAboutToSynthesize) {
                onAboutToSynthesize(id);
            }
        });
    }

    QString name() const override
    {
        return m_speech.engine();
    }
    bool isBroken() const override
    {
        return m_speech.state() == QTextToSpeech::Error;
    }
    bool isSpeaking() const override
    {
        return m_speech.state() == QTextToSpeech::Speaking;
    }
    QStringList voices(QLocale::Language language) const override
    {
        QStringList names;
        for (const QVoice &voice : m_speech.findVoices(language)) {
            names.append(voice.name());
        }
        return names;
    }
    void setVoice(QLocale::Language language, const QString &name) override
    {
        if (m_speech.voice().name() == name && m_speech.voice().language() == language) {
            return;
        }
        for (const QVoice &voice : m_speech.findVoices(language)) {
            if (voice.name() == name) {
                m_speech.setVoice(voice);
                return;
            }
        }
    }
    void setRate(double rate) override
    {
        m_speech.setRate(rate);
    }
    qsizetype enqueue(const QString &text) override
    {
        return m_speech.enqueue(text);
    }
    void stop() override
    {
        m_speech.stop();
    }

private:
    QTextToSpeech m_speech;
};

class Camera : public CameraDevice
{
public:
    Camera()
    {
        QObject::connect(&m_devices, &QMediaDevices::videoInputsChanged, &m_devices, [this] {
            if (onAvailableChanged) {
                onAvailableChanged();
            }
        });
    }
    ~Camera() override
    {
        stop();
    }

    bool isAvailable() const override
    {
        return !QMediaDevices::videoInputs().isEmpty();
    }
    bool isActive() const override
    {
        return m_camera && m_camera->isActive();
    }
    void start() override
    {
        if (m_camera || !isAvailable()) {
            return;
        }
        m_camera = std::make_unique<QCamera>(QMediaDevices::defaultVideoInput());
        m_imageCapture = std::make_unique<QImageCapture>();
        m_session.setCamera(m_camera.get());
        m_session.setImageCapture(m_imageCapture.get());
        m_session.setVideoOutput(m_viewfinder);
        // The full picture, in memory; the preview of imageCaptured is only a smaller copy.
        QObject::connect(m_imageCapture.get(), &QImageCapture::imageAvailable, m_imageCapture.get(), [this](int, const QVideoFrame &frame) {
            const QImage photo = frame.toImage();
            photo.isNull() ? fail() : onCaptured(photo);
        });
        QObject::connect(m_imageCapture.get(), &QImageCapture::errorOccurred, m_imageCapture.get(), [this](int, QImageCapture::Error, const QString &message) {
            qCWarning(lcMedia, "camera: %s", qPrintable(message));
            fail();
        });
        QObject::connect(m_camera.get(), &QCamera::activeChanged, m_camera.get(), [this] {
            onActiveChanged();
        });
        QObject::connect(m_camera.get(), &QCamera::errorOccurred, m_camera.get(), [this](QCamera::Error, const QString &message) {
            qCWarning(lcMedia, "camera: %s", qPrintable(message));
            fail();
        });
        m_camera->start();
    }
    void stop() override
    {
        if (!m_camera) {
            return;
        }
        m_camera->stop();
        m_session.setCamera(nullptr);
        m_session.setImageCapture(nullptr);
        m_imageCapture.reset();
        m_camera.reset();
        onActiveChanged();
    }
    void capture() override
    {
        if (!m_imageCapture || !m_imageCapture->isReadyForCapture()) {
            fail();
            return;
        }
        m_imageCapture->capture();
    }
    void setViewfinder(QObject *videoOutput) override
    {
        m_viewfinder = videoOutput;
        m_session.setVideoOutput(videoOutput);
    }

private:
    void fail()
    {
        onFailed();
    }

    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QImageCapture> m_imageCapture;
    QObject *m_viewfinder = nullptr;
};
} // namespace

class MediaPlugin : public QObject, public MediaInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PasAPasMediaInterface_iid)
    Q_INTERFACES(pasapas::MediaInterface)

public:
    QStringList speechEngines() const override
    {
        return QTextToSpeech::availableEngines();
    }
    std::unique_ptr<SpeechEngine> makeSpeechEngine(const QString &engine) override
    {
        return std::make_unique<Speech>(engine);
    }
    std::unique_ptr<CameraDevice> makeCamera() override
    {
        return std::make_unique<Camera>();
    }
};

} // namespace pasapas

#include "mediaplugin.moc"
