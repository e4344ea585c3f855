// SPDX-License-Identifier: GPL-3.0-or-later
// Read-aloud with the real speech engine (speech-dispatcher + espeak-ng):
// a voice is found by language, a language without a voice says so, and
// every new step is read when automatic reading is on.
#include "appcontroller.h"
#include "guisupport.h"
#include "guideloader.h"
#include "readaloud.h"
#include "sessioncontroller.h"
#include "sessionengine.h"
#include "testsupport.h"
#include "webengine.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

class ReadAloudTest : public QObject
{
    Q_OBJECT

private:
    // One connection to speech-dispatcher for the whole test, as in the app.
    std::unique_ptr<AppController> m_controller;
    static Guide twoSteps()
    {
        Guide guide;
        guide.id = u"lecture"_s;
        guide.title.insert(u"fr"_s, u"Lecture"_s);
        for (const QString &id : {u"un"_s, u"deux"_s}) {
            Step step;
            step.id = id;
            step.instruction.insert(u"fr"_s, u"Étape "_s + id + u'.');
            step.instruction.insert(u"ar"_s, u"الخطوة "_s + id);
            step.completion.kind = Completion::Kind::Done;
            guide.steps.append(step);
        }
        return guide;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_controller = std::make_unique<AppController>(Mode::Accompanied);
        m_controller->readAloud()->setMuted(true);
    }

    void cleanupTestCase()
    {
        m_controller.release(); // speech-dispatcher may still be "speaking": the process ends without waiting
    }

    void voicesByLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto &code : {u"fr"_s, u"en"_s, u"ar"_s, u"fa"_s, u"prs"_s, u"uk"_s, u"ru"_s, u"ro"_s, u"es"_s, u"pt"_s, u"tr"_s}) {
            QTest::newRow(qPrintable(code)) << code;
        }
    }

    void voicesByLanguage()
    {
        QFETCH(QString, language);
        ReadAloud &reader = *m_controller->readAloud();
        const QStringList voices = reader.voicesFor(language);
        QVERIFY2(!voices.isEmpty(), qPrintable(u"no voice for "_s + language + u" (engine: "_s + reader.engineName() + u')'));
        QCOMPARE(reader.engineName(), u"speechd"_s);
    }

    void noVoiceSaysSo()
    {
        ReadAloud &reader = *m_controller->readAloud();
        QSignalSpy problem(&reader, &ReadAloud::problemChanged);
        // Wolof: spoken by people arriving in France, no espeak-ng voice.
        QVERIFY(reader.voicesFor(u"wo"_s).isEmpty());
        QVERIFY(!reader.speak(u"Salaam aleekum"_s, u"wo"_s, 0));
        QCOMPARE(problem.count(), 1);
        QCOMPARE(reader.problem(), u"Pas de voix pour cette langue sur la tablette. Demandez au médiateur."_s);
        // A language with a voice clears the message.
        QVERIFY(reader.speak(u"Bonjour"_s, u"fr"_s, 0));
        QVERIFY(reader.problem().isEmpty());
    }

    void automaticReadingOnStepChange()
    {
        AppController &controller = *m_controller;
        // Voices are chosen as usual; muted (this machine has no sound card).
        controller.setLanguage(u"ar"_s);
        controller.setAutoRead(true);
        QSignalSpy spoken(controller.readAloud(), &ReadAloud::spoken);
        SessionController session(twoSteps(), nullptr, u"ar"_s);
        session.start();
        controller.setSession(&session);
        QCOMPARE(spoken.count(), 1); // the first step, at once
        QCOMPARE(spoken.at(0).at(0).toString(), u"الخطوة un"_s);
        session.done();
        QCOMPARE(spoken.count(), 2); // the next step, by itself
        QCOMPARE(spoken.at(1).at(0).toString(), u"الخطوة deux"_s);

        controller.setAutoRead(false);
        session.back();
        QCOMPARE(spoken.count(), 2); // off: nothing read
        controller.setSession(nullptr);
    }
    void speakPicksTheLanguagesVoice()
    {
        // The one real utterance of this test (last: speech-dispatcher without
        // a sound card never ends an utterance, and later calls would wait).
        ReadAloud &reader = *m_controller->readAloud();
        reader.setMuted(false);
        QSignalSpy spoken(&reader, &ReadAloud::spoken);
        QVERIFY(reader.speak(u"مرحبا"_s, u"ar"_s, 0));
        QCOMPARE(spoken.count(), 1);
        QCOMPARE(spoken.at(0).at(1).toString(), u"ar"_s);
        QVERIFY(reader.voicesFor(u"ar"_s).contains(spoken.at(0).at(2).toString()));
        QVERIFY(reader.problem().isEmpty());
    }
};

int main(int argc, char *argv[])
{
    const pasapas::test::PrivateFolders folders; // never the machine's own settings
    if (!folders.isValid()) {
        return 1;
    }
    // A session owns a browser profile, even when no page is shown.
    pasapas::test::allowWebEngineAsRoot();
    pasapas::initializeWebEngine();
    QGuiApplication app(argc, argv);
    ReadAloudTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_readaloud.moc"
