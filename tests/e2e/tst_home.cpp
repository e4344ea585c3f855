// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real app graph under Xvfb, checks the home screen as a person
// sees it, taps a way in, and writes build/screenshots/home-fr.png.
#include "appcontroller.h"
#include "application.h"
#include "drawkinds.h"
#include "guisupport.h"
#include "sessiondriver.h"

#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

/// The app comes from the session fixture (tests/sessiondriver.h).
class HomeTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startApp());
        QVERIFY(test::waitForFrame(window(), 20000));
    }

    /// The guides load in a thread of their own while the interface compiles;
    /// Application::load() takes them before the first frame. So the catalog
    /// is full as soon as the home screen shows, before anything asks for them.
    void catalogIsFullWhenTheHomeScreenShows()
    {
        const int rows = controller()->catalog()->rowCount();
        QVERIFY2(rows > 0, "the catalog is empty at the first frame");
        QVERIFY(rows <= app()->library().entries().size());
    }

    /// Qt Quick's atlas of small images is 1 MiB, not sized to the window
    /// (8 MiB at 1280 × 800): the window was drawn with the app's limit.
    void smallImagesShareASmallAtlas()
    {
        QCOMPARE(qgetenv("QSG_ATLAS_WIDTH").toInt(), textureAtlasSide);
        QCOMPARE(qgetenv("QSG_ATLAS_HEIGHT").toInt(), textureAtlasSide);
    }

    void homeOffersThreeWaysIn()
    {
        for (const auto &name : {u"tileAccompanied"_s, u"tileSelfService"_s, u"tileMediator"_s}) {
            QQuickItem *tile = item(name);
            QVERIFY2(tile, qPrintable(name));
            QTRY_VERIFY(tile->isVisible() && tile->height() >= 48 && tile->width() >= 48);
            const QRectF inWindow = tile->mapRectToScene(QRectF(0, 0, tile->width(), tile->height()));
            QVERIFY2(QRectF(0, 0, 1280, 800).contains(inWindow), "the tile is fully on screen in landscape");
        }
        QVERIFY2(app()->qmlWarnings().isEmpty(), qPrintable(app()->qmlWarnings().join(u'\n')));
    }

    /// The notice that everything was wiped is made the first time it shows,
    /// after a session: a first start makes no InlineMessage for it (issue 16;
    /// e2e-freshhome and e2e-wipe check that it shows when it must).
    void wipeNoticeMadeOnlyWhenShown()
    {
        QTRY_VERIFY(item(u"pinSetupMessage"_s) && item(u"pinSetupMessage"_s)->isVisible());
        QVERIFY(!item(u"wipeNotice"_s));
    }

    /// The home screen draws no rounded rectangle with Kirigami's shader: on a
    /// software renderer, that GL program alone cost its first frame 30–50 ms
    /// (its buttons paint the style's background: ButtonFrame).
    void homeScreenNeedsNoKirigamiShader()
    {
        QTRY_VERIFY(item(u"pinSetupButton"_s) && item(u"pinSetupButton"_s)->isVisible());
        const QStringList drawnByShader = test::kirigamiShadersOnScreen(window()->contentItem());
        QVERIFY2(drawnByShader.isEmpty(), qPrintable(drawnByShader.join(u", "_s)));
    }

    /// Nor with Qt's smooth rounded-rectangle shader: another GL program,
    /// 50–80 ms of a cold first frame in the software renderer, which the
    /// tiles, the PIN message and the button's shadow alone needed (issue 16).
    void homeScreenNeedsNoSmoothRectangleShader()
    {
        QTRY_VERIFY(item(u"pinSetupMessage"_s) && item(u"pinSetupMessage"_s)->isVisible());
        const QStringList drawnByShader = test::smoothRoundedRectanglesOnScreen(window()->contentItem());
        QVERIFY2(drawnByShader.isEmpty(), qPrintable(drawnByShader.join(u", "_s)));
    }

    /// Nor a flat colour drawn blended: every flat colour of the home screen
    /// is opaque (the button's shadow is drawn in the page's colour darkened,
    /// ButtonFrame's backdrop), so the first frame needs one pipeline for
    /// them all; blended, they were another fragment shader for Mesa's
    /// software renderer to compile, ~20-30 ms of a fresh start (issue 16).
    void homeScreenBlendsNoFlatColour()
    {
        QTRY_VERIFY(item(u"pinSetupButton"_s) && item(u"pinSetupButton"_s)->isVisible());
        const QStringList blended = test::blendedFlatColoursOnScreen(window()->contentItem());
        QVERIFY2(blended.isEmpty(), qPrintable(blended.join(u", "_s)));
    }

    /// Nor a picture in a second texture format: the tiles', the message's
    /// and the button's rounded frames are drawn from the atlas of small
    /// images, with the pictograms (AtlasFrame), not painted into RGBA
    /// textures of their own; painted, they were another fragment shader for
    /// Mesa's software renderer to compile, ~20-30 ms of a fresh start (issue 16).
    void homeScreenPaintsNoTexture()
    {
        QTRY_VERIFY(item(u"pinSetupButton"_s) && item(u"pinSetupButton"_s)->isVisible());
        const QStringList painted = test::paintedItemsOnScreen(window()->contentItem());
        QVERIFY2(painted.isEmpty(), qPrintable(painted.join(u", "_s)));
    }

    /// The first frame makes none of Kirigami's menus and no InlineMessage:
    /// the header lays out its own buttons (PageHeader), where Kirigami's
    /// header toolbar made a hidden button and a menu for each action and a
    /// menu more, and the PIN message is a PlainMessage, where an
    /// InlineMessage made a selectable text with its context menu, a toolbar
    /// and a close button, and was compiled at every fresh start (issue 16).
    void homeScreenMakesNoMenuNorInlineMessage()
    {
        QTRY_VERIFY(item(u"pinSetupMessage"_s) && item(u"pinSetupMessage"_s)->isVisible());
        // Every object under an item of the window (an object made by C++
        // code, as Kirigami's toolbar makes its buttons, may have no QObject
        // parent but its item), whatever its QObject parent.
        QSet<QObject *> objects;
        QList<QQuickItem *> items{window()->contentItem()};
        while (!items.isEmpty()) {
            QQuickItem *item = items.takeLast();
            items.append(item->childItems());
            objects.insert(item);
            for (QObject *child : item->findChildren<QObject *>()) {
                objects.insert(child);
            }
        }
        QStringList made;
        for (QObject *object : std::as_const(objects)) {
            for (const QMetaObject *type = object->metaObject(); type; type = type->superClass()) {
                const QByteArray name(type->className());
                if (name == "QQuickMenu" || name.startsWith("InlineMessage_QMLTYPE") || name.startsWith("SelectableLabel_QMLTYPE")) {
                    made.append(QString::fromLatin1(object->metaObject()->className()) + u" "_s + object->objectName());
                    break;
                }
            }
        }
        QVERIFY2(made.isEmpty(), qPrintable(made.join(u", "_s)));
        // The header's buttons are there all the same.
        auto *header = currentPage()->property("globalToolBarItem").value<QQuickItem *>();
        for (const auto &name : {u"languageActionButton"_s, u"settingsActionButton"_s}) {
            QQuickItem *button = nullptr;
            QTRY_VERIFY2((button = test::findItem(header, name)) && button->isVisible() && button->height() >= 48, qPrintable(name));
        }
    }

    void screenshotHomeFr()
    {
        QVERIFY2(test::waitStill(window()), "the home screen settles");
        const QImage image = window()->grabWindow();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        // A real screen has text and pictograms: many different colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 50, qPrintable(u"only %1 colours: blank window?"_s.arg(colours.size())));
        QVERIFY(image.save(test::screenshotPath(u"home-fr.png"_s)));
    }

    void tapOpensAccompaniedSession()
    {
        KioskController *kiosk = controller()->kiosk();
        QSignalSpy modeSpy(kiosk, &KioskController::modeChanged);
        QCOMPARE(kiosk->choosePin(u"2468"_s, u"2468"_s), QString());
        QCOMPARE(kiosk->enterModeWithPin(Mode::Mediator, u"2468"_s), QString());
        QCOMPARE(modeSpy.count(), 1);
        QQuickItem *tile = item(u"tileAccompanied"_s);
        QVERIFY(tile);
        test::tapCentre(window(), tile);
        QCOMPARE(kiosk->mode(), Mode::Accompanied);
        QCOMPARE(modeSpy.count(), 2); // the tap itself changed the mode, once
        QTRY_VERIFY(item(u"catalogPage"_s) != nullptr);
    }

    void cleanupTestCase()
    {
        stopApp();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(HomeTest)
#include "tst_home.moc"
