// SPDX-License-Identifier: GPL-3.0-or-later
// A step repaired during the session (« Réparer cette étape »): the session
// goes on with the repaired guide from the same step, which is looked for
// again with its new locators; a guide with other steps is refused.
#include "guide.h"
#include "sessionengine.h"
#include "steprepair.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

using State = SessionEngine::State;

namespace
{
Step tapStep(const QString &id, const QString &css)
{
    Step step;
    step.id = id;
    step.instruction.insert(u"fr"_s, u"Appuyez sur « %1 »."_s.arg(id));
    step.target = {Locator{Locator::Kind::Css, css, {}}};
    step.completion.kind = Completion::Kind::Tap;
    step.waitMs = 50; // "missing" within the test
    return step;
}

/// Two taps; the first one's button was renamed on the site (#ancien is gone).
Guide brokenGuide()
{
    Guide guide;
    guide.id = u"essai"_s;
    guide.version = 3;
    guide.category = u"everyday"_s;
    guide.title.insert(u"fr"_s, u"Essai"_s);
    guide.start = QUrl(u"https://www.caf.fr/accueil"_s);
    guide.steps = {tapStep(u"valider"_s, u"#ancien"_s), tapStep(u"suite"_s, u"#suite"_s)};
    return guide;
}

/// The button the mediator taps instead: « Envoyer ».
ElementDescription sendButton()
{
    ElementDescription element;
    element.role = u"button"_s;
    element.name = u"Envoyer"_s;
    element.text = u"Envoyer"_s;
    element.tag = u"button"_s;
    element.id = u"envoyer"_s;
    element.path = {{u"button"_s, 1, u"envoyer"_s}};
    return element;
}

QString firstLocatorOf(const SessionEngine &engine)
{
    const Step *step = engine.currentStep();
    return step && !step->target.isEmpty() ? step->target.constFirst().value : QString();
}
} // namespace

class SessionRepairTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMissingStepIsLookedForAgainWithTheRepairedGuide()
    {
        SessionEngine engine(brokenGuide());
        engine.start();
        QTRY_COMPARE(engine.state(), State::Missing);
        const std::optional<Guide> repaired = repairGuide(engine.guide(), u"valider"_s, sendButton());
        QVERIFY(repaired);

        QSignalSpy step(&engine, &SessionEngine::currentStepChanged);
        QSignalSpy watch(&engine, &SessionEngine::pageWatchChanged);
        QVERIFY(engine.replaceGuide(*repaired));
        QCOMPARE(engine.currentIndex(), 0);
        QCOMPARE(engine.state(), State::Looking);
        QCOMPARE(engine.guide().version, 4);
        QCOMPARE(step.count(), 1); // the card shows the repaired step
        QVERIFY(watch.count() >= 1);
        // The page looks for the new locators first, the old one last.
        const PageWatch pageWatch = engine.pageWatch();
        QCOMPARE(pageWatch.stepId, u"valider"_s);
        QCOMPARE(pageWatch.target.constFirst().kind, Locator::Kind::Role);
        QCOMPARE(pageWatch.target.constFirst().name, u"Envoyer"_s);
        QCOMPARE(pageWatch.target.constLast().value, u"#ancien"_s);
        QVERIFY(pageWatch.insist); // only the target can be tapped again while it is looked for

        // Found now, and tapped: the session goes on to the next step.
        engine.targetFound(u"valider"_s);
        QCOMPARE(engine.state(), State::Showing);
        engine.targetTapped(u"valider"_s);
        QCOMPARE(engine.currentStep()->id, u"suite"_s);
    }

    void aWrongElementShownIsLeftForTheRepairedOne()
    {
        SessionEngine engine(brokenGuide());
        engine.start();
        engine.targetFound(u"valider"_s); // the mediator sees the wrong element lit
        QCOMPARE(engine.state(), State::Showing);
        QVERIFY(engine.replaceGuide(*repairGuide(engine.guide(), u"valider"_s, sendButton())));
        QCOMPARE(engine.state(), State::Looking);
        QCOMPARE(firstLocatorOf(engine), u"button"_s);
        QCOMPARE(engine.pageWatch().target.constLast().value, u"#ancien"_s); // kept, last
    }

    void theSessionKeepsItsPlaceOnALaterStep()
    {
        SessionEngine engine(brokenGuide());
        engine.start();
        engine.next();
        QCOMPARE(engine.currentIndex(), 1);
        QVERIFY(engine.replaceGuide(*repairGuide(engine.guide(), u"suite"_s, sendButton())));
        QCOMPARE(engine.currentIndex(), 1);
        QCOMPARE(firstLocatorOf(engine), u"button"_s);
        engine.back(); // the first step, passed with Next, is still the old one
        QCOMPARE(firstLocatorOf(engine), u"#ancien"_s);
    }

    void aFinishedSessionTakesTheGuideAndStaysFinished()
    {
        SessionEngine engine(brokenGuide());
        engine.start();
        engine.next();
        engine.next();
        QCOMPARE(engine.state(), State::Finished);
        QVERIFY(engine.replaceGuide(*repairGuide(engine.guide(), u"valider"_s, sendButton())));
        QCOMPARE(engine.state(), State::Finished);
        QCOMPARE(engine.guide().version, 4);
    }

    void anotherGuideOrOtherStepsAreRefused()
    {
        SessionEngine engine(brokenGuide());
        engine.start();
        Guide other = brokenGuide();
        other.id = u"autre"_s;
        QVERIFY(!engine.replaceGuide(other));

        Guide fewer = brokenGuide();
        fewer.steps.removeLast();
        QVERIFY(!engine.replaceGuide(fewer));

        Guide renamed = brokenGuide();
        renamed.steps[1].id = u"ailleurs"_s;
        QVERIFY(!engine.replaceGuide(renamed));

        QCOMPARE(engine.guide().version, 3);
        QCOMPARE(firstLocatorOf(engine), u"#ancien"_s);
    }
};

QTEST_GUILESS_MAIN(SessionRepairTest)
#include "tst_sessionrepair.moc"
