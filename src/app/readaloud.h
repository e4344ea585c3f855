// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QLocale>
#include <QQmlEngine>
#include <QStringList>
#include <memory>


namespace pasapas
{

class SpeechEngine;

/// Reads steps aloud with Qt TextToSpeech (speech-dispatcher and espeak-ng
/// voices on Linux), in the media plugin loaded at the first reading, with
/// the voice chosen by language. Says plainly when
/// a language has no voice on this tablet.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    /// The voice names available for a language (empty: none).
    [[nodiscard]] QStringList voicesFor(const QString &language);
    /// Reads text in the language at the rate (-1…1). False, with problem(), when it cannot.
    Q_INVOKABLE bool speak(const QString &text, const QString &language, double rate = 0);
    Q_INVOKABLE void stop();
    [[nodiscard]] bool isSpeaking() const;
    /// A plain message for the person when reading is impossible; empty otherwise.
    [[nodiscard]] QString problem() const
    {
        return m_problem;
    }
    /// When muted, speak() chooses the voice and reports it but makes no sound
    /// (a quiet room; and tests on machines without a sound card).
    void setMuted(bool muted)
    {
        m_muted = muted;
    }
    /// The speech engine in use ("speechd", …), empty when none.
    [[nodiscard]] QString engineName() const;

Q_SIGNALS:
    void speakingChanged();
    void problemChanged();
    /// A text is about to be read: what, in which language, with which voice.
    void spoken(const QString &text, const QString &language, const QString &voice);
    /// Just before the engine speaks one piece of it (the site's French words
    /// are pieces of their own, read with a French voice).
    void partSpoken(const QString &text, const QString &language, const QString &voice);

private:
    bool ensureEngine();
    [[nodiscard]] QStringList voicesOf(const QString &language) const;
    void onAboutToSynthesize(qsizetype id);
    struct Queued {
        QString text;
        QString language;
        QString voice;
    };
    QList<Queued> m_queued; ///< what is being read, piece by piece
    QHash<qsizetype, qsizetype> m_ids; ///< engine utterance id → index in m_queued
    void setProblem(const QString &problem);

    std::unique_ptr<SpeechEngine> m_speech;
    QString m_problem;
    bool m_muted = false;
};

} // namespace pasapas
