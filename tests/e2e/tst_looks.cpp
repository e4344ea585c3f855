// SPDX-License-Identifier: GPL-3.0-or-later
// How the screens look to a person who reads little: the home screen, the
// catalog, a guide's detail and a step card, in French, Arabic and
// Ukrainian, at 100 % and 200 % text size, on a tablet held in landscape
// (1280×800) and in portrait (800×1280). The pictures go to
// build/screenshots/looks/SCREEN-LANG-SIZE-ORIENTATION.png, to be looked at
// (tools/looks keeps a set as "before" or "after" for comparing; the
// gallery runs only when PASAPAS_GALLERY=1, as tools/looks asks).
//
// Golden screenshots: the home screen, the catalog, a guide's detail, a step
// card with its highlight, the wipe notice and the mediator's space, in
// French and Arabic at 1280×800, are compared with the references in
// tests/golden/ (half size); more than a few differing pixels fail. After a
// deliberate change, `tools/looks golden` writes them again (README).
#include "appcontroller.h"
#include "application.h"
#include "guisupport.h"
#include "kioskcontroller.h"
#include "sessioncontroller.h"
#include "sessiondriver.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

class LooksTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private:
    /// Taps an item of the page on top, once it is there.
    void tapPageItem(const QString &name)
    {
        QQuickItem *target = nullptr;
        QTRY_VERIFY2((target = pageItem(name)) && target->isVisible() && target->width() > 0, qPrintable(name));
        QVERIFY(pageInPlace());
        test::scrollIntoView(currentPage(), target);
        QVERIFY(test::waitForFrame(window(), 2000));
        test::tapCentre(window(), target);
    }

    /// Back to the home screen, page by page.
    void backHome()
    {
        QObject *stack = window()->property("pageStack").value<QObject *>();
        for (int i = 0; i < 6 && currentPage()->objectName() != u"homePage"_s; ++i) {
            QMetaObject::invokeMethod(stack, "pop", Q_ARG(QVariant, QVariant()));
            QVERIFY(test::waitForFrame(window(), 2000));
        }
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QVERIFY(pageInPlace());
    }

    /// The window as the golden references hold it: the web view's pixels
    /// (the site, drawn by the browser, and its pulsing highlight) blacked
    /// out, at half size.
    [[nodiscard]] QImage goldenPicture() const
    {
        (void)test::waitStill(window(), session() ? webView() : nullptr);
        QImage image = window()->grabWindow().convertToFormat(QImage::Format_RGB32);
        if (session() && webView() && webView()->isVisible()) {
            QQuickItem *view = webView();
            QPainter(&image).fillRect(view->mapRectToScene(QRectF(0, 0, view->width(), view->height())), Qt::black);
        }
        return image.scaled(image.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }

    /// Compares the window with its reference (or writes the reference, when
    /// PASAPAS_UPDATE_GOLDEN=1). A difference is saved next to the screenshots.
    void compareGolden(const QString &name)
    {
        // No hover left by the last tap (a row lit under the pointer).
        QTest::mouseMove(window(), QPoint(-10, -10));
        const QImage actual = goldenPicture();
        const QString reference = QStringLiteral(PASAPAS_SOURCE_DIR "/tests/golden/") + name + u".png"_s;
        if (qEnvironmentVariableIntValue("PASAPAS_UPDATE_GOLDEN") == 1) {
            QDir().mkpath(QStringLiteral(PASAPAS_SOURCE_DIR "/tests/golden"));
            QVERIFY(actual.save(reference, "PNG")); // compressed: small files in the repository
            return;
        }
        const QImage expected = QImage(reference).convertToFormat(QImage::Format_RGB32);
        QVERIFY2(!expected.isNull(), qPrintable(reference + u" is missing: tools/looks golden writes it"_s));
        int differing = 0;
        QImage difference(actual.size(), QImage::Format_RGB32);
        difference.fill(Qt::white);
        if (expected.size() == actual.size()) {
            for (int y = 0; y < actual.height(); ++y) {
                const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
                const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
                for (int x = 0; x < actual.width(); ++x) {
                    const int delta = std::max({std::abs(qRed(a[x]) - qRed(e[x])), std::abs(qGreen(a[x]) - qGreen(e[x])), std::abs(qBlue(a[x]) - qBlue(e[x]))});
                    if (delta > maxChannelDelta) {
                        ++differing;
                        difference.setPixel(x, y, qRgb(255, 0, 0));
                    }
                }
            }
        } else {
            differing = actual.width() * actual.height();
        }
        if (differing > maxDifferingPixels) {
            (void)actual.save(test::screenshotPath(u"golden-"_s + name + u"-actual.png"_s));
            (void)difference.save(test::screenshotPath(u"golden-"_s + name + u"-difference.png"_s));
        }
        QVERIFY2(differing <= maxDifferingPixels,
                 qPrintable(u"%1: %2 pixels differ from tests/golden/%1.png (at most %3); see build/screenshots/golden-%1-*.png, "
                            "and if the change is deliberate, run tools/looks golden"_s.arg(name)
                                .arg(differing)
                                .arg(maxDifferingPixels)));
    }

    /// A pixel differs when a channel moves by more than this (anti-aliasing stays under).
    static constexpr int maxChannelDelta = 48;
    /// A blinking text cursor fits in this; a changed word does not.
    static constexpr int maxDifferingPixels = 60;

    /// From the home screen to a step card, as a person goes: at(screen)
    /// on the home screen, the catalog, a guide's detail ("detail") and the
    /// first step of a practice guide ("step"), where the session goes on.
    template<typename At>
    void tour(const At &at)
    {
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QVERIFY(pageInPlace());
        at(u"home"_s);

        tapPageItem(u"tileAccompanied"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"catalogPage"_s);
        QVERIFY(pageInPlace());
        at(u"catalog"_s);

        tapPageItem(u"category-work"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"guideListPage"_s);
        tapPageItem(u"guide-france-travail-inscription"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"guideDetailPage"_s);
        QVERIFY(pageInPlace());
        at(u"detail"_s);

        QVERIFY(start(u"practice-toucher"_s));
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"sessionPage"_s, 5000);
        QVERIFY(pageInPlace());
        QVERIFY(waitShowing(u"bouton-1"_s));
        at(u"step"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(test::screenshotPath(u"looks"_s)));
        QVERIFY(startApp());
        QVERIFY(pageInPlace());
    }

    /// Each row starts on the home screen, whatever the last one left.
    void cleanup()
    {
        controller()->sessions()->end();
        QTRY_VERIFY(!session());
        backHome();
    }

    void golden_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("fr") << u"fr"_s;
        QTest::addRow("ar") << u"ar"_s;
    }

    void golden()
    {
        QFETCH(QString, language);
        window()->resize(1280, 800);
        QTRY_COMPARE(window()->size(), QSize(1280, 800));
        controller()->localization()->setLanguage(language);
        controller()->appearance()->setTextScale(1.0);
        controller()->sessions()->dismissWipeNotice();
        tour([&](const QString &screen) {
            compareGolden(screen + u'-' + language);
        });
        if (QTest::currentTestFailed()) {
            return;
        }

        // The clear screen after a session.
        cleanup();
        QTRY_VERIFY(pageItem(u"wipeNotice"_s)->isVisible());
        compareGolden(u"wipe-"_s + language);

        // The mediator's space, behind the PIN.
        if (!controller()->kiosk()->hasPin()) {
            QCOMPARE(controller()->kiosk()->choosePin(u"2468"_s, u"2468"_s), QString());
        }
        tapPageItem(u"tileMediator"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QVERIFY(pageInPlace());
        typePin(u"2468"_s);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), u"mediatorPage"_s, 5000);
        QVERIFY(pageInPlace());
        compareGolden(u"mediator-"_s + language);
    }

    void gallery_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1280, 800), QSize(800, 1280)}) {
            for (const double scale : {1.0, 2.0}) {
                for (const QString &language : {u"fr"_s, u"ar"_s, u"uk"_s}) {
                    QTest::addRow("%s %g %s", qPrintable(language), scale, size.width() > size.height() ? "landscape" : "portrait")
                        << language << scale << size;
                }
            }
        }
    }

    void gallery()
    {
        if (qEnvironmentVariableIntValue("PASAPAS_GALLERY") != 1) {
            QSKIP("the gallery runs with PASAPAS_GALLERY=1 (tools/looks)");
        }
        QFETCH(QString, language);
        QFETCH(double, scale);
        QFETCH(QSize, size);
        const QString suffix =
            u"%1-%2-%3"_s.arg(language).arg(int(scale * 100)).arg(size.width() > size.height() ? u"landscape"_s : u"portrait"_s);
        window()->resize(size);
        QTRY_COMPARE(window()->size(), size);
        controller()->localization()->setLanguage(language);
        controller()->appearance()->setTextScale(scale);
        tour([&](const QString &screen) {
            QVERIFY(screenshot(u"looks/"_s + screen + u'-' + suffix + u".png"_s));
        });
    }

    void cleanupTestCase()
    {
        controller()->appearance()->setTextScale(1.0);
        stopApp();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(LooksTest)
#include "tst_looks.moc"
