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
// Kirigami window). --app PATH: another build's pasapas (two trees compared);
// with --home-only, --app OLD --app NEW times both in the same run.

#include "benchsupport.h"
#include "practiceserver.h"

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

constexpr int timeoutMs = 90'000;

/// Every process under root (root included): the WebEngine helper processes too.
QList<qint64> processTree(qint64 root)
{
    std::multimap<qint64, qint64> children; // parent → child
    for (const QString &name : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = name.toLongLong(&number);
        QFile stat(u"/proc/%1/stat"_s.arg(name));
        if (!number || !stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1) {
            children.emplace(fields.at(1).toLongLong(), pid);
        }
    }
    QList<qint64> tree{root};
    for (qsizetype i = 0; i < tree.size(); ++i) {
        const auto [from, to] = children.equal_range(tree.at(i));
        for (auto it = from; it != to; ++it) {
            tree.append(it->second);
        }
    }
    return tree;
}

/// What a process of the tree is: "main" for the program itself, else
/// Chromium's --type (renderer, gpu-process, zygote…; a utility process with
/// its sub-type, e.g. "utility network").
QString processKind(qint64 pid, qint64 root)
{
    if (pid == root) {
        return u"main"_s;
    }
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return u"?"_s;
    }
    QString kind;
    QString subType;
    for (const QByteArray &argument : file.readAll().split('\0')) {
        if (argument.startsWith("--type=")) {
            kind = QString::fromLatin1(argument.mid(7));
        } else if (argument.startsWith("--utility-sub-type=")) {
            subType = QString::fromLatin1(argument.mid(19)).section(u'.', 0, 0);
        }
    }
    if (kind.isEmpty()) {
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        kind = comm.open(QIODevice::ReadOnly) ? QString::fromLatin1(comm.readAll().trimmed()) : u"?"_s;
    }
    return subType.isEmpty() ? kind : kind + u' ' + subType;
}

/// PSS in MiB: in all, anonymous (the heaps) and file-backed (the libraries).
struct Pss
{
    double all = 0;
    double anon = 0;
    double file = 0;

    Pss &operator+=(const Pss &other)
    {
        all += other.all;
        anon += other.anon;
        file += other.file;
        return *this;
    }
};

/// Proportional set size of the process tree, in all and per kind of process.
Pss pssMiB(qint64 root, int *processes, std::map<QString, Pss> *byKind)
{
    const QList<qint64> tree = processTree(root);
    *processes = int(tree.size());
    Pss total;
    for (const qint64 pid : tree) {
        QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(pid));
        if (!rollup.open(QIODevice::ReadOnly)) {
            continue;
        }
        Pss own;
        for (const QByteArray &line : rollup.readAll().split('\n')) {
            const double mib = double(line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong()) / 1024.0;
            if (line.startsWith("Pss:")) {
                own.all = mib;
            } else if (line.startsWith("Pss_Anon:")) {
                own.anon = mib;
            } else if (line.startsWith("Pss_File:")) {
                own.file = mib;
            }
        }
        total += own;
        (*byKind)[processKind(pid, root)] += own;
    }
    return total;
}

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
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const bool kept = !cacheDir.isEmpty() && qstrcmp(name, "XDG_CACHE_HOME") == 0;
        const QString path = kept ? cacheDir : root.path() + u'/' + QString::fromLatin1(name).toLower();
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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
        start.pss = pssMiB(process.processId(), &start.processes, &start.pssByKind);
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
    std::printf("  %-44s %9s %-4s %9s %-4s %6.2f ×   ≤ %.2f ×   %s\n", what, qPrintable(figure(bare, bare < 10 ? 1 : 0)), unit,
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
        for (qsizetype i = 0; i < programs.size(); ++i) {
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
    std::printf("\n  %-44s %14s %14s %8s   %-9s\n", "medians", "bare", "pasapas", "ratio", "target");
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
    const QCommandLineOption appOption(u"app"_s, u"The pasapas binary to measure (another build's); with --home-only, give it twice to compare two builds in one run."_s, u"path"_s);
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
    if (keepCache && (!startOnce(bare, {u"--web"_s, page}, {"bench: page loaded"}, 0, bareCache) || !startOnce(pasapas, appArguments, {"target highlighted"}, 0, appCache))) {
        return 1;
    }
    if (homeOnly) {
        return homeScreenOnly(bare, apps.isEmpty() ? QStringList{pasapas} : apps, runs, bareCache, appCache);
    }
    const QByteArray loadBefore = pasapas::bench::loadAverage();

    QList<double> bareLoad, appLoad, appHighlight, barePss, appPss, bareFrame, appFrame;
    std::map<QString, QList<Pss>> bareKinds, appKinds; // PSS per kind of process, one per run
    int bareProcesses = 0;
    int appProcesses = 0;
    for (int run = 0; run < runs; ++run) {
        const auto b = startOnce(bare, {u"--web"_s, page}, {"bench: page loaded"}, settleMs, bareCache);
        const auto a = startOnce(pasapas, appArguments, {"page loaded", "target highlighted"}, settleMs, appCache);
        const auto bp = startOnce(bare, {u"--plain"_s}, {"bench: first frame drawn"}, 0, bareCache);
        const auto ap = startOnce(pasapas, {u"--lang"_s, u"fr"_s}, {"first frame drawn"}, 0, appCache);
        if (!b || !a || !bp || !ap) {
            return 1;
        }
        bareLoad.append(b->at.value("bench: page loaded"));
        barePss.append(b->pss.all);
        bareProcesses = b->processes;
        appLoad.append(a->at.value("page loaded"));
        appHighlight.append(a->at.value("target highlighted"));
        appPss.append(a->pss.all);
        appProcesses = a->processes;
        bareFrame.append(bp->at.value("bench: first frame drawn"));
        appFrame.append(ap->at.value("first frame drawn"));
        for (const auto &[kind, pss] : b->pssByKind) {
            bareKinds[kind].append(pss);
        }
        for (const auto &[kind, pss] : a->pssByKind) {
            appKinds[kind].append(pss);
        }
        std::fprintf(stderr, "run %d/%d: bare %.0f ms, pasapas %.0f ms\n", run + 1, runs, bareLoad.last(), appLoad.last());
    }

    using pasapas::bench::percentile;
    const auto median = [](const QList<double> &values) {
        return percentile(values, 0.5);
    };
    std::printf("Pas à pas — cold starts, %d of each, alternating (load average %s before, %s after)\n", runs, loadBefore.constData(),
        pasapas::bench::loadAverage().constData());
    std::printf("  pasapas --start %s against bench_bare --web %s\n\n", qPrintable(parser.value(guideOption)), qPrintable(page));
    std::printf("  %-44s %14s %14s %8s   %-9s\n", "medians", "bare", "pasapas", "ratio", "target");
    row("process start → page load event", median(bareLoad), median(appLoad), "ms", 1.15);
    row("process start → first target highlighted", median(bareLoad), median(appHighlight), "ms", 1.25);
    row(qPrintable(u"PSS of the process tree %1 s after load"_s.arg(settleMs / 1000.0)), median(barePss), median(appPss), "MiB", 1.05);
    row("process start → first frame (no web page)", median(bareFrame), median(appFrame), "ms", 1.2);
    std::printf("\n  processes in the tree: bare %d, pasapas %d. First highlight is against the bare window's load.\n", bareProcesses, appProcesses);
    std::printf("  First frame: pasapas --lang fr (its first screen, fresh settings) against a bare Kirigami window.\n");
    if (keepCache) {
        std::printf("  Each start has fresh XDG folders and TMPDIR but each program keeps its cache folder (the catalog\n");
        std::printf("  cache of pasapas), filled by one untimed start; the system's\n");
    } else {
        std::printf("  Each start has fresh XDG folders and TMPDIR (no catalog cache, no browser cache); the system's\n");
    }
    std::printf("  file cache stays warm, so \"cold\" is a first start of a new user, not of a rebooted tablet.\n");
    printBreakdown(bareKinds, appKinds, settleMs);
    return 0;
}
