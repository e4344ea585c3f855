// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaloud.h"

#include <QLocale>
#include <QTextToSpeech>
#include <QVoice>

using namespace Qt::StringLiterals;

namespace pasapas
{

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
}

ReadAloud::~ReadAloud() = default;

bool ReadAloud::ensureEngine()
{
    if (m_speech) {
        return m_speech->state() != QTextToSpeech::Error;
    }
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        setProblem(tr("La lecture à voix haute n'est pas installée sur cette tablette."));
        return false;
    }
    // speech-dispatcher gives the espeak-ng voices of every language.
    const QString engine = engines.contains(u"speechd"_s) ? u"speechd"_s : engines.constFirst();
    m_speech = std::make_unique<QTextToSpeech>(engine);
    connect(m_speech.get(), &QTextToSpeech::stateChanged, this, &ReadAloud::speakingChanged);
    return m_speech->state() != QTextToSpeech::Error;
}

QString ReadAloud::engineName() const
{
    return m_speech ? m_speech->engine() : QString();
}

QStringList ReadAloud::voicesFor(const QString &language)
{
    QStringList names;
    if (!ensureEngine()) {
        return names;
    }
    const QString code = language == u"prs" ? u"fa"_s : language.section(u'-', 0, 0);
    const QLocale locale(code);
    if (locale.language() == QLocale::C) {
        return names;
    }
    const QList<QVoice> voices = m_speech->findVoices(locale.language());
    for (const QVoice &voice : voices) {
        names.append(voice.name());
    }
    return names;
}

bool ReadAloud::speak(const QString &text, const QString &language, double rate)
{
    if (text.trimmed().isEmpty()) {
        return false;
    }
    if (!ensureEngine()) {
        if (m_problem.isEmpty()) {
            setProblem(tr("La lecture à voix haute ne marche pas sur cette tablette."));
        }
        return false;
    }
    const QString code = language == u"prs" ? u"fa"_s : language.section(u'-', 0, 0);
    const QList<QVoice> voices = QLocale(code).language() == QLocale::C ? QList<QVoice>() : m_speech->findVoices(QLocale(code).language());
    if (voices.isEmpty()) {
        setProblem(tr("Pas de voix pour cette langue sur la tablette. Demandez au médiateur."));
        return false;
    }
    setProblem({});
    if (m_muted) {
        Q_EMIT spoken(text, language, voices.constFirst().name());
        return true;
    }
    // A new step replaces what was being read.
    if (m_speech->state() == QTextToSpeech::Speaking) {
        m_speech->stop();
    }
    if (m_speech->locale().language() != QLocale(code).language()) {
        m_speech->setLocale(QLocale(code));
    }
    if (m_speech->voice() != voices.constFirst()) {
        m_speech->setVoice(voices.constFirst());
    }
    m_speech->setRate(std::clamp(rate, -1.0, 1.0));
    Q_EMIT spoken(text, language, voices.constFirst().name());
    m_speech->say(text);
    return true;
}

void ReadAloud::stop()
{
    if (m_speech) {
        m_speech->stop();
    }
}

bool ReadAloud::isSpeaking() const
{
    return m_speech && m_speech->state() == QTextToSpeech::Speaking;
}

void ReadAloud::setProblem(const QString &problem)
{
    if (m_problem == problem) {
        return;
    }
    m_problem = problem;
    Q_EMIT problemChanged();
}

} // namespace pasapas
