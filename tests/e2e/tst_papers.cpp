// SPDX-License-Identifier: GPL-3.0-or-later
// Papers to upload, end to end: a practice site asks for a file; by taps the
// person takes two pages (photos handed in by a stand-in for the camera),
// crops one, sends a PDF; the practice server checks it got a valid PDF of
// two pages under the limit; then the wipe leaves no image on disk.
#include "appplugins.h"
#include "camerasource.h"
#include "papercapture.h"
#include "paperphotos.h"
#include "practiceserver.h"
#include "sessiondriver.h"

#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
QString s_root; ///< every folder the app may write to (set up in main())
bool s_cameraPresent = true;

/// The camera's stand-in: each capture() hands in the next drawn photo.
class InjectedSource : public FrameSource
{
public:
    InjectedSource()
    {
        m_photos = {test::photoOf(test::paperPage(620, 1), test::tiltedCorners()), test::photoOf(test::paperPage(620, 2), test::tiltedCorners())};
    }
    bool isAvailable() const override
    {
        return s_cameraPresent;
    }
    bool isActive() const override
    {
        return m_active;
    }
    void start() override
    {
        m_active = s_cameraPresent;
        Q_EMIT activeChanged();
    }
    void stop() override
    {
        m_active = false;
        Q_EMIT activeChanged();
    }
    void capture() override
    {
        const QImage photo = m_photos.at(m_next++ % m_photos.size());
        QTimer::singleShot(0, this, [this, photo] {
            Q_EMIT captured(photo);
        });
    }
    void setViewfinder(QObject *) override
    {
    }

private:
    QList<QImage> m_photos;
    int m_next = 0;
    bool m_active = false;
};

/// Files under the private root that hold a picture: JPEG or PNG, alone or inside a PDF.
QStringList imagesOnDisk()
{
    QStringList found;
    QDirIterator it(s_root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray data = file.readAll();
        // JPEG as Qt writes it (JFIF) or a camera does (Exif), PNG, or a JPEG inside a PDF.
        if (data.contains(QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)) || data.contains(QByteArray("Exif\0\0", 6)) || data.contains("\x89PNG\r\n\x1A\n")
            || data.contains("/DCTDecode")) {
            found.append(path);
        }
    }
    return found;
}
} // namespace

class PapersTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private:
    PaperCapture *papers() const
    {
        return session()->papers();
    }
    /// Taps an item of the interface once it is shown and enabled.
    bool tapOn(const QString &name)
    {
        QQuickItem *target = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    target = item(name);
                    return target && target->isVisible() && target->isEnabled() && target->width() > 0;
                },
                10000)) {
            qWarning("no %s to tap", qPrintable(name));
            return false;
        }
        if (!test::waitInPlace(window(), target)) {
            return false;
        }
        test::tapCentre(window(), target);
        return true;
    }
    /// Taps the page's file field: the app's chooser opens.
    bool tapFileField()
    {
        if (!waitDrawn()) {
            qWarning("the page drew no frame (%s)", qPrintable(where()));
            return false;
        }
        // The field's centre once the page has it (a load may still be
        // replacing the page: the field is then not there yet).
        QPoint at;
        if (!QTest::qWaitFor(
                [&] {
                    at = elementCentre(u"#document"_s);
                    return !at.isNull();
                },
                10000)) {
            qWarning("no file field on %s", qPrintable(where()));
            return false;
        }
        QTest::mouseClick(window(), Qt::LeftButton, {}, at);
        const bool ok = QTest::qWaitFor(
            [&] {
                return item(u"takePhoto"_s) && item(u"takePhoto"_s)->isVisible();
            },
            10000);
        if (!ok) {
            qWarning("the file field's tap at %d,%d opened no chooser (%s)", at.x(), at.y(), qPrintable(where()));
        }
        return ok;
    }
    /// A new load of the page each time: with the same address as the page
    /// already shown, openPage could answer before the new load began (and a
    /// tap then be lost in it).
    bool openPapersPage()
    {
        static int loads = 0;
        const QUrl url(u"http://prestations.localhost/papiers?chargement=%1"_s.arg(++loads));
        // This load's document, not the one it replaces (which has the same field).
        return openPage(app()->practiceServer()->resolve(url), u"location.search === '?chargement=%1' && !!document.getElementById('document')"_s.arg(loads));
    }
    /// From the page's file field to the camera's screen, by taps.
    bool openCapture()
    {
        if (!openPapersPage() || !tapFileField() || !tapOn(u"takePhoto"_s)) {
            return false;
        }
        return QTest::qWaitFor(
            [&] {
                return item(u"paperShutter"_s) && item(u"paperShutter"_s)->isVisible();
            },
            10000);
    }
    /// The photo is on screen with the page's edges proposed.
    bool reviewing()
    {
        return QTest::qWaitFor(
            [&] {
                return papers()->stage() == PaperCapture::Stage::Review && papers()->edgesFound() && item(u"paperCorner3"_s);
            },
            10000);
    }
    bool shot(const QString &name)
    {
        return test::saveScreenshot(window(), name, nullptr);
    }

private Q_SLOTS:
    /// A failed row leaves no chooser or capture open for the next one.
    void cleanup()
    {
        QMetaObject::invokeMethod(sessionPage(), "closePopups");
    }

    void initTestCase()
    {
        PaperCapture::setSourceFactory([] {
            return std::make_unique<InjectedSource>();
        });
        QVERIFY(startApp());
        QVERIFY(start(u"practice-declaration"_s));
    }

    void theCameraComesWithItsPlugin()
    {
        // The real camera is in the media plugin, loaded at the first question about it.
        const auto mapped = [] {
            QFile maps(u"/proc/self/maps"_s);
            return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/pasapas_media.so");
        };
        {
            CameraSource camera;
            (void)camera.isAvailable();
            QVERIFY(mapped());
        }
        // Without the plugin there is no camera to offer, and a photo asked for fails plainly.
        QTemporaryDir empty;
        setAppPluginFolder(empty.path());
        CameraSource camera;
        QSignalSpy failed(&camera, &FrameSource::failed);
        QVERIFY(!camera.isAvailable());
        camera.start();
        QVERIFY(!camera.isActive());
        camera.capture();
        QCOMPARE(failed.count(), 1);
        setAppPluginFolder({});
    }

    void twoPagesBecomeOnePdfTheSiteAccepts()
    {
        QVERIFY(openCapture());
        QVERIFY(shot(u"papers-capture-fr.png"_s));

        // Page 1: taken, its edges proposed, one corner moved by the finger.
        QVERIFY(tapOn(u"paperShutter"_s));
        QVERIFY(reviewing());
        QVERIFY(shot(u"papers-crop-fr.png"_s));
        QQuickItem *corner = item(u"paperCorner0"_s);
        QVERIFY(test::waitInPlace(window(), corner));
        const QPointF before = papers()->corners().at(0).toPointF();
        const QPoint from = corner->mapToScene(QPointF(corner->width() / 2, corner->height() / 2)).toPoint();
        QTest::mousePress(window(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 5; ++step) {
            QTest::mouseMove(window(), from + QPoint(-4 * step, -4 * step));
        }
        QTest::mouseRelease(window(), Qt::LeftButton, {}, from + QPoint(-20, -20));
        QTRY_VERIFY(papers()->corners().at(0).toPointF().x() < before.x());
        QVERIFY(tapOn(u"paperKeep"_s));
        QTRY_COMPARE(papers()->pageCount(), 1);

        // Page 2: retaken once, then kept with the proposal.
        QVERIFY(tapOn(u"paperAddPage"_s));
        QVERIFY(tapOn(u"paperShutter"_s));
        QVERIFY(reviewing());
        QVERIFY(tapOn(u"paperRetake"_s));
        QTRY_COMPARE(papers()->stage(), PaperCapture::Stage::Camera);
        QVERIFY(tapOn(u"paperShutter"_s));
        QVERIFY(reviewing());
        QVERIFY(tapOn(u"paperKeep"_s));
        QTRY_COMPARE(papers()->pageCount(), 2);
        QTRY_VERIFY(item(u"paperPage1"_s) && item(u"paperPage1"_s)->property("status").toInt() == 1); // Image.Ready
        QVERIFY(shot(u"papers-pages-fr.png"_s));

        // Named after what it is, sent: the file is in the session and in the site's field.
        QVERIFY(tapOn(u"paperKind-justificatif-domicile"_s));
        QVERIFY(tapOn(u"paperSend"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session()->documents()->fileNames().contains(u"justificatif-domicile.pdf"_s), 20000);
        QCOMPARE(papers()->lastFile().pageCount, 2);
        QTRY_COMPARE(test::runJavaScript(webView(), u"document.getElementById('document').files.length"_s).toInt(), 1);
        QCOMPARE(test::runJavaScript(webView(), u"document.getElementById('document').files[0].name"_s).toString(), u"justificatif-domicile.pdf"_s);

        // The practice site checks what it received.
        test::runJavaScript(webView(), u"document.querySelector('form').submit(); true"_s);
        QTRY_VERIFY_WITH_TIMEOUT(app()->practiceServer()->lastUpload().received, 15000);
        const PracticeUpload upload = app()->practiceServer()->lastUpload();
        QCOMPARE(upload.type, u"pdf"_s);
        QCOMPARE(upload.pages, 2);
        QVERIFY(upload.size > 10 * 1024);
        QVERIFY(upload.size <= 2 * 1024 * 1024);
        QVERIFY(upload.accepted());
    }

    void withoutACameraTheChooserSaysSo()
    {
        s_cameraPresent = false;
        Q_EMIT papers()->source()->availableChanged();
        QVERIFY(openPapersPage());
        QVERIFY(tapFileField());
        QQuickItem *button = item(u"takePhoto"_s);
        QTRY_VERIFY(!button->isEnabled());
        QVERIFY(button->property("text").toString().contains(u"Pas d'appareil photo"_s));
        // The session's documents are still offered.
        QTRY_VERIFY(item(u"document-justificatif-domicile.pdf"_s) && item(u"document-justificatif-domicile.pdf"_s)->isVisible());
        QVERIFY(shot(u"papers-nocamera-fr.png"_s));
        QVERIFY(pickDocument(5000, u"justificatif-domicile.pdf"_s));
        s_cameraPresent = true;
        Q_EMIT papers()->source()->availableChanged();
    }

    void theCaptureInArabic()
    {
        controller()->localization()->setLanguage(u"ar"_s);
        QVERIFY(openCapture());
        QVERIFY(shot(u"papers-capture-ar.png"_s));
        QVERIFY(tapOn(u"paperShutter"_s));
        QVERIFY(reviewing());
        QVERIFY(shot(u"papers-crop-ar.png"_s));
        QVERIFY(tapOn(u"paperTurn"_s));
        QTRY_VERIFY(papers()->photoRatio() < 1); // the landscape photo stands upright now
        QVERIFY(tapOn(u"paperKeep"_s));
        QTRY_COMPARE(papers()->pageCount(), 1);
        QTRY_VERIFY(item(u"paperPage0"_s) && item(u"paperPage0"_s)->property("status").toInt() == 1);
        // The kinds of paper speak the person's language too, as every word on screen.
        QQuickItem *rib = item(u"paperKind-rib"_s);
        QVERIFY(rib);
        QCOMPARE(rib->property("text").toString(), QCoreApplication::translate("pasapas::PaperCapture", "RIB"));
        QQuickItem *other = item(u"paperKind-document"_s);
        QVERIFY(other && other->property("text").toString() != u"Autre document"_s);
        QVERIFY(shot(u"papers-pages-ar.png"_s));
        QVERIFY(tapOn(u"paperCancel"_s));
        QTRY_COMPARE(papers()->pageCount(), 0); // nothing kept once the capture is closed
        controller()->localization()->setLanguage(u"fr"_s);
    }

    void theWipeLeavesNoImage()
    {
        QPointer<SessionController> ended(session());
        const QString folder = session()->documents()->folder();
        QVERIFY(QFileInfo::exists(folder + u"/justificatif-domicile.pdf"_s));
        QVERIFY(!imagesOnDisk().isEmpty()); // the search finds the PDF while the session lives
        controller()->sessions()->end();
        QTRY_VERIFY(ended.isNull() || ended->isClosed());
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY2(imagesOnDisk().isEmpty(), qPrintable(imagesOnDisk().join(u'\n')));
        // Nothing went to the clipboard.
        const QMimeData *clip = QGuiApplication::clipboard()->mimeData();
        QVERIFY(!clip || !clip->hasImage());
    }
};

int main(int argc, char *argv[])
{
    const test::PrivateFolders folders;
    if (!folders.isValid()) {
        return 1;
    }
    s_root = folders.path();
    return test::runAppTest<PapersTest>(argc, argv);
}

#include "tst_papers.moc"
