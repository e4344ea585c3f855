// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaloud.h"
#include "speechparts.h"

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
    connect(m_speech.get(), &QTextToSpeech::aboutToSynthesize, this, &ReadAloud::onAboutToSynthesize);
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
    const QList<QVoice> voices = voicesOf(language);
    for (const QVoice &voice : voices) {
        names.append(voice.name());
    }
    return names;
}

QList<QVoice> ReadAloud::voicesOf(const QString &language) const
{
    const QString code = language == u"prs" ? u"fa"_s : language.section(u'-', 0, 0);
    return QLocale(code).language() == QLocale::C ? QList<QVoice>() : m_speech->findVoices(QLocale(code).language());
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
    const QList<QVoice> voices = voicesOf(language);
    if (voices.isEmpty()) {
        setProblem(tr("Pas de voix pour cette langue sur la tablette. Demandez au médiateur."));
        return false;
    }
    setProblem({});
    // The site's French words with a French voice (else the person's one).
    const QList<QVoice> french = voicesOf(u"fr"_s);
    m_queued.clear();
    for (const SpeechPart &part : speechParts(text, language)) {
        const bool inFrench = part.language != language && !french.isEmpty();
        m_queued.append({part.text, inFrench ? part.language : language, inFrench ? french.constFirst() : voices.constFirst()});
    }
    Q_EMIT spoken(text, language, voices.constFirst().name());
    if (m_muted) {
        for (const Queued &part : std::as_const(m_queued)) {
            Q_EMIT partSpoken(part.text, part.language, part.voice.name());
        }
        m_queued.clear();
        return true;
    }
    // A new step replaces what was being read.
    if (m_speech->state() == QTextToSpeech::Speaking) {
        m_speech->stop();
    }
    m_speech->setRate(std::clamp(rate, -1.0, 1.0));
    m_ids.clear();
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        m_ids.insert(m_speech->enqueue(m_queued.at(i).text), i);
    }
    return true;
}

void ReadAloud::onAboutToSynthesize(qsizetype id)
{
    // Each piece with its own voice, set just before it is spoken.
    const qsizetype index = m_ids.value(id, -1);
    if (index < 0 || index >= m_queued.size()) {
        return;
    }
    const Queued &part = m_queued.at(index);
    if (m_speech->voice() != part.voice) {
        m_speech->setVoice(part.voice);
    }
    Q_EMIT partSpoken(part.text, part.language, part.voice.name());
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
