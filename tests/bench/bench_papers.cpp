// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (prints figures; not a pass/fail test): papers to upload, from
// the shutter to the file ready, for three 8-megapixel photos of a page on a
// table: edge proposal, straightening, contrast, one PDF under 2 MB.
// Run: ./tools/dev env QT_QPA_PLATFORM=offscreen build/bin/bench_papers
#include "benchsupport.h"
#include "pagegeometry.h"
#include "paperfile.h"
#include "paperphotos.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

using namespace pasapas;
using bench::print;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QList<QImage> photos;
    const qreal scale = 3264.0 / 1600.0;
    for (const quint32 seed : {1u, 2u, 3u}) {
        photos.append(test::photoOf(test::paperPage(1400, seed), test::tiltedCorners().scaled(scale), {3264, 2448}));
    }
    QList<double> runs;
    PaperFile file;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        QList<QImage> pages;
        for (const QImage &photo : std::as_const(photos)) {
            PaperPage page;
            page.photo = photo;
            const PageEdges edges = findPageEdges(photo);
            page.corners = edges.corners;
            page.cropped = edges.found;
            pages.append(page.render());
        }
        file = makePaperFile(pages, {PaperFormat::Pdf, defaultPaperMaxBytes});
        runs.append(timer.nsecsElapsed() / 1e6);
    }
    print("papers: 3 photos 3264x2448 -> PDF ready", runs, "<= 1500 ms");
    std::printf("papers: the PDF has %d pages, %lld KB (pages %d px long, under 2 MB: %s)\n", file.pageCount, qlonglong(file.data.size() / 1024), file.longSide,
                file.fits ? "yes" : "no");
    return 0;
}
