// SPDX-License-Identifier: GPL-3.0-or-later
// Long use (prints figures; not a pass/fail test): N guided practice sessions
// back to back in one process (start, a few taps, quit, wipe), with the real
// app, Qt WebEngine and the practice site. Every 50 sessions (and after the
// first 10) it prints the process's RSS (its heaps and its libraries apart,
// and what malloc holds in use), the processes under it (the WebEngine ones)
// with their PSS, the QObjects and QQmlContexts alive and the session folders
// left; at the end, what is left once the last session is disposed of, the
// classes of QObject that grew since the baseline, and the QML contexts made
// since then that are still alive (their file: which component outlives its
// objects). With SOAK_GC set, the QML garbage collector runs after every
// session (is a growth only the collector's delay?). With SOAK_TRACE set, the objects
// left without any owner are also grouped by what made them (the items and
// QML files they hung from when they were made).
//
//   ./tools/dev xvfb-run -a -s "-screen 0 1280x800x24" env QTWEBENGINE_DISABLE_SANDBOX=1 build/bin/bench_soak [SESSIONS, default 300] [TAPS, default 3] [EVERY, default 50]

#include "appcontroller.h"
#include "benchsupport.h"
#include "objectcensus.h"
#include "guisupport.h"
#include "sessiondriver.h"
#include "sessionfolder.h"
#include "testsupport.h"
#include "webengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQmlExtensionPlugin>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <map>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{

using bench::ObjectCensus;

/// The classes with more objects alive than at the baseline, most first.
void printGrowth(const std::map<QByteArray, int> &before, const std::map<QByteArray, int> &after, int sessions)
{
    std::vector<std::pair<int, QByteArray>> grown;
    for (const auto &[name, count] : after) {
        const auto it = before.find(name);
        const int growth = count - (it == before.end() ? 0 : it->second);
        if (growth > 0) {
            grown.emplace_back(growth, name);
        }
    }
    std::sort(grown.begin(), grown.end(), std::greater<>());
    std::printf("  QObjects alive now and not at the baseline (over %d sessions): %s\n", sessions, grown.empty() ? "none" : "");
    for (std::size_t i = 0; i < std::min<std::size_t>(grown.size(), 12); ++i) {
        std::printf("    %+6d %s\n", grown.at(i).first, grown.at(i).second.constData());
    }
}

/// A line of /proc/PID/status or smaps_rollup ("VmRSS:", "Pss:"…), in MiB.
double field(const QString &file, const QByteArray &name)
{
    QFile status(file);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name)) {
            return line.mid(name.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

double rssMiB()
{
    return field(u"/proc/self/status"_s, "VmRSS:");
}

/// Processes whose parent is this one, or one of its descendants; their PSS in *pss (MiB).
int childProcesses(double *pss = nullptr)
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
    double sum = 0;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        for (qint64 up = it.value(); up > 1; up = parents.value(up, 0)) {
            if (up == ::getpid()) {
                ++count;
                sum += std::max(0.0, field(u"/proc/%1/smaps_rollup"_s.arg(it.key()), "Pss:"));
                break;
            }
        }
    }
    if (pss) {
        *pss = sum;
    }
    return count;
}

int sessionFolders()
{
    return int(QDir(sessionFoldersBase()).entryList({u"session-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot).size());
}

/// One row: the app process's RSS, split into its heaps (anonymous) and
/// libraries (file-backed), what malloc holds in use, the QObjects and
/// QQmlContexts alive, and the WebEngine processes.
void report(int done, double seconds)
{
    const struct mallinfo2 heap = ::mallinfo2();
    double childPss = 0;
    const int children = childProcesses(&childPss);
    const std::map<QByteArray, int> classes = ObjectCensus::byClass();
    const auto contexts = classes.find("QQmlContext");
    std::printf("  %8d %8.1f %8.1f %8.1f %8.1f %8lld %8d %10d %10.1f %8d %8.0f   (load average %s)\n", done, rssMiB(), field(u"/proc/self/status"_s, "RssAnon:"),
        field(u"/proc/self/status"_s, "RssFile:"), double(heap.uordblks + heap.hblkhd) / 1048576.0, qlonglong(ObjectCensus::alive()),
        contexts == classes.end() ? 0 : contexts->second, children, childPss,
        sessionFolders(), seconds, bench::loadAverage().constData());
    std::fflush(stdout);
}

/// Counts by name, most first (the first `most`).
void printRoots(const char *title, const std::map<QByteArray, int> &roots, std::size_t most = 10)
{
    std::printf("  %s:\n", title);
    std::vector<std::pair<int, QByteArray>> sorted;
    for (const auto &[root, count] : roots) {
        sorted.emplace_back(count, root);
    }
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (std::size_t i = 0; i < std::min(sorted.size(), most); ++i) {
        std::printf("    %6d %s\n", sorted.at(i).first, sorted.at(i).second.constData());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    ObjectCensus::install();
    test::PrivateFolders folders;
    test::allowWebEngineAsRoot();
    initializeWebEngine();
    QGuiApplication app(argc, argv);
    setupApplicationIdentity();
    const int sessions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;
    const int taps = argc > 2 ? std::max(0, std::atoi(argv[2])) : 3;
    const int every = argc > 3 ? std::max(1, std::atoi(argv[3])) : 50;

    test::SessionDriver driver;
    if (!driver.startApp()) {
        return 1;
    }
    // Who makes the objects left without an owner: each new one described (slower).
    const bool trace = qEnvironmentVariableIsSet("SOAK_TRACE");
    if (trace) {
        ObjectCensus::trace();
    }
    std::printf("Pas à pas — %d practice sessions in one process (practice-toucher, %d taps each, then Quit)\n", sessions, taps);
    std::printf("  sessions      RSS     anon     file   malloc QObjects contexts  processes  their PSS  folders  seconds   (MiB)\n");
    QElapsedTimer clock;
    clock.start();
    report(0, 0);
    double firstRss = 0;
    std::map<QByteArray, int> firstObjects;
    QSet<QObject *> firstAlive;
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
        if (qEnvironmentVariableIsSet("SOAK_GC")) { // is it only the QML garbage collector's delay?
            driver.app()->engine()->collectGarbage();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        if (n == 10 || n % every == 0 || n == sessions) {
            report(n, double(clock.elapsed()) / 1000.0);
        }
        if (n == baseline) {
            firstRss = rssMiB();
            firstObjects = ObjectCensus::byClass();
            firstAlive = ObjectCensus::snapshot();
        }
    }
    // What the last session may still hold goes with time, not with another session.
    QTest::qWait(SessionManager::teardownDelayMs + 3000);
    const double lastRss = rssMiB();
    std::printf("\n  RSS after %d sessions: %.1f MiB; growth after the first %d: %+.1f %% (target < 5 %% after the first 50)\n", sessions, lastRss,
        baseline, firstRss > 0 ? (lastRss / firstRss - 1) * 100 : 0.0);
    std::printf("  left behind after the last session: %d processes under the app, %d session folders\n", childProcesses(), sessionFolders());
    printGrowth(firstObjects, ObjectCensus::byClass(), sessions - baseline);
    printRoots("where the QObjects made since the baseline hang (topmost parent)", ObjectCensus::rootsSince(firstAlive));
    printRoots("the QQmlContexts made since the baseline and alive, by file, context object and parent context", ObjectCensus::contextsSince(firstAlive), 40);
    if (trace) {
        // By their maker and its control (the first three links), then whole.
        const std::map<QByteArray, int> made = ObjectCensus::rootsSince(firstAlive, true);
        std::map<QByteArray, int> makers;
        for (const auto &[chain, count] : made) {
            makers[chain.split('<').mid(0, 3).join('<')] += count;
        }
        printRoots("the ownerless ones among them, by what they hung from when made (SOAK_TRACE)", makers);
        printRoots("the same, with the whole chain", made);
    }
    return 0;
}
