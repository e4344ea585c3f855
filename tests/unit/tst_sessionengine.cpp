// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresspattern.h"
#include "guide.h"
#include "sessionengine.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

using State = SessionEngine::State;
using Kind = Completion::Kind;

namespace
{

// --- Building small guides in code

AddressPattern pattern(const QString &text)
{
    QString error;
    AddressPattern result = AddressPattern::parse(text, &error);
    if (!result.isValid()) {
        qFatal("bad address pattern in the test itself: %s (%s)", qPrintable(text), qPrintable(error));
    }
    return result;
}

Locator css(const QString &selector)
{
    return Locator{Locator::Kind::Css, selector, {}};
}

Locator byText(const QString &text)
{
    return Locator{Locator::Kind::Text, text, {}};
}

Locator byRole(const QString &role, const QString &name = {})
{
    return Locator{Locator::Kind::Role, role, name};
}

Locator byLabel(const QString &label)
{
    return Locator{Locator::Kind::Label, label, {}};
}

/// A step; waits are short so that "missing" happens within a test.
Step makeStep(const QString &id, Kind kind, const QList<Locator> &target = {}, const QString &page = {})
{
    Step step;
    step.id = id;
    step.instruction.insert(u"fr"_s, u"Étape « %1 »."_s.arg(id));
    step.target = target;
    step.completion.kind = kind;
    if (!page.isEmpty()) {
        step.page = pattern(page);
    }
    step.waitMs = 80;
    return step;
}

Step withSkipAddress(Step step, const QString &address)
{
    step.skipIf.address = pattern(address);
    return step;
}

Step withCompletionAddress(Step step, const QString &address)
{
    step.completion.address = pattern(address);
    return step;
}

Guide makeGuide(const QList<Step> &steps)
{
    Guide guide;
    guide.id = u"essai"_s;
    guide.category = u"everyday"_s;
    guide.title.insert(u"fr"_s, u"Essai"_s);
    guide.summary.insert(u"fr"_s, u"Un guide d'essai."_s);
    guide.minutes = 5;
    guide.start = QUrl(u"https://www.caf.fr/accueil"_s);
    guide.allowedHosts = {HostPattern::parse(u"*.caf.fr"_s)};
    guide.steps = steps;
    return guide;
}

// Pages of a small CAF-like site.
const QString pageHome = u"https://www.caf.fr/accueil*"_s;
const QString pageLogin = u"https://www.caf.fr/connexion*"_s;
const QString pageSpace = u"https://www.caf.fr/espace/*"_s;
const QUrl home(u"https://www.caf.fr/accueil"_s);
const QUrl login(u"https://www.caf.fr/connexion?retour=espace"_s);
const QUrl space(u"https://www.caf.fr/espace/mes-droits"_s);
const QUrl elsewhere(u"https://www.impots.gouv.fr/accueil"_s);

/// "index State", e.g. "2 Looking": where the engine is, in one comparable string.
QString where(const SessionEngine &engine)
{
    return u"%1 %2"_s.arg(engine.currentIndex()).arg(QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(engine.state()))));
}

/// Records every signal of an engine; take() says which were emitted since the
/// last take() ("-" for none), in a fixed order, with counts above one and the
/// arguments of recovered().
struct Probe
{
    explicit Probe(SessionEngine *engine)
        : step(engine, &SessionEngine::currentStepChanged)
        , state(engine, &SessionEngine::stateChanged)
        , watch(engine, &SessionEngine::pageWatchChanged)
        , filled(engine, &SessionEngine::fieldFilledChanged)
        , recovered(engine, &SessionEngine::recovered)
        , finished(engine, &SessionEngine::finished)
    {
    }

    QString take()
    {
        QStringList parts;
        const auto add = [&parts](QSignalSpy &spy, const QString &name) {
            if (spy.count() == 1) {
                parts.append(name);
            } else if (spy.count() > 1) {
                parts.append(u"%1x%2"_s.arg(name).arg(spy.count()));
            }
            spy.clear();
        };
        add(step, u"step"_s);
        add(state, u"state"_s);
        add(watch, u"watch"_s);
        add(filled, u"filled"_s);
        for (const QList<QVariant> &arguments : std::as_const(recovered)) {
            parts.append(u"recovered(%1,%2)"_s.arg(arguments.at(0).toInt()).arg(arguments.at(1).toInt()));
        }
        recovered.clear();
        add(finished, u"finished"_s);
        return parts.isEmpty() ? u"-"_s : parts.join(u' ');
    }

    QSignalSpy step;
    QSignalSpy state;
    QSignalSpy watch;
    QSignalSpy filled;
    QSignalSpy recovered;
    QSignalSpy finished;
};

/// Three tap steps a, b, c, no page conditions.
Guide threeTaps()
{
    return makeGuide(
        {makeStep(u"a"_s, Kind::Tap, {byText(u"Un"_s)}), makeStep(u"b"_s, Kind::Tap, {byText(u"Deux"_s)}), makeStep(u"c"_s, Kind::Tap, {byText(u"Trois"_s)})});
}

/// Five steps over three pages: home (0), login (1, 2), space (3, 4).
Guide threePages()
{
    return makeGuide({makeStep(u"accueil"_s, Kind::Tap, {byText(u"Mon compte"_s)}, pageHome),
        makeStep(u"identifiant"_s, Kind::Fill, {byLabel(u"Numéro allocataire"_s)}, pageLogin),
        makeStep(u"mot-de-passe"_s, Kind::Fill, {byLabel(u"Mot de passe"_s)}, pageLogin),
        makeStep(u"mes-droits"_s, Kind::Tap, {byText(u"Mes droits"_s)}, pageSpace),
        makeStep(u"lire"_s, Kind::Done, {}, pageSpace)});
}

} // namespace

/// Locators as one line: "css:button#ok, role:button/Valider".
QString describe(const QList<Locator> &locators)
{
    QStringList parts;
    for (const Locator &locator : locators) {
        parts.append(locatorKindName(locator.kind) + u':' + locator.value + (locator.name.isEmpty() ? QString() : u'/' + locator.name));
    }
    return parts.join(u", "_s);
}

class SessionEngineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- Starting, finding, missing

    void startLooksForTheTarget()
    {
        SessionEngine engine(threeTaps());
        Probe probe(&engine);
        QCOMPARE(where(engine), u"-1 NotStarted"_s);
        QVERIFY(engine.pageWatch().isEmpty());
        QCOMPARE(engine.stepCount(), 3);

        // Events before start are ignored.
        engine.targetFound(u"a"_s);
        engine.targetTapped(u"a"_s);
        engine.done();
        engine.next();
        engine.stuck();
        engine.back();
        engine.addressChanged(home);
        QCOMPARE(where(engine), u"-1 NotStarted"_s);
        QCOMPARE(probe.take(), u"-"_s);

        engine.start();
        QCOMPARE(where(engine), u"0 Looking"_s);
        QCOMPARE(probe.take(), u"step state watch"_s);
        QVERIFY(engine.currentStep());
        QCOMPARE(engine.currentStep()->id, u"a"_s);
        QCOMPARE(engine.fieldFilled(), false);
    }

    void startShowsAStepWithoutTarget()
    {
        SessionEngine engine(makeGuide({makeStep(u"lire"_s, Kind::Done), makeStep(u"b"_s, Kind::Tap, {byText(u"Deux"_s)})}));
        Probe probe(&engine);
        engine.start();
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"step state watch"_s);
        // Nothing to look for, so nothing can go missing.
        QVERIFY(!probe.state.wait(300));
        QCOMPARE(where(engine), u"0 Showing"_s);
    }

    void emptyGuideFinishesAtOnce()
    {
        SessionEngine engine(makeGuide({}));
        Probe probe(&engine);
        engine.start();
        QCOMPARE(where(engine), u"-1 Finished"_s);
        QCOMPARE(probe.take(), u"state finished"_s);
        QVERIFY(engine.pageWatch().isEmpty());
    }

    void targetFoundShowsIt()
    {
        SessionEngine engine(threeTaps());
        Probe probe(&engine);
        engine.start();
        probe.take();

        engine.targetFound(u"b"_s); // the page found the next step's target: not ours
        QCOMPARE(where(engine), u"0 Looking"_s);
        QCOMPARE(probe.take(), u"-"_s);

        engine.targetFound(u"a"_s);
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"state"_s);

        // Found in time: the wait is over, it never turns "missing".
        QVERIFY(!probe.state.wait(300));
        QCOMPARE(where(engine), u"0 Showing"_s);
    }

    void missingThenLateFoundThenLost()
    {
        SessionEngine engine(threeTaps());
        Probe probe(&engine);
        engine.start();
        probe.take();

        // Nothing found within the step's wait (80 ms).
        QVERIFY(probe.state.wait(2000));
        QCOMPARE(where(engine), u"0 Missing"_s);
        QCOMPARE(probe.take(), u"state watch"_s);

        // A lost event while missing changes nothing.
        engine.targetLost(u"a"_s);
        QCOMPARE(where(engine), u"0 Missing"_s);
        QCOMPARE(probe.take(), u"-"_s);

        // The element arrives late (slow site): shown after all.
        engine.targetFound(u"a"_s);
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"state watch"_s);

        engine.targetLost(u"b"_s); // stale
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"-"_s);

        // The page re-rendered and the element went away: look again…
        engine.targetLost(u"a"_s);
        QCOMPARE(where(engine), u"0 Looking"_s);
        QCOMPARE(probe.take(), u"state"_s);

        // …with a fresh wait, after which it is missing again.
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::Missing, 2000);
        QCOMPARE(probe.take(), u"state watch"_s);
    }

    // --- Completions

    void tapCompletesOnlyTheCurrentStep()
    {
        SessionEngine engine(makeGuide({makeStep(u"a"_s, Kind::Tap, {byText(u"Un"_s)}),
            makeStep(u"b"_s, Kind::Tap, {byText(u"Deux"_s)}),
            makeStep(u"c"_s, Kind::Fill, {byLabel(u"Nom"_s)})}));
        Probe probe(&engine);
        engine.start();
        engine.targetFound(u"a"_s);
        probe.take();

        engine.targetTapped(u"b"_s); // a later step's id
        engine.targetTapped(u"inconnu"_s);
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"-"_s);

        engine.targetTapped(u"a"_s);
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"step state watch"_s);
        QVERIFY(!engine.isSkipped(0));

        // A double tap reports "a" twice: the second one must not complete "b".
        engine.targetTapped(u"a"_s);
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"-"_s);

        engine.targetTapped(u"b"_s);
        QCOMPARE(where(engine), u"2 Looking"_s);
        QCOMPARE(probe.take(), u"step watch"_s);

        // Tapping into a field does not fill it.
        engine.targetTapped(u"c"_s);
        QCOMPARE(where(engine), u"2 Looking"_s);
        QCOMPARE(probe.take(), u"-"_s);
    }

    void fillCompletesOnCommitOfAFilledField()
    {
        SessionEngine engine(makeGuide({makeStep(u"courriel"_s, Kind::Fill, {byLabel(u"Adresse e-mail"_s)}), makeStep(u"suite"_s, Kind::Done)}));
        Probe probe(&engine);
        engine.start();
        engine.targetFound(u"courriel"_s);
        probe.take();

        // Typing: filled, but the person has not left the field yet.
        engine.fieldChanged(u"courriel"_s, true, false);
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(engine.fieldFilled(), true);
        QCOMPARE(probe.take(), u"filled"_s);

        // Erased, then left the field empty: not done.
        engine.fieldChanged(u"courriel"_s, false, true);
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(engine.fieldFilled(), false);
        QCOMPARE(probe.take(), u"filled"_s);

        // A stale event for another step changes nothing.
        engine.fieldChanged(u"suite"_s, true, true);
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(engine.fieldFilled(), false);
        QCOMPARE(probe.take(), u"-"_s);

        engine.fieldChanged(u"courriel"_s, true, false);
        QCOMPARE(engine.fieldFilled(), true);
        QCOMPARE(probe.take(), u"filled"_s);

        // Filled and left: done; the next step starts with an empty "filled".
        engine.fieldChanged(u"courriel"_s, true, true);
        QCOMPARE(where(engine), u"1 Showing"_s);
        QCOMPARE(engine.fieldFilled(), false);
        QCOMPARE(probe.take(), u"step watch filled"_s);
    }

    void chooseCompletesOnAnyOptionOfTheGroup()
    {
        SessionEngine engine(makeGuide({makeStep(u"situation"_s, Kind::Choose, {byRole(u"radiogroup"_s, u"Votre situation"_s)}),
            makeStep(u"suite"_s, Kind::Tap, {byText(u"Suivant"_s)})}));
        Probe probe(&engine);
        engine.start();
        engine.targetFound(u"situation"_s);
        probe.take();

        // The whole group is the target and only it can be tapped while it shows.
        const PageWatch watch = engine.pageWatch();
        QCOMPARE(watch.completion, Kind::Choose);
        QCOMPARE(watch.insist, true);

        // A tap or a filled field is not a choice; a stale choice changes nothing.
        engine.targetTapped(u"situation"_s);
        engine.fieldChanged(u"situation"_s, true, true);
        engine.optionChosen(u"suite"_s);
        QCOMPARE(where(engine), u"0 Showing"_s);

        engine.optionChosen(u"situation"_s);
        QCOMPARE(where(engine), u"1 Looking"_s);
        QVERIFY(probe.take().startsWith(u"step"_s));

        // A choice reported for a tap step does not complete it.
        engine.targetFound(u"suite"_s);
        engine.optionChosen(u"suite"_s);
        QCOMPARE(where(engine), u"1 Showing"_s);
    }

    void backOnTrackFindsTheGoodPageInTheHistory()
    {
        const QUrl home(u"https://www.example.fr/"_s);
        const QUrl form(u"https://www.example.fr/compte/creer"_s);
        const QUrl elsewhere(u"https://www.example.fr/aide"_s);
        const AddressPattern formPage = AddressPattern::parse(u"https://www.example.fr/compte/*"_s);
        // Oldest first, as the history lists them; the newest match wins.
        QCOMPARE(backOffsetTo({home, form, elsewhere}, form, {}), -2);
        QCOMPARE(backOffsetTo({form, home, form, elsewhere}, form, {}), -2);
        QCOMPARE(backOffsetTo({home, QUrl(u"https://www.example.fr/compte/creer#haut"_s)}, form, {}), -1);
        // No good address known: the step's page pattern.
        QCOMPARE(backOffsetTo({form, home}, {}, formPage), -2);
        // Not in the history: opened anew.
        QCOMPARE(backOffsetTo({home, elsewhere}, form, formPage), 0);
        QCOMPARE(backOffsetTo({}, form, formPage), 0);
    }

    void addressCompletesOnAMatchingAddress()
    {
        SessionEngine engine(makeGuide({withCompletionAddress(makeStep(u"se-connecter"_s, Kind::Address, {}, pageLogin), pageSpace),
            makeStep(u"mes-droits"_s, Kind::Tap, {byText(u"Mes droits"_s)}, pageSpace)}));
        Probe probe(&engine);
        engine.start();
        QCOMPARE(where(engine), u"0 Showing"_s);
        probe.take();

        engine.addressChanged(login);
        engine.addressChanged(QUrl(u"https://www.caf.fr/connexion?erreur=1"_s));
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"-"_s);

        engine.addressChanged(space);
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"step state watch"_s); // completed, not "recovered"
        QVERIFY(!engine.isSkipped(0));
        QCOMPARE(engine.lastGoodUrl(), space);
        QCOMPARE(engine.currentUrl(), space);
    }

    void appearsCompletesWhenTheElementAppears()
    {
        Step waiting = makeStep(u"attendre"_s, Kind::Appears);
        waiting.completion.target = {byText(u"Votre demande est enregistrée"_s)};
        SessionEngine engine(makeGuide({waiting, makeStep(u"lire"_s, Kind::Done), makeStep(u"fin"_s, Kind::Done)}));
        Probe probe(&engine);
        engine.start();
        QCOMPARE(where(engine), u"0 Showing"_s);
        probe.take();

        engine.elementAppeared(u"lire"_s);
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"-"_s);

        engine.elementAppeared(u"attendre"_s);
        QCOMPARE(where(engine), u"1 Showing"_s);
        QCOMPARE(probe.take(), u"step watch"_s);

        // On a step that does not complete on "appears", nothing happens.
        engine.elementAppeared(u"lire"_s);
        QCOMPARE(where(engine), u"1 Showing"_s);
        QCOMPARE(probe.take(), u"-"_s);
    }

    void doneCompletesADoneStep()
    {
        SessionEngine engine(makeGuide({makeStep(u"lire"_s, Kind::Done), makeStep(u"b"_s, Kind::Tap, {byText(u"Deux"_s)})}));
        Probe probe(&engine);
        engine.start();
        probe.take();

        engine.targetTapped(u"lire"_s); // a tap is not "C'est fait"
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"-"_s);

        engine.done();
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"step state watch"_s);
        QVERIFY(!engine.isSkipped(0));
    }

    void doneOverridesEveryKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("found");
        QTest::newRow("tap, looking") << int(Kind::Tap) << false;
        QTest::newRow("tap, showing") << int(Kind::Tap) << true;
        QTest::newRow("fill, looking") << int(Kind::Fill) << false;
        QTest::newRow("fill, showing") << int(Kind::Fill) << true;
        QTest::newRow("address") << int(Kind::Address) << false;
        QTest::newRow("appears") << int(Kind::Appears) << false;
        QTest::newRow("done") << int(Kind::Done) << false;
    }

    void doneOverridesEveryKind()
    {
        QFETCH(int, kind);
        QFETCH(bool, found);
        Step first = makeStep(u"premier"_s, Kind(kind));
        if (first.completion.kind == Kind::Tap || first.completion.kind == Kind::Fill) {
            first.target = {css(u"#champ"_s)};
        }
        if (first.completion.kind == Kind::Address) {
            first.completion.address = pattern(pageSpace);
        }
        if (first.completion.kind == Kind::Appears) {
            first.completion.target = {byText(u"Enregistré"_s)};
        }
        SessionEngine engine(makeGuide({first, makeStep(u"second"_s, Kind::Tap, {byText(u"Deux"_s)})}));
        Probe probe(&engine);
        engine.start();
        if (found) {
            engine.targetFound(u"premier"_s);
        }
        QCOMPARE(engine.currentIndex(), 0);
        probe.take();

        engine.done();
        QCOMPARE(where(engine), u"1 Looking"_s);
        QVERIFY(probe.take().startsWith(u"step"_s));
        QVERIFY(!engine.isSkipped(0)); // done by the person, not skipped
    }

    // --- Next, back, finishing

    void nextMarksTheStepSkipped()
    {
        SessionEngine engine(threeTaps());
        Probe probe(&engine);
        engine.start();
        probe.take();

        engine.next();
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"step watch"_s);
        QVERIFY(engine.isSkipped(0));
        QVERIFY(!engine.isSkipped(1));

        engine.targetTapped(u"b"_s);
        QCOMPARE(where(engine), u"2 Looking"_s);
        QCOMPARE(probe.take(), u"step watch"_s);
        QVERIFY(!engine.isSkipped(1));

        // Back goes to the step the person did.
        engine.back();
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"step watch"_s);

        // The first step cannot go further back.
        engine.back();
        QCOMPARE(where(engine), u"0 Looking"_s);
        probe.take();
        engine.back();
        QCOMPARE(where(engine), u"0 Looking"_s);
        QCOMPARE(probe.take(), u"-"_s);
    }

    void jumpToGoesToAnyStepAndPassesTheOnesBetween()
    {
        SessionEngine engine(threeTaps());
        Probe probe(&engine);
        engine.jumpTo(2);
        QCOMPARE(where(engine), u"-1 NotStarted"_s); // nothing before the start
        engine.start();
        probe.take();

        engine.jumpTo(2);
        QCOMPARE(where(engine), u"2 Looking"_s);
        QCOMPARE(probe.take(), u"step watch"_s);
        QVERIFY(engine.isSkipped(0));
        QVERIFY(engine.isSkipped(1));
        // Back to the first step: it is the current one again, not skipped.
        engine.jumpTo(0);
        QCOMPARE(where(engine), u"0 Looking"_s);
        QVERIFY(!engine.isSkipped(0));
        // Out of range: nothing happens.
        probe.take();
        engine.jumpTo(3);
        engine.jumpTo(-1);
        QCOMPARE(probe.take(), u"-"_s);
        // From the end, back into the guide.
        engine.jumpTo(2);
        engine.targetTapped(u"c"_s);
        QCOMPARE(where(engine), u"2 Finished"_s);
        engine.jumpTo(1);
        QCOMPARE(where(engine), u"1 Looking"_s);
    }

    void backResetsTheStep()
    {
        SessionEngine engine(makeGuide({makeStep(u"a"_s, Kind::Tap, {byText(u"Un"_s)}), makeStep(u"nom"_s, Kind::Fill, {byLabel(u"Nom"_s)})}));
        Probe probe(&engine);
        engine.start();
        engine.targetTapped(u"a"_s);
        engine.targetFound(u"nom"_s);
        engine.fieldChanged(u"nom"_s, true, false);
        QCOMPARE(where(engine), u"1 Showing"_s);
        QCOMPARE(engine.fieldFilled(), true);
        probe.take();

        engine.back();
        QCOMPARE(where(engine), u"0 Looking"_s);
        QCOMPARE(engine.fieldFilled(), false);
        QCOMPARE(probe.take(), u"step state watch filled"_s);
        // The target must be found again, within its wait.
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::Missing, 2000);
    }

    void backAfterNextReturnsToTheSkippedStep()
    {
        SessionEngine engine(threeTaps());
        engine.start();
        engine.targetTapped(u"a"_s);
        QCOMPARE(where(engine), u"1 Looking"_s);
        engine.next(); // pressed "Passer" by mistake…
        QCOMPARE(where(engine), u"2 Looking"_s);
        engine.back(); // …and "Retour" to undo it
        QCOMPARE(where(engine), u"1 Looking"_s);
    }

    void backDoesNotLandOnAnAutomaticallySkippedFirstStep()
    {
        SessionEngine engine(makeGuide({withSkipAddress(makeStep(u"cookies"_s, Kind::Tap, {byText(u"Tout refuser"_s)}), u"https://www.caf.fr/*cookies=ok*"_s),
            makeStep(u"b"_s, Kind::Tap, {byText(u"Deux"_s)}),
            makeStep(u"c"_s, Kind::Tap, {byText(u"Trois"_s)})}));
        engine.addressChanged(QUrl(u"https://www.caf.fr/accueil?cookies=ok"_s)); // the web view loads before the session starts
        engine.start();
        QCOMPARE(where(engine), u"1 Looking"_s);
        QVERIFY(engine.isSkipped(0));
        engine.targetTapped(u"b"_s);
        QCOMPARE(where(engine), u"2 Looking"_s);
        engine.back();
        QCOMPARE(where(engine), u"1 Looking"_s);
        engine.back(); // nothing done before "b": there is nowhere to go back to
        QCOMPARE(where(engine), u"1 Looking"_s);
    }

    void finishingEmitsFinishedOnceAndIgnoresLaterEvents()
    {
        SessionEngine engine(makeGuide({makeStep(u"a"_s, Kind::Tap, {byText(u"Un"_s)}, pageHome), makeStep(u"lire"_s, Kind::Done)}));
        Probe probe(&engine);
        engine.start();
        engine.addressChanged(home);
        engine.targetTapped(u"a"_s);
        QCOMPARE(where(engine), u"1 Showing"_s);
        probe.take();

        engine.done();
        QCOMPARE(where(engine), u"1 Finished"_s);
        QCOMPARE(probe.take(), u"state watch finished"_s);
        QVERIFY(engine.pageWatch().isEmpty());

        engine.done();
        engine.next();
        engine.stuck();
        engine.targetFound(u"lire"_s);
        engine.targetLost(u"lire"_s);
        engine.targetTapped(u"a"_s);
        engine.targetTapped(u"lire"_s);
        engine.fieldChanged(u"lire"_s, true, true);
        engine.elementAppeared(u"lire"_s);
        engine.skipElementPresent(u"lire"_s);
        engine.addressChanged(home);
        engine.addressChanged(elsewhere);
        QCOMPARE(where(engine), u"1 Finished"_s);
        QCOMPARE(probe.take(), u"-"_s);
        QVERIFY(engine.pageWatch().isEmpty());
        QCOMPARE(engine.currentUrl(), elsewhere); // still followed, for the next look
    }

    void backFromFinishedReturnsToTheLastStep()
    {
        SessionEngine engine(threeTaps());
        Probe probe(&engine);
        engine.start();
        engine.targetTapped(u"a"_s);
        engine.targetTapped(u"b"_s);
        engine.targetTapped(u"c"_s);
        QCOMPARE(where(engine), u"2 Finished"_s);
        probe.take();

        engine.back();
        QCOMPARE(where(engine), u"2 Looking"_s);
        QCOMPARE(probe.take(), u"state watch"_s);
        QVERIFY(!engine.pageWatch().isEmpty());

        // Finishing again says so again.
        engine.targetTapped(u"c"_s);
        QCOMPARE(where(engine), u"2 Finished"_s);
        QCOMPARE(probe.take(), u"state watch finished"_s);
    }

    void backFromFinishedInAOneStepGuide()
    {
        SessionEngine engine(makeGuide({makeStep(u"seul"_s, Kind::Done)}));
        engine.start();
        engine.done();
        QCOMPARE(where(engine), u"0 Finished"_s);
        engine.back();
        QCOMPARE(where(engine), u"0 Showing"_s);
    }

    // --- Skips

    void skipIfAddressSkipsOnEntry()
    {
        const QString loggedIn = u"https://www.caf.fr/*connecte=1*"_s;
        SessionEngine engine(makeGuide({makeStep(u"a"_s, Kind::Tap, {byText(u"Un"_s)}),
            withSkipAddress(makeStep(u"se-connecter"_s, Kind::Tap, {byText(u"Se connecter"_s)}), loggedIn),
            withSkipAddress(makeStep(u"mot-de-passe"_s, Kind::Fill, {byLabel(u"Mot de passe"_s)}), loggedIn),
            makeStep(u"d"_s, Kind::Tap, {byText(u"Quatre"_s)})}));
        Probe probe(&engine);
        engine.start();
        engine.addressChanged(QUrl(u"https://www.caf.fr/accueil?connecte=1"_s));
        QCOMPARE(where(engine), u"0 Looking"_s); // "a" has no skip condition
        probe.take();

        engine.targetTapped(u"a"_s);
        QCOMPARE(where(engine), u"3 Looking"_s);
        QCOMPARE(probe.take(), u"step watch"_s); // once, not once per skipped step
        QVERIFY(engine.isSkipped(1));
        QVERIFY(engine.isSkipped(2));
        QVERIFY(!engine.isSkipped(3));

        // Back jumps over what did not apply.
        engine.back();
        QCOMPARE(where(engine), u"0 Looking"_s);
        QCOMPARE(probe.take(), u"step watch"_s);
    }

    void skipIfAddressSkipsWhileOnTheStep()
    {
        SessionEngine engine(makeGuide({makeStep(u"a"_s, Kind::Tap, {byText(u"Un"_s)}),
            withSkipAddress(makeStep(u"cookies"_s, Kind::Tap, {byText(u"Tout refuser"_s)}), u"https://www.caf.fr/*cookies=ok*"_s),
            makeStep(u"c"_s, Kind::Tap, {byText(u"Trois"_s)})}));
        Probe probe(&engine);
        engine.start();
        engine.targetTapped(u"a"_s);
        QCOMPARE(where(engine), u"1 Looking"_s);
        probe.take();

        engine.addressChanged(home);
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"-"_s);

        engine.addressChanged(QUrl(u"https://www.caf.fr/accueil?cookies=ok"_s));
        QCOMPARE(where(engine), u"2 Looking"_s);
        QCOMPARE(probe.take(), u"step watch"_s);
        QVERIFY(engine.isSkipped(1));
    }

    void skipIfAddressPastTheLastStepFinishes()
    {
        SessionEngine engine(makeGuide({makeStep(u"a"_s, Kind::Tap, {byText(u"Un"_s)}),
            withSkipAddress(makeStep(u"deconnexion"_s, Kind::Tap, {byText(u"Se déconnecter"_s)}), u"https://www.caf.fr/au-revoir*"_s)}));
        Probe probe(&engine);
        engine.start();
        engine.addressChanged(QUrl(u"https://www.caf.fr/au-revoir"_s));
        QCOMPARE(where(engine), u"0 Looking"_s);
        probe.take();

        engine.targetTapped(u"a"_s);
        QCOMPARE(where(engine), u"1 Finished"_s);
        QCOMPARE(probe.take(), u"step state watch finished"_s);
        QVERIFY(engine.isSkipped(1));
    }

    void skipElementPresentSkipsTheCurrentStepOnly()
    {
        Step cookies = makeStep(u"cookies"_s, Kind::Tap, {byText(u"Tout refuser"_s)});
        cookies.skipIf.present = {css(u"#bandeau-cookies[hidden]"_s)};
        SessionEngine engine(makeGuide({makeStep(u"a"_s, Kind::Tap, {byText(u"Un"_s)}), cookies, makeStep(u"c"_s, Kind::Tap, {byText(u"Trois"_s)})}));
        Probe probe(&engine);
        engine.start();
        probe.take();

        engine.skipElementPresent(u"cookies"_s); // not there yet
        QCOMPARE(where(engine), u"0 Looking"_s);
        QCOMPARE(probe.take(), u"-"_s);

        engine.targetTapped(u"a"_s);
        probe.take();
        engine.skipElementPresent(u"cookies"_s);
        QCOMPARE(where(engine), u"2 Looking"_s);
        QCOMPARE(probe.take(), u"step watch"_s);
        QVERIFY(engine.isSkipped(1));
        QVERIFY(!engine.isSkipped(2));

        // Reported twice by the page: the second report does not skip "c".
        engine.skipElementPresent(u"cookies"_s);
        QCOMPARE(where(engine), u"2 Looking"_s);
        QCOMPARE(probe.take(), u"-"_s);
    }

    // --- "Where am I?"

    void addressOfALaterStepJumpsForward()
    {
        SessionEngine engine(threePages());
        Probe probe(&engine);
        engine.start();
        engine.addressChanged(home);
        QCOMPARE(where(engine), u"0 Looking"_s);
        QCOMPARE(engine.lastGoodUrl(), home);
        probe.take();

        // Already signed in: the site goes straight to the personal space.
        engine.addressChanged(space);
        QCOMPARE(where(engine), u"3 Looking"_s);
        QCOMPARE(probe.take(), u"step watch recovered(0,3)"_s);
        QCOMPARE(engine.lastGoodUrl(), space);
        QVERIFY(!engine.isSkipped(0));
        QVERIFY(!engine.isSkipped(1));
        QVERIFY(!engine.isSkipped(2));

        // Moving within the same page's pattern keeps the step.
        const QUrl other(u"https://www.caf.fr/espace/accueil"_s);
        engine.addressChanged(other);
        QCOMPARE(where(engine), u"3 Looking"_s);
        QCOMPARE(probe.take(), u"-"_s);
        QCOMPARE(engine.lastGoodUrl(), other);
    }

    void addressOfAnEarlierPageGoesToItsFirstStep()
    {
        SessionEngine engine(threePages());
        Probe probe(&engine);
        engine.start();
        engine.addressChanged(space);
        QCOMPARE(where(engine), u"3 Looking"_s);
        engine.targetTapped(u"mes-droits"_s);
        QCOMPARE(where(engine), u"4 Showing"_s);
        probe.take();

        // Browser back to the login page: both 1 and 2 are on it; resume at 1.
        engine.addressChanged(login);
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"step state watch recovered(4,1)"_s);
        QCOMPARE(engine.lastGoodUrl(), login);
    }

    void addressOfNoStepIsOffTrackUntilBack()
    {
        SessionEngine engine(threePages());
        Probe probe(&engine);
        engine.start();
        engine.addressChanged(home);
        probe.take();

        engine.addressChanged(elsewhere);
        QCOMPARE(where(engine), u"0 OffTrack"_s);
        QCOMPARE(probe.take(), u"state watch"_s);
        QCOMPARE(engine.lastGoodUrl(), home); // where "get back on track" goes
        QCOMPARE(engine.currentUrl(), elsewhere);

        // Off track, the target cannot go "missing", nor be "found" on a foreign page.
        QVERIFY(!probe.state.wait(300));
        engine.targetFound(u"accueil"_s);
        QCOMPARE(where(engine), u"0 OffTrack"_s);
        QCOMPARE(probe.take(), u"-"_s);

        // Another foreign page: still off track; only the watch is renewed.
        engine.addressChanged(QUrl(u"https://www.impots.gouv.fr/aide"_s));
        QCOMPARE(where(engine), u"0 OffTrack"_s);
        QCOMPARE(probe.take(), u"watch"_s);

        // Back on the step's page: look for the target again.
        engine.addressChanged(QUrl(u"https://www.caf.fr/accueil?retour=1"_s));
        QCOMPARE(where(engine), u"0 Looking"_s);
        QCOMPARE(probe.take(), u"state watch"_s);
        QCOMPARE(engine.lastGoodUrl(), QUrl(u"https://www.caf.fr/accueil?retour=1"_s));
        engine.targetFound(u"accueil"_s);
        QCOMPARE(where(engine), u"0 Showing"_s);
    }

    void offTrackBackToAStepWithoutTargetShowsIt()
    {
        SessionEngine engine(makeGuide({makeStep(u"lire"_s, Kind::Done, {}, pageHome), makeStep(u"b"_s, Kind::Tap, {byText(u"Deux"_s)}, pageLogin)}));
        Probe probe(&engine);
        engine.start();
        engine.addressChanged(home);
        probe.take();

        engine.addressChanged(elsewhere);
        QCOMPARE(where(engine), u"0 OffTrack"_s);
        QCOMPARE(probe.take(), u"state watch"_s);

        engine.addressChanged(home);
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"state watch"_s);
    }

    void offTrackToALaterStepRecovers()
    {
        SessionEngine engine(threePages());
        Probe probe(&engine);
        engine.start();
        engine.addressChanged(home);
        engine.addressChanged(elsewhere);
        QCOMPARE(where(engine), u"0 OffTrack"_s);
        probe.take();

        engine.addressChanged(login);
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"step state watch recovered(0,1)"_s);
    }

    void stepsWithoutPageConditionStayPut()
    {
        SessionEngine engine(makeGuide({makeStep(u"lire"_s, Kind::Done), makeStep(u"mes-droits"_s, Kind::Tap, {byText(u"Mes droits"_s)}, pageSpace)}));
        Probe probe(&engine);
        engine.start();
        probe.take();

        engine.addressChanged(space); // a later step's page
        engine.addressChanged(elsewhere); // no step's page
        QCOMPARE(where(engine), u"0 Showing"_s);
        QCOMPARE(probe.take(), u"-"_s);
        QCOMPARE(engine.lastGoodUrl(), QUrl());
    }

    void tapOnAnOffTrackPageDoesNotComplete()
    {
        SessionEngine engine(threePages());
        engine.start();
        engine.addressChanged(home);
        engine.addressChanged(elsewhere); // impots.gouv also has a « Mon compte » link
        QCOMPARE(where(engine), u"0 OffTrack"_s);
        engine.targetTapped(u"accueil"_s);
        QCOMPARE(where(engine), u"0 OffTrack"_s);
    }

    void recoveryPrefersTheNearestStep()
    {
        // The guide starts and ends on the home page.
        SessionEngine engine(makeGuide({makeStep(u"mon-compte"_s, Kind::Tap, {byText(u"Mon compte"_s)}, pageHome),
            makeStep(u"identifiant"_s, Kind::Fill, {byLabel(u"Numéro allocataire"_s)}, pageLogin),
            makeStep(u"mot-de-passe"_s, Kind::Fill, {byLabel(u"Mot de passe"_s)}, pageLogin),
            makeStep(u"mes-droits"_s, Kind::Tap, {byText(u"Mes droits"_s)}, pageSpace),
            makeStep(u"revenir"_s, Kind::Done, {}, pageHome)}));
        engine.start();
        engine.addressChanged(home);
        engine.targetTapped(u"mon-compte"_s);
        engine.addressChanged(login);
        QCOMPARE(where(engine), u"1 Looking"_s);
        // Lost on the login page, the person presses the browser's back button.
        engine.addressChanged(home);
        QCOMPARE(where(engine), u"0 Looking"_s);
    }

    void addressCompletionAlreadyReachedOnEntry()
    {
        SessionEngine engine(makeGuide(
            {makeStep(u"lire"_s, Kind::Done), withCompletionAddress(makeStep(u"aller-espace"_s, Kind::Address), pageSpace), makeStep(u"fin"_s, Kind::Done)}));
        engine.start();
        // While reading, the person already followed the link to the personal space…
        engine.addressChanged(space);
        QCOMPARE(where(engine), u"0 Showing"_s);
        engine.done(); // …then pressed "C'est fait".
        QCOMPARE(where(engine), u"2 Showing"_s);
    }

    // --- I'm stuck

    void stuck_data()
    {
        QTest::addColumn<bool>("useNext");
        QTest::newRow("done") << false;
        QTest::newRow("next") << true;
    }

    void stuck()
    {
        QFETCH(bool, useNext);
        SessionEngine engine(threeTaps());
        Probe probe(&engine);
        engine.start();
        probe.take();

        engine.stuck();
        QCOMPARE(where(engine), u"0 Stuck"_s);
        QCOMPARE(probe.take(), u"state watch"_s);

        // The person asked for help: finding the target does not take that away…
        engine.targetFound(u"a"_s);
        engine.targetLost(u"a"_s);
        QCOMPARE(where(engine), u"0 Stuck"_s);
        QCOMPARE(probe.take(), u"-"_s);
        // …nor does the wait running out.
        QVERIFY(!probe.state.wait(300));
        QCOMPARE(where(engine), u"0 Stuck"_s);

        engine.stuck(); // pressed twice
        QCOMPARE(probe.take(), u"-"_s);

        if (useNext) {
            engine.next();
        } else {
            engine.done();
        }
        QCOMPARE(where(engine), u"1 Looking"_s);
        QCOMPARE(probe.take(), u"step state watch"_s);
        QCOMPARE(engine.isSkipped(0), useNext);
    }

    void stuckWhileMissing()
    {
        SessionEngine engine(threeTaps());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::Missing, 2000);
        engine.stuck();
        QCOMPARE(where(engine), u"0 Stuck"_s);
        engine.targetTapped(u"a"_s); // the mediator found it and the person tapped it
        QCOMPARE(where(engine), u"1 Looking"_s);
    }

    // --- What the page must watch

    void pageWatchDescribesTheCurrentStep()
    {
        Step tap = makeStep(u"se-connecter"_s, Kind::Tap, {css(u"button#connexion"_s), byText(u"Se connecter"_s), byRole(u"button"_s, u"Se connecter"_s)});
        tap.frame = u"iframe#franceconnect"_s;
        Step fill = makeStep(u"mot-de-passe"_s, Kind::Fill, {byLabel(u"Mot de passe"_s)});
        fill.sensitive = true;
        Step appears = makeStep(u"attendre"_s, Kind::Appears);
        appears.completion.target = {byRole(u"heading"_s, u"Demande envoyée"_s), byText(u"Demande envoyée"_s)};
        Step cookies = makeStep(u"cookies"_s, Kind::Tap, {byText(u"Tout refuser"_s)});
        cookies.skipIf.present = {css(u"#bandeau-cookies[hidden]"_s), byRole(u"dialog"_s)};

        SessionEngine engine(makeGuide({tap, fill, appears, cookies}));
        Probe probe(&engine);
        engine.start();
        QCOMPARE(probe.watch.count(), 1);

        PageWatch watch = engine.pageWatch();
        QCOMPARE(watch.stepId, u"se-connecter"_s);
        QCOMPARE(watch.completion, Kind::Tap);
        QCOMPARE(watch.insist, true);
        QCOMPARE(watch.sensitive, false);
        QCOMPARE(watch.frame, u"iframe#franceconnect"_s);
        QCOMPARE(describe(watch.target), u"css:button#connexion, text:Se connecter, role:button/Se connecter"_s);
        QVERIFY(watch.appears.isEmpty());
        QVERIFY(watch.skipPresent.isEmpty());

        engine.targetTapped(u"se-connecter"_s);
        QCOMPARE(probe.watch.count(), 2);
        watch = engine.pageWatch();
        QCOMPARE(watch.stepId, u"mot-de-passe"_s);
        QCOMPARE(watch.completion, Kind::Fill);
        QCOMPARE(watch.insist, false); // the person types, taps anywhere
        QCOMPARE(watch.sensitive, true);
        QCOMPARE(watch.frame, QString());
        QCOMPARE(describe(watch.target), u"label:Mot de passe"_s);

        engine.fieldChanged(u"mot-de-passe"_s, true, true);
        QCOMPARE(probe.watch.count(), 3);
        watch = engine.pageWatch();
        QCOMPARE(watch.stepId, u"attendre"_s);
        QCOMPARE(watch.completion, Kind::Appears);
        QCOMPARE(watch.insist, false);
        QVERIFY(watch.target.isEmpty());
        QCOMPARE(describe(watch.appears), u"role:heading/Demande envoyée, text:Demande envoyée"_s);

        engine.elementAppeared(u"attendre"_s);
        QCOMPARE(probe.watch.count(), 4);
        watch = engine.pageWatch();
        QCOMPARE(watch.stepId, u"cookies"_s);
        QCOMPARE(describe(watch.skipPresent), u"css:#bandeau-cookies[hidden], role:dialog"_s);
        QVERIFY(watch.appears.isEmpty());

        engine.skipElementPresent(u"cookies"_s);
        QCOMPARE(where(engine), u"3 Finished"_s);
        QCOMPARE(probe.watch.count(), 5);
        QVERIFY(engine.pageWatch().isEmpty());
    }

    void pageWatchOffersTheNextTargetAfterATap()
    {
        SessionEngine engine(threeTaps());
        engine.start();
        // During a tap step the page gets the next step's watch, to look for
        // it as soon as the person taps (to highlight, never to insist); the
        // last step has none.
        QVERIFY(engine.pageWatch().next);
        QCOMPARE(engine.pageWatch().next->stepId, u"b"_s);
        QCOMPARE(engine.pageWatch().next->insist, false);
        engine.targetTapped(u"a"_s);
        QCOMPARE(engine.pageWatch().next->stepId, u"c"_s);
        engine.targetTapped(u"b"_s);
        QVERIFY(!engine.pageWatch().next);
    }

    void pageWatchNeverLooksAheadToAStepThatMayBeSkipped()
    {
        // One decider: the engine. A step a skip rule may pass over (by an
        // element on the page, or by the address the tap leads to), or an
        // address step the tap may complete at once, is never offered ahead:
        // the page cannot highlight a step the engine will not show.
        Step a = makeStep(u"a"_s, Kind::Tap, {byText(u"A"_s)});
        Step cookies = makeStep(u"cookies"_s, Kind::Tap, {byText(u"Tout refuser"_s)});
        cookies.skipIf.present = {byRole(u"dialog"_s)};
        Step c = makeStep(u"c"_s, Kind::Tap, {byText(u"C"_s)});
        Step compte = makeStep(u"compte"_s, Kind::Tap, {byText(u"Mon compte"_s)});
        compte.skipIf.address = AddressPattern::parse(u"https://example.org/espace/*"_s);
        Step d = makeStep(u"d"_s, Kind::Tap, {byText(u"D"_s)});
        Step arrivee = makeStep(u"arrivee"_s, Kind::Address, {byText(u"Suivant"_s)});
        arrivee.completion.address = AddressPattern::parse(u"https://example.org/fin"_s);
        SessionEngine engine(makeGuide({a, cookies, c, compte, d, arrivee}));
        engine.start();
        QCOMPARE(engine.pageWatch().stepId, u"a"_s);
        QVERIFY(!engine.pageWatch().next); // "cookies" may be skipped
        engine.targetTapped(u"a"_s);
        QCOMPARE(engine.pageWatch().stepId, u"cookies"_s);
        QCOMPARE(engine.pageWatch().next->stepId, u"c"_s);
        engine.targetTapped(u"cookies"_s);
        QVERIFY(!engine.pageWatch().next); // "compte" may be skipped by the address
        engine.targetTapped(u"c"_s);
        QCOMPARE(engine.pageWatch().next->stepId, u"d"_s);
        engine.targetTapped(u"compte"_s);
        QVERIFY(!engine.pageWatch().next); // the tap may reach "arrivee"'s address
    }

    void pageWatchStopsInsistingWhenTheTargetIsMissing()
    {
        SessionEngine engine(threeTaps());
        engine.start();
        QCOMPARE(engine.pageWatch().insist, true);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::Missing, 2000);
        // The site renamed its button: the person must be able to tap the one they see.
        QCOMPARE(engine.pageWatch().insist, false);
    }

    // --- A whole procedure

    void wholeProcedureAcrossTwoSites()
    {
        const QString ft = u"https://www.francetravail.fr"_s;
        const QString fc = u"https://app.franceconnect.gouv.fr"_s;
        Step identifier = makeStep(u"identifiant"_s, Kind::Fill, {byLabel(u"Numéro de sécurité sociale"_s)}, fc + u"/*"_s);
        identifier.sensitive = true;
        Step password = makeStep(u"mot-de-passe"_s, Kind::Fill, {byLabel(u"Mot de passe"_s)}, fc + u"/*"_s);
        password.sensitive = true;
        Step saved = makeStep(u"enregistree"_s, Kind::Appears, {}, ft + u"/actualisation*"_s);
        saved.completion.target = {byText(u"Votre actualisation est enregistrée"_s)};
        SessionEngine engine(makeGuide({
            makeStep(u"se-connecter"_s, Kind::Tap, {byRole(u"button"_s, u"Se connecter"_s), byText(u"Se connecter"_s)}, ft + u"/accueil*"_s),
            makeStep(u"franceconnect"_s, Kind::Tap, {css(u"button.franceconnect-button"_s)}, ft + u"/connexion*"_s),
            identifier,
            password,
            makeStep(u"continuer"_s, Kind::Tap, {byText(u"Continuer sur France Travail"_s)}, fc + u"/*"_s),
            makeStep(u"actualiser"_s, Kind::Tap, {byText(u"M'actualiser"_s)}, ft + u"/espace/*"_s),
            makeStep(u"travaille"_s, Kind::Fill, {byRole(u"radio"_s, u"Non"_s)}, ft + u"/actualisation*"_s),
            saved,
        }));
        QStringList visited;
        connect(&engine, &SessionEngine::currentStepChanged, this, [&] {
            visited.append(where(engine));
        });
        Probe probe(&engine);

        engine.start();
        engine.addressChanged(QUrl(ft + u"/accueil"_s));
        engine.targetFound(u"se-connecter"_s);
        QCOMPARE(where(engine), u"0 Showing"_s);
        engine.targetTapped(u"se-connecter"_s);
        QCOMPARE(where(engine), u"1 Looking"_s);

        engine.addressChanged(QUrl(ft + u"/connexion?origine=accueil"_s));
        engine.targetFound(u"franceconnect"_s);
        QCOMPARE(where(engine), u"1 Showing"_s);
        // The tap navigates to the other site before the page could report it.
        engine.addressChanged(QUrl(fc + u"/api/v1/authorize?client_id=ft&state=x"_s));
        QCOMPARE(where(engine), u"2 Looking"_s);
        engine.targetTapped(u"franceconnect"_s); // late, stale
        QCOMPARE(where(engine), u"2 Looking"_s);

        engine.targetFound(u"identifiant"_s);
        engine.fieldChanged(u"identifiant"_s, true, false);
        QCOMPARE(where(engine), u"2 Showing"_s);
        QCOMPARE(engine.fieldFilled(), true);
        engine.fieldChanged(u"identifiant"_s, true, true);
        QCOMPARE(where(engine), u"3 Looking"_s);
        QCOMPARE(engine.fieldFilled(), false);

        engine.targetFound(u"mot-de-passe"_s);
        engine.fieldChanged(u"mot-de-passe"_s, true, true);
        QCOMPARE(where(engine), u"4 Looking"_s);

        engine.addressChanged(QUrl(fc + u"/consentement"_s));
        engine.targetFound(u"continuer"_s);
        engine.targetTapped(u"continuer"_s);
        QCOMPARE(where(engine), u"5 Looking"_s);

        engine.addressChanged(QUrl(ft + u"/espace/tableau-de-bord"_s));
        engine.targetFound(u"actualiser"_s);
        engine.targetTapped(u"actualiser"_s);
        QCOMPARE(where(engine), u"6 Looking"_s);

        engine.addressChanged(QUrl(ft + u"/actualisation/etape-1"_s));
        engine.targetFound(u"travaille"_s);
        engine.fieldChanged(u"travaille"_s, true, true);
        QCOMPARE(where(engine), u"7 Showing"_s);

        engine.addressChanged(QUrl(ft + u"/actualisation/confirmation"_s));
        engine.elementAppeared(u"enregistree"_s);
        QCOMPARE(where(engine), u"7 Finished"_s);

        QCOMPARE(visited,
            QStringList({u"0 Looking"_s, u"1 Looking"_s, u"2 Looking"_s, u"3 Looking"_s, u"4 Looking"_s, u"5 Looking"_s, u"6 Looking"_s, u"7 Showing"_s}));
        QCOMPARE(probe.recovered.count(), 1);
        QCOMPARE(probe.recovered.first(), QVariantList({1, 2}));
        QCOMPARE(probe.finished.count(), 1);
        for (int i = 0; i < engine.stepCount(); ++i) {
            QVERIFY2(!engine.isSkipped(i), qPrintable(u"step %1"_s.arg(i)));
        }
        QCOMPARE(engine.lastGoodUrl(), QUrl(ft + u"/actualisation/confirmation"_s));
    }
};

QTEST_GUILESS_MAIN(SessionEngineTest)
#include "tst_sessionengine.moc"
