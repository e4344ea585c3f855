// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a pass/fail test): from the tap on
// "Quit" at the end of a session to a fresh home screen ready for the next
// person (session wiped, home page in place and drawn), with the real app,
// the real Qt WebEngine and the practice site under Xvfb.
// Run: ./tools/dev xvfb-run -a -s "-screen 0 1280x800x24" build/bin/bench_wipe
#include "appcontroller.h"
#include "application.h"
#include "benchframe.h"
#include "guisupport.h"
#include "sessioncontroller.h"
#include "webengine.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

using bench::print;

int main(int argc, char *argv[])
{
    test::allowWebEngineAsRoot();
    initializeWebEngine();
    QGuiApplication app(argc, argv);
    setupApplicationIdentity();

    Application application(CommandLine{});
    if (!application.load()) {
        std::fprintf(stderr, "the window could not be loaded\n");
        return 1;
    }
    QQuickWindow *window = application.window();
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window)) {
        return 1;
    }

    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
    QList<double> wiped;
    QList<double> home;
    QList<double> disposed;
    for (int run = 0; run < runs; ++run) {
        if (!application.controller()->sessions()->start(u"practice-toucher"_s)) {
            std::fprintf(stderr, "the session did not start\n");
            return 1;
        }
        SessionController *session = application.session();
        QPointer<SessionController> alive(session);
        if (!QTest::qWaitFor(
                [&] {
                    return session->state() == SessionEngine::State::Showing;
                },
                20000)) {
            std::fprintf(stderr, "the session did not show its first step\n");
            return 1;
        }
        QTest::qWait(200);
        QQuickItem *quit = test::findItemWhere(window->contentItem(), [](QQuickItem *button) {
            return button->objectName() == u"quitButton" && button->isVisible();
        });
        if (!quit) {
            std::fprintf(stderr, "no quit button\n");
            return 1;
        }

        QElapsedTimer timer;
        double wipedAt = -1;
        QObject::connect(session, &SessionController::closedChanged, session, [&] {
            wipedAt = double(timer.nsecsElapsed()) / 1e6;
        });
        timer.start();
        test::tapCentre(window, quit);
        if (wipedAt < 0) {
            std::fprintf(stderr, "the session was not wiped\n");
            return 1;
        }
        wiped.append(wipedAt);
        // Ready: the home page is the only page, slid fully into place, and drawn.
        const bool ready = bench::waitLive(
            [&] {
                QQuickItem *page = test::currentPage(window);
                const QVariant depth = window->property("pageStack").value<QObject *>()->property("depth");
                return page && page->objectName() == u"homePage" && depth.toInt() == 1 && qFuzzyIsNull(page->mapToScene(QPointF(0, 0)).x());
            },
            5000);
        if (!ready) {
            std::fprintf(stderr, "the home screen did not come back\n");
            return 1;
        }
        (void)bench::frameDrawn(window, 1000);
        home.append(double(timer.nsecsElapsed()) / 1e6);
        if (!QTest::qWaitFor(
                [&] {
                    return alive.isNull();
                },
                SessionManager::teardownDelayMs + 3000)) {
            return 1;
        }
        disposed.append(double(timer.nsecsElapsed()) / 1e6);
    }
    print("Quit tapped -> session wiped (profile, folder, clipboard)", wiped, "-");
    print("Quit tapped -> fresh home screen drawn", home, "≤ 150 ms");
    print("Quit tapped -> browser profile destroyed", disposed, "-");
    return 0;
}
