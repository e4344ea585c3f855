// SPDX-License-Identifier: GPL-3.0-or-later
// The papers pipeline after the shutter: edges, turning, straightening,
// contrast, one file under the size limit, names. On photos drawn here.
#include "pagegeometry.h"
#include "paperfile.h"
#include "papernames.h"
#include "paperphotos.h"

#include <QLineF>
#include <QPdfDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
/// The mean grey of the rows between two fractions of the height (0 black, 255 white).
double meanGrey(const QImage &image, qreal from, qreal to)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = int(grey.height() * from); y < int(grey.height() * to); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = grey.width() / 10; x < grey.width() * 9 / 10; ++x) {
            sum += line[x];
            ++count;
        }
    }
    return count ? double(sum) / double(count) : -1;
}

/// Upright: the heading band is at the top and the bottom margin is empty.
bool isUpright(const QImage &page)
{
    return meanGrey(page, 0.06, 0.11) < 110 && meanGrey(page, 0.88, 0.95) > 200;
}

qreal farthest(const PageCorners &found, const PageCorners &expected)
{
    qreal worst = 0;
    for (int i = 0; i < 4; ++i) {
        worst = std::max(worst, QLineF(found.points[i], expected.points[i]).length());
    }
    return worst;
}

int pdfPages(const QByteArray &data, QSizeF *firstPage = nullptr)
{
    QTemporaryFile file;
    if (!file.open() || file.write(data) != data.size()) {
        return -1;
    }
    file.close();
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None) {
        return -1;
    }
    if (firstPage) {
        *firstPage = document.pagePointSize(0);
    }
    return document.pageCount();
}

/// A page of noise: the worst case for compression.
QImage noise(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            line[x] = random.generate() | 0xff000000;
        }
    }
    return image;
}
} // namespace

class PapersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edgesOfAPageSeenAtAnAngleAreFound()
    {
        const QImage photo = test::photoOf(test::paperPage(), test::tiltedCorners());
        const PageEdges edges = findPageEdges(photo);
        QVERIFY(edges.found);
        // Within 2 % of the photo's width of where the page was drawn.
        QVERIFY2(farthest(edges.corners, test::tiltedCorners()) < 32, qPrintable(QString::number(farthest(edges.corners, test::tiltedCorners()))));
    }

    void aPhotoWithNoPageProposesTheWholePhoto()
    {
        QImage blank(800, 600, QImage::Format_RGB32);
        blank.fill(QColor(90, 90, 90));
        const PageEdges edges = findPageEdges(blank);
        QVERIFY(!edges.found);
        QCOMPARE(farthest(edges.corners, PageCorners::whole(blank.size())), 0.0);
    }

    void theStraightenedPageIsUprightWithItsProportions()
    {
        PaperPage page;
        page.photo = test::photoOf(test::paperPage(), test::tiltedCorners());
        page.corners = findPageEdges(page.photo).corners;
        page.cropped = true;
        const QImage out = page.render();
        const qreal ratio = qreal(out.height()) / out.width();
        QVERIFY2(std::abs(ratio - 297.0 / 210.0) < 0.08, qPrintable(QString::number(ratio)));
        QVERIFY(isUpright(out));
        // Nothing of the dark table is left along the edges.
        QVERIFY(meanGrey(out, 0.0, 0.03) > 200);
    }

    void theUncroppedPhotoKeepsTheTable()
    {
        PaperPage page;
        page.photo = test::photoOf(test::paperPage(), test::tiltedCorners());
        QCOMPARE(page.render().size(), page.photo.size());
    }

    void aPageTakenSidewaysIsTurnedUpright()
    {
        // The tablet was held sideways: in the photo the page's top is on the right.
        const PageCorners sideways{{QPointF(1300, 250), QPointF(1340, 1000), QPointF(300, 1020), QPointF(280, 230)}};
        PaperPage page;
        page.photo = test::photoOf(test::paperPage(), sideways);
        page.turns = -1;
        const PageEdges edges = findPageEdges(page.turnedPhoto());
        QVERIFY(edges.found);
        page.corners = edges.corners;
        page.cropped = true;
        const QImage out = page.render();
        QVERIFY(out.height() > out.width());
        QVERIFY(isUpright(out));
    }

    void cornersTurnWithThePhoto()
    {
        const QImage photo = test::photoOf(test::paperPage(), test::tiltedCorners());
        const PageCorners before = findPageEdges(photo).corners;
        const PageCorners after = findPageEdges(turnImage(photo, 1)).corners;
        QVERIFY(farthest(before.turned(1, photo.size()), after) < 32);
        // Four quarter turns: back where it was.
        QVERIFY(farthest(before.turned(4, photo.size()), before) < 0.001);
    }

    void contrastMakesThePaperWhiteAndTheInkBlack()
    {
        QImage grey = test::paperPage();
        // A dim photo: everything between 60 and 150.
        QPainter(&grey).fillRect(grey.rect(), QColor(0, 0, 0, 110));
        const QImage out = textContrast(grey);
        QVERIFY(meanGrey(grey, 0.88, 0.95) < 160);
        QVERIFY(meanGrey(out, 0.88, 0.95) > 250);
        QVERIFY(meanGrey(out, 0.06, 0.11) < 40);
    }

    void twoPagesMakeOnePdfOfTwoPortraitPages()
    {
        QList<QImage> pages;
        for (const quint32 seed : {1u, 2u}) {
            PaperPage page;
            page.photo = test::photoOf(test::paperPage(620, seed), test::tiltedCorners());
            page.corners = findPageEdges(page.photo).corners;
            page.cropped = true;
            pages.append(page.render());
        }
        const PaperFile file = makePaperFile(pages, {});
        QCOMPARE(file.format, PaperFormat::Pdf);
        QCOMPARE(file.suffix(), u"pdf"_s);
        QVERIFY(file.fits);
        QVERIFY(file.data.size() <= defaultPaperMaxBytes);
        QSizeF first;
        QCOMPARE(pdfPages(file.data, &first), 2);
        QVERIFY(first.height() > first.width());
    }

    void onePageIsOneJpeg()
    {
        const PaperFile file = makePaperFile({test::paperPage()}, {});
        QCOMPARE(file.format, PaperFormat::Jpeg);
        const QImage back = QImage::fromData(file.data, "JPEG");
        QVERIFY(!back.isNull());
        QVERIFY(isUpright(back));
    }

    void severalPagesInOneJpegAreStacked()
    {
        const PaperFile file = makePaperFile({test::paperPage(620, 1), test::paperPage(620, 2)}, {PaperFormat::Jpeg, defaultPaperMaxBytes});
        const QImage back = QImage::fromData(file.data, "JPEG");
        QCOMPARE(back.width(), 620);
        QCOMPARE(back.height(), 2 * test::paperPage().height());
    }

    void aBigPhotoIsMadeSmallerUntilItFits_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("jpeg 300 KB") << int(PaperFormat::Jpeg) << qint64(300 * 1024);
        QTest::newRow("pdf 500 KB") << int(PaperFormat::Pdf) << qint64(500 * 1024);
        QTest::newRow("jpeg 2 MB") << int(PaperFormat::Jpeg) << defaultPaperMaxBytes;
    }

    void aBigPhotoIsMadeSmallerUntilItFits()
    {
        QFETCH(int, format);
        QFETCH(qint64, limit);
        const PaperFile file = makePaperFile({noise({3000, 4000})}, {PaperFormat(format), limit});
        QVERIFY(file.fits);
        QVERIFY2(file.data.size() <= limit, qPrintable(QString::number(file.data.size())));
        QVERIFY(file.longSide <= 2200); // never the 3000×4000 of the photo
        if (PaperFormat(format) == PaperFormat::Pdf) {
            QCOMPARE(pdfPages(file.data), 1);
        } else {
            QVERIFY(!QImage::fromData(file.data, "JPEG").isNull());
        }
    }

    void aLimitTooSmallIsSaid()
    {
        const PaperFile file = makePaperFile({noise({1000, 1400})}, {PaperFormat::Jpeg, 1024});
        QVERIFY(!file.fits);
        QVERIFY(file.data.size() > 1024);
    }

    void theFormatFollowsWhatTheSiteAccepts()
    {
        QCOMPARE(paperFormatFor({}, 1), PaperFormat::Jpeg);
        QCOMPARE(paperFormatFor({}, 2), PaperFormat::Pdf);
        QCOMPARE(paperFormatFor({u"pdf"_s}, 1), PaperFormat::Pdf);
        QCOMPARE(paperFormatFor({u"jpg"_s, u"png"_s}, 3), PaperFormat::Jpeg);
        QCOMPARE(paperFormatFor({u"png"_s, u"pdf"_s}, 1), PaperFormat::Pdf);
    }

    void namesAreSafeAndDistinct_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kind") << u"rib"_s << QStringList() << u"rib.pdf"_s;
        QTest::newRow("accents") << u"Pièce d'identité"_s << QStringList() << u"piece-d-identite.pdf"_s;
        QTest::newRow("taken") << u"rib"_s << QStringList{u"rib.pdf"_s, u"RIB-2.pdf"_s} << u"rib-3.pdf"_s;
        QTest::newRow("no path") << u"../../etc/passwd"_s << QStringList() << u"etc-passwd.pdf"_s;
        QTest::newRow("nothing left") << u"« »"_s << QStringList() << u"document.pdf"_s;
    }

    void namesAreSafeAndDistinct()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        QCOMPARE(paperFileName(name, u"pdf"_s, taken), expected);
    }

    void everyKindIsItsOwnSlugWithAPictogram()
    {
        QVERIFY(paperKinds().contains(u"piece-identite"_s));
        QCOMPARE(paperKinds().constLast(), u"document"_s);
        for (const QString &kind : paperKinds()) {
            QCOMPARE(paperSlug(kind), kind);
            QVERIFY(paperKindPictogram(kind).startsWith(u"pasapas-"_s));
        }
    }
};

QTEST_MAIN(PapersTest)
#include "tst_papers.moc"
