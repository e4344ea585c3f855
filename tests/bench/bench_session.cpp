// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a pass/fail test): with the real app, the
// real Qt WebEngine and the practice site under Xvfb,
//  - from a tap on the highlighted target to the next step shown with its
//    target highlighted and a frame drawn, over many transitions;
//  - from "Start" to the first target highlighted.
// Run: ./tools/dev xvfb-run -a -s "-screen 0 1280x800x24" build/bin/bench_session
#include "appcontroller.h"
#include "application.h"
#include "benchframe.h"
#include "guisupport.h"
#include "pagebridge.h"
#include "sessioncontroller.h"
#include "sessiondriver.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTest>

#include <cstdio>
#include <utility>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
using bench::frameDrawn;
using bench::loadAverage;
using bench::print;
using bench::waitLive;

/// The figures, in milliseconds.
struct Figures
{
    QList<double> startTimes;
    QList<double> transitions;
    QList<double> toTapped; ///< tap → the page's "tapped" report reaches the app
    QList<double> toFound; ///< tap → the page's "found" report for the next step
    QList<double> toShown; ///< tap → the next step shown in the app, before its frame
    QElapsedTimer stage; ///< from the last tap (outlives a session: its page reports late)
    bool tappedSeen = false; ///< only the first report of each kind after a tap counts
    bool foundSeen = false;
    void tapping()
    {
        stage.start();
        tappedSeen = foundSeen = false;
    }
};

/// Times the page's reports from the last tap (Figures::stage).
void timeReports(SessionController *session, Figures &figures)
{
    QObject::connect(session->pageBridge(), &PageBridge::tapped, session, [&figures] {
        if (figures.stage.isValid() && !std::exchange(figures.tappedSeen, true)) {
            figures.toTapped.append(double(figures.stage.nsecsElapsed()) / 1e6);
        }
    });
    QObject::connect(session->pageBridge(), &PageBridge::targetFound, session, [&figures] {
        if (figures.stage.isValid() && !std::exchange(figures.foundSeen, true)) {
            figures.toFound.append(double(figures.stage.nsecsElapsed()) / 1e6);
        }
    });
}

/// Prints where the time of a transition goes.
void printStages(const Figures &figures)
{
    print("  … the page's tap report reaches the app", figures.toTapped, "—");
    print("  … the next target found and reported", figures.toFound, "—");
    print("  … the next step shown in the app (before its frame)", figures.toShown, "—");
}

/// One session of the practice guide, tapped through as a person would.
bool playOnce(const test::SessionDriver &person, Figures &figures)
{
    QElapsedTimer timer;
    timer.start();
    if (!person.controller()->sessions()->start(u"practice-toucher"_s)) {
        std::fprintf(stderr, "the practice guide did not start\n");
        return false;
    }
    SessionController *session = person.session();
    timeReports(session, figures);
    if (!waitLive(
            [&] {
                return person.isShowing(session->stepId());
            },
            30000) ||
        !frameDrawn(person.window())) {
        std::fprintf(stderr, "first target never highlighted\n");
        return false;
    }
    figures.startTimes.append(double(timer.nsecsElapsed()) / 1e6);

    while (session->stepId() != u"fin") {
        const QString current = session->stepId();
        const Step *step = session->engine()->currentStep();
        if (!step || step->target.isEmpty() || step->completion.kind == Completion::Kind::Fill) {
            // Scrolling down, typing a word: done as a person would, not timed.
            if (!person.doCurrentStep()) {
                std::fprintf(stderr, "could not do %s\n", qPrintable(current));
                return false;
            }
            continue;
        }
        // The person looks, and taps once the target stays where it is (not timed).
        if (!person.waitShowing(current) || !person.waitSettled()) {
            std::fprintf(stderr, "the page does not settle at %s\n", qPrintable(current));
            return false;
        }
        const QPoint point = person.targetCentre();
        timer.restart();
        figures.tapping();
        QTest::mouseClick(person.window(), Qt::LeftButton, {}, point);
        // The next step shown: highlighted, or without a target to highlight.
        if (!waitLive(
                [&] {
                    return session->stepId() != current && (person.isShowing(session->stepId()) || !session->step().hasTarget || session->stepId() == u"fin");
                },
                10000)) {
            std::fprintf(stderr, "stuck after %s\n", qPrintable(current));
            return false;
        }
        if (person.isShowing(session->stepId())) {
            figures.toShown.append(double(figures.stage.nsecsElapsed()) / 1e6);
            frameDrawn(person.window());
            figures.transitions.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    figures.stage.invalidate();
    person.controller()->sessions()->end();
    // The next round starts from the screen the person is back on, in place.
    return QTest::qWaitFor(
               [&] {
                   return !person.session() && person.currentPage() && person.currentPage()->objectName() != u"sessionPage";
               },
               10000) &&
        person.pageInPlace();
}
/// --taps-only: the big page's taps, without its own work (quicker, to work on the page script).
bool tapsOnly = false;

/// The big page (about 10,000 elements, frames and shadow roots): taps
/// through its five buttons, timing each; then the page's own work with the
/// guide watching (a target shown) and with the guide idle (its last step).
bool playBigPage(const test::SessionDriver &person, Figures &figures, QList<double> &watching, QList<double> &idle, int &elements)
{
    if (!person.controller()->sessions()->start(u"bench-grande-page"_s)) {
        std::fprintf(stderr, "the big page guide did not start\n");
        return false;
    }
    SessionController *session = person.session();
    timeReports(session, figures);
    // Each run waits for its answer, however long a busy machine takes: a
    // run still going on the page when the next tap comes would hold that
    // tap back (seen as « stuck after etape-1 » at load 10).
    bool worked = true;
    const auto work = [&](QList<double> &into) {
        for (int i = 0; i < (tapsOnly ? 0 : 5) && worked; ++i) {
            const QVariant ms = test::runJavaScript(person.webView(), u"mesurerTravail()"_s, 120000);
            worked = ms.isValid();
            into.append(ms.toDouble());
        }
    };
    for (int n = 1; n <= 5; ++n) {
        const QString current = u"etape-%1"_s.arg(n);
        if (!person.waitShowing(current, 60000) || !person.waitSettled()) {
            std::fprintf(stderr, "the big page does not show %s\n", qPrintable(current));
            return false;
        }
        if (n == 1) {
            elements = test::runJavaScript(person.webView(), u"document.querySelectorAll('*').length"_s).toInt();
            work(watching);
            if (!worked || !person.waitSettled()) {
                std::fprintf(stderr, "the big page's own work did not end\n");
                return false;
            }
        }
        const QPoint point = person.targetCentre();
        figures.tapping();
        QTest::mouseClick(person.window(), Qt::LeftButton, {}, point);
        if (!waitLive(
                [&] {
                    return session->stepId() != current && (person.isShowing(session->stepId()) || session->stepId() == u"fin");
                },
                10000)) {
            std::fprintf(stderr, "stuck after %s: the session is at %s, in state %d\n", qPrintable(current), qPrintable(session->stepId()), int(session->state()));
            return false;
        }
        if (person.isShowing(session->stepId()) && session->stepId() != u"fin") {
            figures.toShown.append(double(figures.stage.nsecsElapsed()) / 1e6);
            frameDrawn(person.window());
            figures.transitions.append(double(figures.stage.nsecsElapsed()) / 1e6);
        }
    }
    figures.stage.invalidate();
    work(idle);
    person.controller()->sessions()->end();
    if (!worked) {
        std::fprintf(stderr, "the big page's own work did not end\n");
        return false;
    }
    return QTest::qWaitFor(
        [&] {
            return !person.session() && person.currentPage() && person.currentPage()->objectName() != u"sessionPage";
        },
        10000);
}
} // namespace

int main(int argc, char *argv[])
{
    test::allowWebEngineAsRoot();
    initializeWebEngine();
    QGuiApplication app(argc, argv);
    setupApplicationIdentity();

    test::SessionDriver person;
    CommandLine commandLine;
    commandLine.guideDirs = {test::testData(u"bench-guides"_s)};
    if (!person.startApp(commandLine)) {
        std::fprintf(stderr, "could not load the interface\n");
        return 1;
    }
    // --big-page: only the big page's rounds (quicker, to work on the page script).
    const bool bigPageOnly = app.arguments().contains(u"--big-page"_s);
    tapsOnly = app.arguments().contains(u"--taps-only"_s);
    Figures figures;
    for (int round = 0; round < (bigPageOnly ? 0 : 6); ++round) {
        if (!playOnce(person, figures)) {
            return 1;
        }
    }

    std::printf("\nPas à pas — guided session benchmark (Qt WebEngine, practice site, Xvfb, llvmpipe; load average %s)\n\n", loadAverage().constData());
    print("tap → next step shown, target highlighted", figures.transitions, "median ≤ 33 ms");
    print("Start → first target highlighted", figures.startTimes, "—");
    // --practice-only: only the practice page's rounds (quicker, for A/B runs of the app).
    if (app.arguments().contains(u"--practice-only"_s)) {
        std::printf("\nwhere the time goes on the practice page (from the tap):\n");
        printStages(figures);
        std::printf("\n");
        return 0;
    }
    Figures big;
    QList<double> watching;
    QList<double> idle;
    int elements = 0;
    for (int round = 0; round < (tapsOnly ? 8 : 3); ++round) {
        if (!playBigPage(person, big, watching, idle, elements)) {
            return 1;
        }
    }
    std::printf("\nthe same on a big page (%d elements, 4 frames, 5 shadow roots; load average %s):\n", elements, loadAverage().constData());
    print("tap → next step shown, target highlighted", big.transitions, "median ≤ 50 ms");
    print("the page's own script (2,000 changes), guide watching", watching, "≤ 1.05 × idle");
    print("the page's own script (2,000 changes), guide idle", idle, "—");
    std::printf("\nwhere the time goes on the practice page (from the tap):\n");
    printStages(figures);
    std::printf("\nwhere the time goes on the big page (from the tap):\n");
    printStages(big);
    std::printf("\n");
    return 0;
}
