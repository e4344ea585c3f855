// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a pass/fail test): from the tap on
// "Quit" at the end of a session to a fresh home screen ready for the next
// person (session wiped, home page in place and drawn), with the real app,
// the real Qt WebEngine and the practice site under Xvfb.
// Run: ./tools/dev xvfb-run -a -s "-screen 0 1280x800x24" build/bin/bench_wipe
#include "appcontroller.h"
#include "application.h"
#include "benchsupport.h"
#include "guisupport.h"
#include "sessioncontroller.h"
#include "webengine.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTest>

#include <atomic>
#include <cstdio>
#include <utility>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

using bench::print;

namespace
{
struct Times {
    QList<double> wiped, tapHandled, home, disposed;
};

/// Taps Quit on the session's page and times the way to a fresh home screen.
bool quitToHome(QQuickWindow *window, SessionController *session, Times &times)
{
    QPointer<SessionController> alive(session);
    QQuickItem *quit = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (quit = test::findItemWhere(window->contentItem(), [](QQuickItem *button) {
                            return button->objectName() == u"quitButton" && button->isVisible();
                        }));
            },
            10000)) {
        std::fprintf(stderr, "no quit button\n");
        return false;
    }

    // The fresh home screen: the home page alone on the stack, in place
    // (not sliding). Drawn: the first frame synchronised once it was so
    // has been swapped. Looked at as each frame is prepared (on the GUI
    // thread, before its sync), so that the frame that shows it is the
    // one timed, whether it comes during the tap's own event processing
    // or later; a frame already under way when it became so is not.
    const auto homeInPlace = [&] {
        QQuickItem *page = test::currentPage(window);
        const QVariant depth = window->property("pageStack").value<QObject *>()->property("depth");
        return page && page->objectName() == u"homePage" && depth.toInt() == 1 && qFuzzyIsNull(page->mapToScene(QPointF(0, 0)).x());
    };
    QElapsedTimer timer;
    double wipedAt = -1;
    std::atomic<bool> shownInNextSync = false;
    std::atomic<bool> shownInSync = false;
    std::atomic<qint64> drawnAtNs = -1;
    QObject::connect(session, &SessionController::closedChanged, session, [&] {
        wipedAt = double(timer.nsecsElapsed()) / 1e6;
    });
    QObject frameWatch;
    QObject::connect(window, &QQuickWindow::afterAnimating, &frameWatch, [&] {
        if (wipedAt >= 0 && !shownInNextSync && homeInPlace()) {
            shownInNextSync = true;
        }
    });
    QObject::connect(
        window,
        &QQuickWindow::afterSynchronizing,
        &frameWatch,
        [&] {
            if (shownInNextSync) {
                shownInSync = true;
            }
        },
        Qt::DirectConnection); // the render thread, while the GUI thread waits
    QObject::connect(
        window,
        &QQuickWindow::frameSwapped,
        &frameWatch,
        [&] {
            if (shownInSync && drawnAtNs < 0) {
                drawnAtNs = timer.nsecsElapsed();
            }
        },
        Qt::DirectConnection);
    timer.start();
    test::tapCentre(window, quit);
    const double handled = double(timer.nsecsElapsed()) / 1e6;
    if (wipedAt < 0) {
        std::fprintf(stderr, "the session was not wiped\n");
        return false;
    }
    times.wiped.append(wipedAt);
    times.tapHandled.append(handled);
    window->update();
    if (!bench::waitLive(
            [&] {
                return drawnAtNs >= 0;
            },
            5000)) {
        QQuickItem *page = test::currentPage(window);
        std::fprintf(stderr, "the home screen was not drawn: page %s, depth %d, x %g\n", page ? qPrintable(page->objectName()) : "-",
                     window->property("pageStack").value<QObject *>()->property("depth").toInt(), page ? page->mapToScene(QPointF(0, 0)).x() : qQNaN());
        return false;
    }
    QObject::disconnect(window, nullptr, &frameWatch, nullptr);
    times.home.append(double(drawnAtNs) / 1e6);
    if (!QTest::qWaitFor(
            [&] {
                return alive.isNull();
            },
            SessionManager::teardownDelayMs + 3000)) {
        return false;
    }
    times.disposed.append(double(timer.nsecsElapsed()) / 1e6);
    return true;
}

/// The app as the window shows it, 1280×800.
bool show(QQuickWindow *window)
{
    window->resize(1280, 800);
    window->show();
    return QTest::qWaitForWindowExposed(window);
}

/// A start to the home screen, N sessions from there (or from the guide's page).
int fromHome(int runs, bool fromGuide, Times &times)
{
    Application application(CommandLine{});
    if (!application.load()) {
        std::fprintf(stderr, "the window could not be loaded\n");
        return 1;
    }
    QQuickWindow *window = application.window();
    if (!show(window)) {
        return 1;
    }
    for (int run = 0; run < runs; ++run) {
        if (fromGuide) {
            const QList<std::pair<QString, QVariantMap>> pages = {
                {u"CatalogPage"_s, {}},
                {u"GuideListPage"_s, {{u"categoryId"_s, u"first-steps"_s}, {u"categoryName"_s, u"Premiers pas"_s}}},
                {u"GuideDetailPage"_s, {{u"guideId"_s, u"practice-toucher"_s}}},
            };
            for (const auto &[page, properties] : pages) {
                QMetaObject::invokeMethod(window, "pushPage", Q_ARG(QString, page), Q_ARG(QVariant, properties));
            }
            if (!QTest::qWaitFor(
                    [&] {
                        QQuickItem *page = test::currentPage(window);
                        return page && page->objectName() == u"guideDetailPage" && qFuzzyIsNull(page->mapToScene(QPointF(0, 0)).x());
                    },
                    20000)) {
                std::fprintf(stderr, "the guide's page did not open\n");
                return 1;
            }
        }
        if (!application.controller()->sessions()->start(u"practice-toucher"_s)) {
            std::fprintf(stderr, "the session did not start\n");
            return 1;
        }
        SessionController *session = application.session();
        if (!QTest::qWaitFor(
                [&] {
                    return session->state() == SessionEngine::State::Showing;
                },
                20000)) {
            std::fprintf(stderr, "the session did not show its first step\n");
            return 1;
        }
        QTest::qWait(200);
        if (!quitToHome(window, session, times)) {
            return 1;
        }
    }
    return 0;
}

/// N cold starts straight into a guide, each its own app; Quit tapped once
/// the home page is made under the session page, or (early) at the first frame.
int coldStarts(int runs, bool early, Times &times)
{
    for (int run = 0; run < runs; ++run) {
        CommandLine commandLine;
        commandLine.startGuide = u"practice-toucher"_s;
        Application application(commandLine);
        if (!application.load()) {
            std::fprintf(stderr, "the window could not be loaded\n");
            return 1;
        }
        QQuickWindow *window = application.window();
        if (!show(window) || !test::waitForFrame(window, 20000)) {
            return 1;
        }
        if (!early) {
            if (!QTest::qWaitFor(
                    [&] {
                        return application.session()->state() == SessionEngine::State::Showing
                            && window->property("homePageItem").value<QObject *>() != nullptr;
                    },
                    20000)) {
                std::fprintf(stderr, "the session did not show its first step, or no home page was made\n");
                return 1;
            }
            QTest::qWait(200);
        }
        const bool homeMade = window->property("homePageItem").value<QObject *>() != nullptr;
        if (!quitToHome(window, application.session(), times)) {
            return 1;
        }
        if (early && homeMade) {
            std::fprintf(stderr, "run %d: the home page was made before Quit\n", run + 1);
        }
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    test::allowWebEngineAsRoot();
    initializeWebEngine();
    QGuiApplication app(argc, argv);
    setupApplicationIdentity();

    int runs = 20;
    QString from = u"--from-home"_s;
    const QStringList ways = {u"--from-home"_s, u"--from-guide"_s, u"--cold-start"_s, u"--cold-start-early"_s};
    for (const QString &argument : QCoreApplication::arguments().mid(1)) {
        bool number = false;
        const int count = argument.toInt(&number);
        if (ways.contains(argument)) {
            from = argument;
        } else if (number && count > 0) {
            runs = count;
        } else {
            std::fprintf(stderr, "bench_wipe: unknown argument %s; use [N] [%s]\n", qPrintable(argument), qPrintable(ways.join(u" | "_s)));
            return 2;
        }
    }
    Times times;
    const bool cold = from.startsWith(u"--cold-start");
    if ((cold ? coldStarts(runs, from == u"--cold-start-early", times) : fromHome(runs, from == u"--from-guide", times)) != 0) {
        return 1;
    }
    const char *started = from == u"--from-guide" ? "the guide's page" : from == u"--cold-start" ? "a cold start (--start), Quit once the home page is made"
        : cold ? "a cold start (--start), Quit at the first frame" : "the home screen";
    std::printf("load average: %s; sessions started from %s\n", bench::loadAverage().constData(), started);
    print("Quit tapped -> session wiped (profile, folder, clipboard)", times.wiped, "-");
    print("Quit tapped -> the tap handled (its work all done)", times.tapHandled, "-");
    print("Quit tapped -> fresh home screen drawn", times.home, "≤ 150 ms");
    print("Quit tapped -> browser profile destroyed", times.disposed, "-");
    return 0;
}
