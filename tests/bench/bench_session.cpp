// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a pass/fail test): with the real app, the
// real Qt WebEngine and the practice site under Xvfb,
//  - from a tap on the highlighted target to the next step shown with its
//    target highlighted and a frame drawn, over many transitions;
//  - from "Start" to the first target highlighted.
// Run: ./tools/dev xvfb-run -a -s "-screen 0 1280x800x24" build/bin/bench_session
#include "appcontroller.h"
#include "application.h"
#include "benchsupport.h"
#include "guisupport.h"
#include "pagebridge.h"
#include "sessioncontroller.h"
#include "webengine.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
using bench::print;
} // namespace

int main(int argc, char *argv[])
{
    test::allowWebEngineAsRoot();
    initializeWebEngine();
    QGuiApplication app(argc, argv);
    setupApplicationIdentity();

    Application application(CommandLine{});
    if (!application.load()) {
        std::fprintf(stderr, "could not load the interface\n");
        return 1;
    }
    QQuickWindow *window = application.window();
    window->resize(1280, 800);
    if (!QTest::qWaitForWindowExposed(window)) {
        return 1;
    }

    const auto webView = [&]() -> QQuickItem * {
        QList<QQuickItem *> pages;
        test::findItems(window->contentItem(), u"sessionPage"_s, pages);
        for (QQuickItem *page : std::as_const(pages)) {
            if (page->property("session").value<QObject *>() == application.session()) {
                return test::findItem(page, u"webView"_s);
            }
        }
        return nullptr;
    };
    const auto highlighted = [&](const QString &stepId) {
        SessionController *s = application.session();
        return s && s->stepId() == stepId && s->state() == SessionEngine::State::Showing && s->targetRect().width() > 0;
    };
    const auto nextFrame = [&] {
        return test::waitForFrame(window, 2000);
    };

    QList<double> startTimes;
    QList<double> transitions;
    QList<double> toTapped; // tap → the page's "tapped" report reaches the app
    QList<double> toFound; // tap → the page's "found" report for the next step
    QElapsedTimer stage;
    const int rounds = 6;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!application.controller()->sessions()->start(u"practice-toucher"_s)) {
            std::fprintf(stderr, "the practice guide did not start\n");
            return 1;
        }
        SessionController *session = application.session();
        QObject::connect(session->pageBridge(), &PageBridge::tapped, session, [&] {
            toTapped.append(double(stage.nsecsElapsed()) / 1e6);
        });
        QObject::connect(session->pageBridge(), &PageBridge::targetFound, session, [&] {
            if (stage.isValid()) {
                toFound.append(double(stage.nsecsElapsed()) / 1e6);
            }
        });
        const QString first = session->stepId();
        if (!QTest::qWaitFor(
                [&] {
                    return highlighted(first);
                },
                30000) ||
            !nextFrame()) {
            std::fprintf(stderr, "first target never highlighted\n");
            return 1;
        }
        startTimes.append(double(timer.nsecsElapsed()) / 1e6);
        QTest::qWait(300); // settled: the person looks, then taps

        while (session->stepId() != u"fin") {
            const QString current = session->stepId();
            const QRectF rect = session->targetRect();
            const qreal zoom = webView()->property("zoomFactor").toReal();
            const QPoint point = webView()->mapToScene(QPointF((rect.x() + rect.width() / 2) * zoom, (rect.y() + rect.height() / 2) * zoom)).toPoint();
            timer.restart();
            stage.start();
            QTest::mouseClick(window, Qt::LeftButton, {}, point);
            if (!QTest::qWaitFor(
                    [&] {
                        return session->stepId() != current && (session->stepId() == u"fin" || highlighted(session->stepId()));
                    },
                    10000)) {
                std::fprintf(stderr, "stuck after %s\n", qPrintable(current));
                return 1;
            }
            if (session->stepId() == u"fin") {
                break;
            }
            nextFrame();
            transitions.append(double(timer.nsecsElapsed()) / 1e6);
            QTest::qWait(150); // between two taps
        }
        stage.invalidate();
        application.controller()->sessions()->end();
        QTest::qWait(500);
    }

    std::printf("\nPas à pas — guided session benchmark (Qt WebEngine, practice site, Xvfb, llvmpipe)\n\n");
    print("tap → next step shown, target highlighted", transitions, "median ≤ 50 ms");
    print("Start → first target highlighted", startTimes, "—");
    std::printf("\nwhere the time goes (from the tap):\n");
    print("  … the page's tap report reaches the app", toTapped, "—");
    print("  … the next target found and reported", toFound, "—");
    std::printf("\n");
    return 0;
}
