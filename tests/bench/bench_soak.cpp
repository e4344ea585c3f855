// SPDX-License-Identifier: GPL-3.0-or-later
// Long use (prints figures; not a pass/fail test): N guided practice sessions
// back to back in one process (start, a few taps, quit, wipe), with the real
// app, Qt WebEngine and the practice site. Every 50 sessions (and after the
// first 10) it prints the process's RSS, the processes under it (the
// WebEngine ones) and the session folders left; at the end, what is left once
// the last session is disposed of.
//
//   ./tools/dev xvfb-run -a -s "-screen 0 1280x800x24" env QTWEBENGINE_DISABLE_SANDBOX=1 build/bin/bench_soak [SESSIONS, default 300] [TAPS, default 3]

#include "appcontroller.h"
#include "benchsupport.h"
#include "guisupport.h"
#include "sessiondriver.h"
#include "sessionfolder.h"
#include "testsupport.h"
#include "webengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{

double rssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

/// Processes whose parent is this one, or one of its descendants.
int childProcesses()
{
    QHash<qint64, qint64> parents;
    for (const QString &name : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile stat(u"/proc/%1/stat"_s.arg(name));
        bool number = false;
        const qint64 pid = name.toLongLong(&number);
        if (number && stat.open(QIODevice::ReadOnly)) {
            const QByteArray line = stat.readAll();
            parents.insert(pid, line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong());
        }
    }
    int count = 0;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        for (qint64 up = it.value(); up > 1; up = parents.value(up, 0)) {
            if (up == ::getpid()) {
                ++count;
                break;
            }
        }
    }
    return count;
}

int sessionFolders()
{
    return int(QDir(sessionFoldersBase()).entryList({u"session-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot).size());
}

void report(int done, double seconds)
{
    std::printf("  %8d %10.1f %10d %10d %10.0f   (load average %s)\n", done, rssMiB(), childProcesses(), sessionFolders(), seconds,
        bench::loadAverage().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    test::PrivateFolders folders;
    test::allowWebEngineAsRoot();
    initializeWebEngine();
    QGuiApplication app(argc, argv);
    setupApplicationIdentity();
    const int sessions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;
    const int taps = argc > 2 ? std::max(0, std::atoi(argv[2])) : 3;

    test::SessionDriver driver;
    if (!driver.startApp()) {
        return 1;
    }
    std::printf("Pas à pas — %d practice sessions in one process (practice-toucher, %d taps each, then Quit)\n", sessions, taps);
    std::printf("  sessions   RSS MiB  processes    folders   seconds\n");
    QElapsedTimer clock;
    clock.start();
    report(0, 0);
    double firstRss = 0;
    const int baseline = std::min(50, std::max(1, sessions / 2)); // growth is measured from there
    for (int n = 1; n <= sessions; ++n) {
        if (!driver.start(u"practice-toucher"_s, 30000) || !QTest::qWaitFor([&] { return driver.session()->state() == SessionEngine::State::Showing; }, 30000)) {
            std::fprintf(stderr, "session %d did not show its first step (%s)\n", n, qPrintable(driver.where()));
            return 1;
        }
        for (int t = 0; t < taps && !driver.isFinished(); ++t) {
            if (!driver.doCurrentStep()) {
                std::fprintf(stderr, "session %d: step not done (%s)\n", n, qPrintable(driver.where()));
                return 1;
            }
        }
        QPointer<SessionController> session = driver.session();
        driver.controller()->sessions()->end();
        if (!QTest::qWaitFor([&] { return session.isNull(); }, SessionManager::teardownDelayMs + 10000)) {
            std::fprintf(stderr, "session %d was not disposed of\n", n);
            return 1;
        }
        if (n == 10 || n % 50 == 0 || n == sessions) {
            report(n, double(clock.elapsed()) / 1000.0);
        }
        if (n == baseline) {
            firstRss = rssMiB();
        }
    }
    // What the last session may still hold goes with time, not with another session.
    QTest::qWait(SessionManager::teardownDelayMs + 3000);
    const double lastRss = rssMiB();
    std::printf("\n  RSS after %d sessions: %.1f MiB; growth after the first %d: %+.1f %% (target < 5 %% after the first 50)\n", sessions, lastRss,
        baseline, firstRss > 0 ? (lastRss / firstRss - 1) * 100 : 0.0);
    std::printf("  left behind after the last session: %d processes under the app, %d session folders\n", childProcesses(), sessionFolders());
    return 0;
}
