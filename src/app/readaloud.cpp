// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaloud.h"
#include "appplugins.h"
#include "mediainterface.h"
#include "speechparts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// The language of the voices that read a language ("prs", Dari, with the Persian ones).
QLocale::Language voiceLanguage(const QString &language)
{
    return QLocale(language == u"prs" ? u"fa"_s : language.section(u'-', 0, 0)).language();
}
} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
}

ReadAloud::~ReadAloud()
{
    if (m_speech) {
        m_speech->onStateChanged = {};
        m_speech->onAboutToSynthesize = {};
    }
}

bool ReadAloud::ensureEngine()
{
    if (m_speech) {
        return !m_speech->isBroken();
    }
    auto *media = appPluginAs<MediaInterface>(mediaPlugin.toString());
    const QStringList engines = media ? media->speechEngines() : QStringList();
    if (engines.isEmpty()) {
        setProblem(tr("La lecture à voix haute n'est pas installée sur cette tablette."));
        return false;
    }
    // speech-dispatcher gives the espeak-ng voices of every language.
    const QString engine = engines.contains(u"speechd"_s) ? u"speechd"_s : engines.constFirst();
    m_speech = media->makeSpeechEngine(engine);
    m_speech->onStateChanged = [this] {
        Q_EMIT speakingChanged();
    };
    m_speech->onAboutToSynthesize = [this](qsizetype id) {
        onAboutToSynthesize(id);
    };
    return !m_speech->isBroken();
}

QString ReadAloud::engineName() const
{
    return m_speech ? m_speech->name() : QString();
}

QStringList ReadAloud::voicesFor(const QString &language)
{
    return ensureEngine() ? voicesOf(language) : QStringList();
}

QStringList ReadAloud::voicesOf(const QString &language) const
{
    const QLocale::Language spoken = voiceLanguage(language);
    return spoken == QLocale::C ? QStringList() : m_speech->voices(spoken);
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
    const QStringList voices = voicesOf(language);
    if (voices.isEmpty()) {
        setProblem(tr("Pas de voix pour cette langue sur la tablette. Demandez au médiateur."));
        return false;
    }
    setProblem({});
    // The site's French words with a French voice (else the person's one).
    const QStringList french = voicesOf(u"fr"_s);
    m_queued.clear();
    for (const SpeechPart &part : speechParts(text, language)) {
        const bool inFrench = part.language != language && !french.isEmpty();
        m_queued.append({part.text, inFrench ? part.language : language, inFrench ? french.constFirst() : voices.constFirst()});
    }
    Q_EMIT spoken(text, language, voices.constFirst());
    if (m_muted) {
        for (const Queued &part : std::as_const(m_queued)) {
            Q_EMIT partSpoken(part.text, part.language, part.voice);
        }
        m_queued.clear();
        return true;
    }
    // A new step replaces what was being read.
    if (m_speech->isSpeaking()) {
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
    m_speech->setVoice(voiceLanguage(part.language), part.voice);
    Q_EMIT partSpoken(part.text, part.language, part.voice);
}

void ReadAloud::stop()
{
    if (m_speech) {
        m_speech->stop();
    }
}

bool ReadAloud::isSpeaking() const
{
    return m_speech && m_speech->isSpeaking();
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
