// SPDX-License-Identifier: GPL-3.0-or-later
// Read-aloud with the real speech engine (speech-dispatcher + espeak-ng):
// a voice is found by language, a language without a voice says so, and
// every new step is read when automatic reading is on.
#include "appcontroller.h"
#include "application.h"
#include "appplugins.h"
#include "practiceserver.h"
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
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

class ReadAloudTest : public QObject
{
    Q_OBJECT

private:
    // One connection to speech-dispatcher for the whole test, as in the app.
    std::unique_ptr<Application> m_app;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<Application>(CommandLine{});
        m_app->controller()->readAloud()->setMuted(true);
    }

    void cleanupTestCase()
    {
        m_app.release(); // speech-dispatcher may still be "speaking": the process ends without waiting
    }

    void withoutItsPlugin()
    {
        // Reading aloud is in the media plugin, loaded at the first reading: without it, the person is told.
        QTemporaryDir empty;
        setAppPluginFolder(empty.path());
        ReadAloud reader;
        reader.setMuted(true);
        QVERIFY(!reader.speak(u"Bonjour"_s, u"fr"_s));
        QCOMPARE(reader.problem(), u"La lecture à voix haute n'est pas installée sur cette tablette."_s);
        QVERIFY(!reader.isSpeaking());
        setAppPluginFolder({});
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
        ReadAloud &reader = *m_app->controller()->readAloud();
        const QStringList voices = reader.voicesFor(language);
        QVERIFY2(!voices.isEmpty(), qPrintable(u"no voice for "_s + language + u" (engine: "_s + reader.engineName() + u')'));
        QCOMPARE(reader.engineName(), u"speechd"_s);
    }

    void noVoiceSaysSo()
    {
        ReadAloud &reader = *m_app->controller()->readAloud();
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
        AppController &controller = *m_app->controller();
        // Voices are chosen as usual; muted (this machine has no sound card).
        controller.localization()->setLanguage(u"ar"_s);
        controller.appearance()->setAutoRead(true);
        QSignalSpy spoken(controller.readAloud(), &ReadAloud::spoken);
        // A bundled guide of several steps (no page is loaded: no window here).
        const auto entry = std::find_if(m_app->library().entries().cbegin(), m_app->library().entries().cend(), [](const CatalogEntry &e) {
            return e.guide.steps.size() >= 3 && !PracticeServer::isPracticeHost(e.guide.start.host());
        });
        QVERIFY(entry != m_app->library().entries().cend());
        const Guide guide = GuideLibrary::wholeGuide(*entry); // the catalog leaves the steps' texts in its cache
        SessionController *session = controller.sessions()->start(entry->guide.id);
        QVERIFY(session);
        QCOMPARE(spoken.count(), 0); // not started: no step to read
        session->start();
        QCOMPARE(spoken.count(), 1); // the first step, at once
        QCOMPARE(spoken.at(0).at(0).toString(), guide.steps.at(0).instruction.text(u"ar"_s));
        QCOMPARE(spoken.at(0).at(1).toString(), u"ar"_s);
        session->next();
        QCOMPARE(spoken.count(), 2); // the next step, by itself
        QCOMPARE(spoken.at(1).at(0).toString(), guide.steps.at(1).instruction.text(u"ar"_s));

        controller.appearance()->setAutoRead(false);
        session->next();
        QCOMPARE(spoken.count(), 2); // off: nothing read
        controller.sessions()->end();
        controller.localization()->setLanguage(u"fr"_s);
    }
    void frenchWordsAreReadWithAFrenchVoice()
    {
        ReadAloud &reader = *m_app->controller()->readAloud();
        reader.setMuted(true);
        QSignalSpy parts(&reader, &ReadAloud::partSpoken);
        QVERIFY(reader.speak(u"اضغط على « Sans emploi »."_s, u"ar"_s, 0));
        QCOMPARE(parts.count(), 2);
        QCOMPARE(parts.at(0).at(0).toString(), u"اضغط على"_s);
        QCOMPARE(parts.at(0).at(1).toString(), u"ar"_s);
        QVERIFY(reader.voicesFor(u"ar"_s).contains(parts.at(0).at(2).toString()));
        QCOMPARE(parts.at(1).at(0).toString(), u"Sans emploi"_s);
        QCOMPARE(parts.at(1).at(1).toString(), u"fr"_s);
        QVERIFY(reader.voicesFor(u"fr"_s).contains(parts.at(1).at(2).toString()));
        QVERIFY(!reader.voicesFor(u"ar"_s).contains(parts.at(1).at(2).toString()));
    }

    void speakPicksTheLanguagesVoice()
    {
        // The one real utterance of this test (last: speech-dispatcher without
        // a sound card never ends an utterance, and later calls would wait).
        ReadAloud &reader = *m_app->controller()->readAloud();
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
