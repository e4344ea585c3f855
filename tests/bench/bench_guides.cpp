// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the guide catalog at scale: 1,000 generated guides. Measures
// loading (against a plain JSON parse of the same files) and the search as you
// type. Prints figures beside their targets; it is not a pass/fail test.
//
//   ./tools/dev build/bin/bench_guides [--runs N] [--keep DIR] [--only load|search]

#include "benchsupport.h"
#include "catalogmodel.h"
#include "generatedguides.h"
#include "guidelibrary.h"
#include "searchindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

using pasapas::bench::guideCount;
using pasapas::bench::stepsPerGuide;
using pasapas::bench::writeGuides;

constexpr double loadRatioTarget = 1.5; // the app's loading, from its catalog cache
constexpr double keystrokeTargetMs = 2.0;

// ---------------------------------------------------------------------------
// Measures
// ---------------------------------------------------------------------------

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty()) {
        return 0;
    }
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1, 0, values.size() - 1);
    return values.at(rank);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// (1): list the folders, read every guide.json and parse it with QJsonDocument, nothing else.
double plainParse(const QString &dir, int *parsed)
{
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    const QDir folder(dir);
    const QStringList subfolders = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : subfolders) {
        QFile file(folder.filePath(name + u"/guide.json"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            ++ok;
        }
    }
    const double ms = msSince(timer);
    *parsed = ok;
    return ms;
}

/// (2): the app's loading: read, parse, validate, index for search; (3) the same
/// from the catalog cache when cacheDir is given, as the app does.
double libraryLoad(const QString &dir, pasapas::GuideLibrary *library, const QString &cacheDir = {})
{
    QElapsedTimer timer;
    timer.start();
    if (!cacheDir.isEmpty()) {
        library->setCache(cacheDir, u"bench"_s);
    }
    library->load(dir);
    return msSince(timer);
}

struct TypingFigures
{
    QString query;
    QString language;
    int keystrokes = 0;
    int hits = 0; ///< rows after the whole query
    QList<double> ms; ///< one per keystroke, over every run
};

/// Types query letter by letter, as a person would, timing each setQuery.
void typeQuery(pasapas::GuideCatalogModel &model, TypingFigures &figures)
{
    model.setQuery(QString());
    model.refresh(); // a fresh index: nothing of an earlier run's typing is remembered
    QThreadPool::globalInstance()->waitForDone(); // built in the background, while the catalog opens
    QString typed;
    for (const QChar c : figures.query) {
        typed += c;
        QElapsedTimer timer;
        timer.start();
        model.setQuery(typed);
        figures.ms.append(msSince(timer));
    }
    figures.keystrokes = int(figures.query.size());
    figures.hits = model.count();
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 3 : 1);
}

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
}

/// Pads to a width in characters (not bytes), for aligned columns with UTF-8 text.
QString pad(const QString &s, int width, bool right = false)
{
    const int n = int(s.size());
    if (n >= width) {
        return s;
    }
    const QString fill(width - n, u' ');
    return right ? fill + s : s + fill;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_guides"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loading and search timings over 1,000 generated guides. Prints figures, never a verdict."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each measure (at least 5)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Write the guides into this folder and keep them."_s, u"dir"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Measure only \"load\" or \"search\" (to profile one of them)."_s, u"part"_s);
    parser.addOptions({runsOption, keepOption, onlyOption});
    parser.process(app);
    const int runs = std::max(5, parser.value(runsOption).toInt());
    const bool measureLoad = parser.value(onlyOption) != u"search";
    const bool measureSearch = parser.value(onlyOption) != u"load";

    QTemporaryDir temporary;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    if (!temporary.isValid() || !QDir().mkpath(dir)) {
        std::fprintf(stderr, "cannot create a folder for the guides\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = writeGuides(dir);
    if (bytes < 0) {
        return 1;
    }
    const double writeMs = msSince(timer);

    // One load first, untimed: warms the file cache and checks that the guides are valid.
    pasapas::GuideLibrary library;
    library.load(dir);
    if (library.entries().size() != guideCount || !library.diagnostics().isEmpty()) {
        std::fprintf(stderr,
            "the generated guides do not load cleanly: %lld of %d loaded, %lld diagnostics\n",
            qlonglong(library.entries().size()),
            guideCount,
            qlonglong(library.diagnostics().size()));
        for (const auto &d : library.diagnostics().mid(0, 5)) {
            std::fprintf(stderr, "  %s\n", qUtf8Printable(d.toString()));
        }
        return 1;
    }

    print(u"Pas à pas — guide catalog benchmark"_s);
    print(u"%1 guides × %2 steps, in fr/en/ar/uk, %3 MB of JSON (generated in %4 ms); each figure over %5 runs"_s.arg(guideCount)
              .arg(stepsPerGuide)
              .arg(double(bytes) / 1e6, 0, 'f', 1)
              .arg(writeMs, 0, 'f', 0)
              .arg(runs));
    const auto status = [](double value, double target) {
        return value <= target ? u"within"_s : u"OVER"_s;
    };

    if (measureLoad) {
        QList<double> plain;
        QList<double> load;
        QList<double> cached;
        int parsed = 0;
        const QString cacheDir = dir + u".cache"_s;
        QDir(cacheDir).removeRecursively();
        pasapas::GuideLibrary first; // writes the cache
        const double firstMs = libraryLoad(dir, &first, cacheDir);
        for (int run = 0; run < runs; ++run) { // alternating, so that a busy machine weighs on each alike
            plain.append(plainParse(dir, &parsed));
            pasapas::GuideLibrary fresh;
            load.append(libraryLoad(dir, &fresh));
            pasapas::GuideLibrary fromCache;
            cached.append(libraryLoad(dir, &fromCache, cacheDir));
            if (fromCache.entries().size() != guideCount) {
                std::fprintf(stderr, "the catalog cache gave %lld guides\n", qlonglong(fromCache.entries().size()));
                return 1;
            }
        }
        QDir(cacheDir).removeRecursively();
        const double uncachedRatio = median(load) / median(plain);
        const double ratio = median(cached) / median(plain);
        const auto row = [](const QString &label, const QList<double> &values) {
            print(u"  %1 %2 %3 %4"_s.arg(pad(label, 42),
                pad(ms(median(values)) + u" ms"_s, 11, true),
                pad(ms(*std::min_element(values.cbegin(), values.cend())) + u" ms"_s, 11, true),
                pad(ms(*std::max_element(values.cbegin(), values.cend())) + u" ms"_s, 11, true)));
        };
        print(QString());
        print(u"Loading the folder (load average %1)           median         min         max   target   status"_s.arg(QString::fromLatin1(pasapas::bench::loadAverage())));
        row(u"(1) read + QJsonDocument::fromJson"_s, plain);
        row(u"(2) GuideLibrary::load, no cache"_s, load);
        row(u"(3) GuideLibrary::load, catalog cache"_s, cached);
        print(u"  %1 %2"_s.arg(pad(u"ratio (2) / (1), of the medians"_s, 42), pad(QString::number(uncachedRatio, 'f', 2) + u" ×"_s, 11, true)));
        print(u"  %1 %2                           ≤ %3 ×   %4"_s.arg(pad(u"ratio (3) / (1), of the medians"_s, 42),
            pad(QString::number(ratio, 'f', 2) + u" ×"_s, 11, true),
            QString::number(loadRatioTarget, 'f', 1),
            status(ratio, loadRatioTarget)));
        print(u"  (1) lists the folders, reads each guide.json and parses it, nothing else (%1 parsed);"_s.arg(parsed));
        print(u"  (2) the app's loading: the same, then validates, builds the guides and indexes them for search;"_s);
        print(u"  (3) the app's start: the guides as checked at an earlier start (first start, writing it: %1 ms)."_s.arg(ms(firstMs)));
        print(u"  Each run measures (1), (2), (3) in turn."_s);
        print(u"  per guide: (1) %1 ms, (2) %2 ms"_s.arg(ms(median(plain) / guideCount), ms(median(load) / guideCount)));
    }

    if (measureSearch) {
        pasapas::GuideCatalogModel model(&library);
        QList<TypingFigures> searches;
        const QList<std::pair<QString, QString>> queries{
            {u"inscription"_s, u"fr"_s},
            {u"prime d'activité"_s, u"fr"_s},
            {u"register"_s, u"en"_s},
            {u"التسجيل"_s, u"ar"_s},
            {u"passeport biométrique"_s, u"fr"_s}, // matches nothing
        };
        for (const auto &[query, language] : queries) {
            TypingFigures figures;
            figures.query = query;
            figures.language = language;
            searches.append(figures);
        }
        for (int run = 0; run < runs; ++run) {
            for (TypingFigures &figures : searches) {
                model.setLanguage(figures.language);
                typeQuery(model, figures);
            }
        }
        QList<double> all;
        for (const TypingFigures &figures : std::as_const(searches)) {
            all.append(figures.ms);
        }
        const auto row = [&](const QString &label, const QString &language, const QString &keys, const QString &hits, const QList<double> &values) {
            const double max = *std::max_element(values.cbegin(), values.cend());
            print(u"  %1 %2 %3 %4 %5 %6 %7   ≤ %8 ms   %9"_s
                      .arg(pad(label, 25),
                          pad(language, 3),
                          pad(keys, 5, true),
                          pad(hits, 5, true),
                          pad(ms(median(values)), 8, true),
                          pad(ms(percentile(values, 95)), 8, true),
                          pad(ms(max), 8, true))
                      .arg(keystrokeTargetMs, 0, 'f', 0)
                      .arg(status(max, keystrokeTargetMs)));
        };
        print(QString());
        QList<double> indexing;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            pasapas::SearchIndex index; // what the catalog builds on another thread after each load
            index.build(library.entries());
            indexing.append(msSince(timer));
        }
        std::sort(indexing.begin(), indexing.end());
        print(u"Search index: built in %1 ms (median of %2; once per library change, on another thread)"_s.arg(ms(indexing.at(indexing.size() / 2))).arg(indexing.size()));
        print(QString());
        print(u"Search as you type: GuideCatalogModel::setQuery, ms per keystroke (load average %1)"_s.arg(QString::fromLatin1(pasapas::bench::loadAverage())));
        print(u"  query                     UI   keys  hits   median      p95      max   target   status"_s);
        for (const TypingFigures &figures : std::as_const(searches)) {
            row(u"« "_s + figures.query + u" »"_s, figures.language, QString::number(figures.keystrokes), QString::number(figures.hits), figures.ms);
        }
        row(u"every keystroke"_s, QString(), QString::number(all.size()), QString(), all);
        print(u"  UI: the model's language (title order); keys: letters typed, once per run; hits: guides listed"_s);
        print(u"  for the whole query; the target holds for every keystroke, so the status is taken from the max."_s);
    }
    return 0;
}
