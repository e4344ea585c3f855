// SPDX-License-Identifier: GPL-3.0-or-later
// Cold starts of the app against a bare Kirigami window (bench_bare), in one
// run, alternating: bare window with one WebEngineView, `pasapas --start
// GUIDE`, bare Kirigami window, pasapas to its first screen; each start with
// fresh private folders (XDG folders, TMPDIR). Prints medians and the ratios
// pasapas / bare, which hold on a busy machine better than the times do.
// Needs a display:
//
//   ./tools/dev xvfb-run -a -s "-screen 0 1280x800x24" env QTWEBENGINE_DISABLE_SANDBOX=1 build/bin/bench_startup [--runs N] [--guide ID]
//
// --home-only: only the two first frames (pasapas's home screen, the bare
// Kirigami window). --app PATH: another build's pasapas; --app OLD --app NEW
// times both builds in the same run, each after the same bare window.

#include "benchsupport.h"
#include "processtree.h"
#include "practiceserver.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace
{

using pasapas::bench::Pss;
constexpr int timeoutMs = 90'000;

struct Start
{
    QHash<QByteArray, double> at; ///< marker → ms after the process was started
    QHash<QByteArray, double> cpuAt; ///< marker → CPU ms the process had used by then (all its threads)
    Pss pss; ///< settle ms after the last marker
    std::map<QString, Pss> pssByKind;
    int processes = 0;
};

/// Starts program with fresh private folders (but cacheDir as its cache
/// folder, when given) and waits for every marker on its standard error;
/// then, when settleMs > 0, measures its memory that long after.
std::optional<Start> startOnce(const QString &program, const QStringList &arguments, const QList<QByteArray> &markers, int settleMs, const QString &cacheDir)
{
    QTemporaryDir root;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, path] : pasapas::test::makePrivateFolders(root.path(), cacheDir)) {
        environment.insert(QString::fromLatin1(name), path);
    }
    environment.insert(u"QT_LOGGING_RULES"_s, u"pasapas.session.debug=true;pasapas.app.info=true"_s);
    environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Start start;
    QByteArray log;
    const auto drain = [&] {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            log += line;
            for (const QByteArray &marker : markers) {
                if (!start.at.contains(marker) && line.contains(marker)) {
                    start.at.insert(marker, double(timer.nsecsElapsed()) / 1e6);
                    start.cpuAt.insert(marker, pasapas::bench::cpuMs(process.processId()));
                }
            }
        }
    };
    // The event loop runs meanwhile: the practice site in this process answers the bare window.
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, drain);
    (void)QTest::qWaitFor(
        [&] {
            return start.at.size() == markers.size() || process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    drain();
    const bool complete = start.at.size() == markers.size();
    if (complete && settleMs > 0) {
        QTest::qWait(settleMs);
        start.pss = pasapas::bench::pssMiB(process.processId(), &start.processes, &start.pssByKind);
    }
    process.terminate();
    if (!process.waitForFinished(15'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
    if (!complete) {
        std::fprintf(stderr, "%s %s: no \"%s\" within %d s; its log:\n%s\n", qPrintable(program), qPrintable(arguments.join(u' ')),
            markers.value(start.at.size()).constData(), timeoutMs / 1000, log.right(3000).constData());
        return std::nullopt;
    }
    return start;
}

QString figure(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

void row(const char *what, double bare, double app, const char *unit, double target)
{
    const double ratio = app / bare;
    std::printf("  %-48s %9s %-4s %9s %-4s %6.2f ×   ≤ %.2f ×   %s\n", what, qPrintable(figure(bare, bare < 10 ? 1 : 0)), unit,
        qPrintable(figure(app, app < 10 ? 1 : 0)), unit, ratio, target, ratio <= target ? "within" : "OVER");
}

/// Where the memory is: the median PSS of each kind of process (all, the
/// heaps, the libraries), bare against pasapas.
void printBreakdown(const std::map<QString, QList<Pss>> &bare, const std::map<QString, QList<Pss>> &app, int settleMs)
{
    std::map<QString, int> kinds;
    for (const auto *side : {&bare, &app}) {
        for (const auto &[kind, values] : *side) {
            kinds[kind] = 0;
        }
    }
    const auto median = [](const std::map<QString, QList<Pss>> &side, const QString &kind, double Pss::*part) {
        const auto it = side.find(kind);
        if (it == side.end()) {
            return 0.0;
        }
        QList<double> values;
        for (const Pss &pss : it->second) {
            values.append(pss.*part);
        }
        return pasapas::bench::percentile(values, 0.5);
    };
    std::printf("\n  PSS %.1f s after load, per kind of process (MiB, medians; a kind's processes summed):\n", settleMs / 1000.0);
    std::printf("  %-28s %20s %20s\n", "", "bare: all anon file", "pasapas: all anon file");
    for (const auto &[kind, unused] : kinds) {
        std::printf("  %-28s %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f\n", qPrintable(kind), median(bare, kind, &Pss::all), median(bare, kind, &Pss::anon),
            median(bare, kind, &Pss::file), median(app, kind, &Pss::all), median(app, kind, &Pss::anon), median(app, kind, &Pss::file));
    }
}

/// The order of the builds in a run: every other run the other way round, so
/// that the one right after the bare window is not always the same (in two
/// runs with a fixed order, the build started second had the better median,
/// whichever build it was).
QList<qsizetype> runOrder(int run, qsizetype count)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < count; ++i) {
        order.append(run % 2 == 0 ? i : count - 1 - i);
    }
    return order;
}

/// --home-only: the first frames alone, alternating, many more of them in
/// the same time (a start to the home screen takes a second or two). With
/// several programs (--app given twice), each takes its turn after the bare
/// window, in the same run: two builds compared under the same load.
int homeScreenOnly(const QString &bare, const QStringList &programs, int runs, const QString &bareCache, const QString &appCache)
{
    const QByteArray loadBefore = pasapas::bench::loadAverage();
    QList<double> bareFrame, bareCpu;
    QList<QList<double>> appFrame(programs.size()), appCpu(programs.size());
    for (int run = 0; run < runs; ++run) {
        const auto bp = startOnce(bare, {u"--plain"_s}, {"bench: first frame drawn"}, 0, bareCache);
        if (!bp) {
            return 1;
        }
        bareFrame.append(bp->at.value("bench: first frame drawn"));
        bareCpu.append(bp->cpuAt.value("bench: first frame drawn"));
        for (const qsizetype i : runOrder(run, programs.size())) {
            const auto ap = startOnce(programs.at(i), {u"--lang"_s, u"fr"_s}, {"first frame drawn"}, 0, appCache);
            if (!ap) {
                return 1;
            }
            appFrame[i].append(ap->at.value("first frame drawn"));
            appCpu[i].append(ap->cpuAt.value("first frame drawn"));
        }
    }
    std::printf("Pas à pas — first frames only, %d of each, alternating (load average %s before, %s after)\n", runs, loadBefore.constData(),
        pasapas::bench::loadAverage().constData());
    for (qsizetype i = 0; i < programs.size(); ++i) {
        std::printf("  %s%s --lang fr against bench_bare --plain\n", programs.size() > 1 ? qPrintable(u"[%1] "_s.arg(i + 1)) : "", qPrintable(programs.at(i)));
    }
    std::printf("\n  %-48s %14s %14s %8s   %-9s\n", "medians", "bare", "pasapas", "ratio", "target");
    for (qsizetype i = 0; i < programs.size(); ++i) {
        const QString what = u"process start → first frame (no web page)"_s + (programs.size() > 1 ? u" [%1]"_s.arg(i + 1) : QString());
        row(qPrintable(what), pasapas::bench::percentile(bareFrame, 0.5), pasapas::bench::percentile(appFrame.at(i), 0.5), "ms", 1.2);
    }
    for (qsizetype i = 0; i < programs.size(); ++i) {
        const QString what = u"CPU used by then, all threads"_s + (programs.size() > 1 ? u" [%1]"_s.arg(i + 1) : QString());
        row(qPrintable(what), pasapas::bench::percentile(bareCpu, 0.5), pasapas::bench::percentile(appCpu.at(i), 0.5), "ms", 1.2);
    }
    std::printf("\n  %s\n", appCache.isEmpty() ? "Each start has fresh XDG folders and TMPDIR (no catalog cache)." : "Each program keeps its cache folder (the catalog cache).");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Cold starts of pasapas against a bare Kirigami window, alternating. Prints figures, never a verdict."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Cold starts of each program (at least 3)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption guideOption(u"guide"_s, u"The practice guide pasapas starts."_s, u"id"_s, u"practice-inscription"_s);
    const QCommandLineOption pageOption(u"page"_s, u"The bare window's page, on the practice site."_s, u"url"_s, u"http://emploi.localhost/"_s);
    const QCommandLineOption settleOption(u"settle"_s, u"Milliseconds after the load event when memory is measured."_s, u"ms"_s, u"3000"_s);
    const QCommandLineOption keepCacheOption(u"keep-cache"_s,
        u"Keep each program's cache folder between its starts (the catalog cache of pasapas), after one untimed start."_s);
    const QCommandLineOption homeOption(u"home-only"_s, u"Only the first frames (no web page): pasapas to its home screen against a bare Kirigami window."_s);
    const QCommandLineOption appOption(u"app"_s, u"The pasapas binary to measure (another build's); give it twice to compare two builds in one run."_s, u"path"_s);
    parser.addOptions({runsOption, guideOption, pageOption, settleOption, keepCacheOption, homeOption, appOption});
    parser.process(app);
    const int runs = std::max(3, parser.value(runsOption).toInt());
    const int settleMs = parser.value(settleOption).toInt();
    const QString bin = QCoreApplication::applicationDirPath();
    const QStringList apps = parser.values(appOption);
    const QString pasapas = apps.isEmpty() ? bin + u"/pasapas"_s : apps.constFirst();
    const bool homeOnly = parser.isSet(homeOption);
    const QString bare = bin + u"/bench_bare"_s;

    // The bare window's page comes from the same practice site files as the app's, served alike.
    pasapas::PracticeServer server;
    if (!server.start()) {
        std::fprintf(stderr, "the practice site could not start: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QString page = server.resolve(QUrl(parser.value(pageOption))).toString();

    // With --keep-cache, one cache folder per program, filled by an untimed start.
    QTemporaryDir caches;
    const bool keepCache = parser.isSet(keepCacheOption);
    const QString bareCache = keepCache ? caches.path() + u"/bare"_s : QString();
    const QString appCache = keepCache ? caches.path() + u"/pasapas"_s : QString();
    const QStringList appArguments{u"--lang"_s, u"fr"_s, u"--start"_s, parser.value(guideOption)};
    const QStringList programs = apps.isEmpty() ? QStringList{pasapas} : apps;
    if (keepCache && !startOnce(bare, {u"--web"_s, page}, {"bench: page loaded"}, 0, bareCache)) {
        return 1;
    }
    for (const QString &program : programs) {
        if (keepCache && !startOnce(program, appArguments, {"target highlighted"}, 0, appCache)) {
            return 1;
        }
    }
    if (homeOnly) {
        return homeScreenOnly(bare, programs, runs, bareCache, appCache);
    }
    const QByteArray loadBefore = pasapas::bench::loadAverage();

    /// One program's figures, a value per run.
    struct Figures
    {
        QList<double> load, highlight, pss, frame;
        std::map<QString, QList<Pss>> kinds; // PSS per kind of process
        int processes = 0;
    };
    Figures bareFigures;
    QList<Figures> appFigures(programs.size());
    for (int run = 0; run < runs; ++run) {
        // Each build takes its turn after the bare window, in the same run: two builds compared under the same load.
        const auto b = startOnce(bare, {u"--web"_s, page}, {"bench: page loaded"}, settleMs, bareCache);
        if (!b) {
            return 1;
        }
        bareFigures.load.append(b->at.value("bench: page loaded"));
        bareFigures.pss.append(b->pss.all);
        bareFigures.processes = b->processes;
        for (const auto &[kind, pss] : b->pssByKind) {
            bareFigures.kinds[kind].append(pss);
        }
        QString line = u"run %1/%2: bare %3 ms"_s.arg(run + 1).arg(runs).arg(bareFigures.load.last(), 0, 'f', 0);
        const QList<qsizetype> order = runOrder(run, programs.size());
        for (const qsizetype i : order) {
            const auto a = startOnce(programs.at(i), appArguments, {"page loaded", "target highlighted"}, settleMs, appCache);
            if (!a) {
                return 1;
            }
            Figures &figures = appFigures[i];
            figures.load.append(a->at.value("page loaded"));
            figures.highlight.append(a->at.value("target highlighted"));
            figures.pss.append(a->pss.all);
            figures.processes = a->processes;
            for (const auto &[kind, pss] : a->pssByKind) {
                figures.kinds[kind].append(pss);
            }
            line += u", pasapas%1 %2 ms"_s.arg(programs.size() > 1 ? u" [%1]"_s.arg(i + 1) : QString()).arg(figures.load.last(), 0, 'f', 0);
        }
        const auto bp = startOnce(bare, {u"--plain"_s}, {"bench: first frame drawn"}, 0, bareCache);
        if (!bp) {
            return 1;
        }
        bareFigures.frame.append(bp->at.value("bench: first frame drawn"));
        for (const qsizetype i : order) {
            const auto ap = startOnce(programs.at(i), {u"--lang"_s, u"fr"_s}, {"first frame drawn"}, 0, appCache);
            if (!ap) {
                return 1;
            }
            appFigures[i].frame.append(ap->at.value("first frame drawn"));
        }
        std::fprintf(stderr, "%s\n", qPrintable(line));
    }

    using pasapas::bench::percentile;
    const auto median = [](const QList<double> &values) {
        return percentile(values, 0.5);
    };
    const auto label = [&programs](const QString &what, qsizetype i) {
        return what + (programs.size() > 1 ? u" [%1]"_s.arg(i + 1) : QString());
    };
    std::printf("Pas à pas — cold starts, %d of each, alternating (load average %s before, %s after)\n", runs, loadBefore.constData(),
        pasapas::bench::loadAverage().constData());
    for (qsizetype i = 0; i < programs.size(); ++i) {
        std::printf("  %s%s --start %s against bench_bare --web %s\n", programs.size() > 1 ? qPrintable(u"[%1] "_s.arg(i + 1)) : "", qPrintable(programs.at(i)),
            qPrintable(parser.value(guideOption)), qPrintable(page));
    }
    std::printf("\n  %-48s %14s %14s %8s   %-9s\n", "medians", "bare", "pasapas", "ratio", "target");
    const auto rows = [&](const char *what, const QList<double> &bareValues, QList<double> Figures::*values, const char *unit, double target) {
        for (qsizetype i = 0; i < programs.size(); ++i) {
            row(qPrintable(label(QString::fromUtf8(what), i)), median(bareValues), median(appFigures.at(i).*values), unit, target);
        }
    };
    rows("process start → page load event", bareFigures.load, &Figures::load, "ms", 1.15);
    rows("process start → first target highlighted", bareFigures.load, &Figures::highlight, "ms", 1.25);
    rows(qPrintable(u"PSS of the process tree %1 s after load"_s.arg(settleMs / 1000.0)), bareFigures.pss, &Figures::pss, "MiB", 1.05);
    rows("process start → first frame (no web page)", bareFigures.frame, &Figures::frame, "ms", 1.2);
    std::printf("\n  processes in the tree: bare %d, pasapas %d. First highlight is against the bare window's load.\n", bareFigures.processes,
        appFigures.constFirst().processes);
    std::printf("  First frame: pasapas --lang fr (its first screen, fresh settings) against a bare Kirigami window.\n");
    if (keepCache) {
        std::printf("  Each start has fresh XDG folders and TMPDIR but each program keeps its cache folder (the catalog\n");
        std::printf("  cache of pasapas), filled by one untimed start; the system's\n");
    } else {
        std::printf("  Each start has fresh XDG folders and TMPDIR (no catalog cache, no browser cache); the system's\n");
    }
    std::printf("  file cache stays warm, so \"cold\" is a first start of a new user, not of a rebooted tablet.\n");
    for (qsizetype i = 0; i < programs.size(); ++i) {
        if (programs.size() > 1) {
            std::printf("\n  [%lld] %s", static_cast<long long>(i + 1), qPrintable(programs.at(i)));
        }
        printBreakdown(bareFigures.kinds, appFigures.at(i).kinds, settleMs);
    }
    return 0;
}
