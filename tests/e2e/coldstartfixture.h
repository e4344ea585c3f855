// SPDX-License-Identifier: GPL-3.0-or-later
// A cold start straight into a guide (`pasapas --start GUIDE`, issue 16),
// shared by e2e-coldstart (the home page made after the first target) and
// e2e-startorder (what such a start does, and when).
#pragma once

#include "appcontroller.h"
#include "application.h"
#include "guisupport.h"
#include "kioskcontroller.h"
#include "sessioncontroller.h"
#include "sessiondriver.h"

#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <functional>
#include <memory>

namespace pasapas::test
{
using namespace Qt::StringLiterals;

/// The base of both tests' classes: the app, its session driver, and the
/// steps they share. Its users' slots reset it in cleanup().
class ColdStartFixture : public QObject
{
protected:
    std::unique_ptr<Application> m_app;
    std::unique_ptr<SessionDriver> m_driver;
    QElapsedTimer m_sincePageMade; ///< started as load() returns: the session page is made inside it

    [[nodiscard]] QQuickWindow *window() const
    {
        return m_app->window();
    }
    [[nodiscard]] QObject *pageStack() const
    {
        return window()->property("pageStack").value<QObject *>();
    }
    [[nodiscard]] QQuickItem *homePage() const
    {
        return window()->property("homePageItem").value<QQuickItem *>();
    }
    /// A home page made, on the stack or not.
    [[nodiscard]] bool anyHomePage() const
    {
        return homePage() || window()->findChild<QQuickItem *>(u"homePage"_s) || findItem(window()->contentItem(), u"homePage"_s);
    }

    /// `pasapas --start practice-toucher`: the window loaded, looked at before
    /// it is shown and as its first frame is prepared, then shown. beforeShow
    /// runs once the window is loaded, before it is shown.
    void coldStart(const std::function<void()> &beforeShow = {})
    {
        CommandLine commandLine;
        commandLine.startGuide = u"practice-toucher"_s;
        m_app = std::make_unique<Application>(commandLine);
        QVERIFY(m_app->load());
        m_sincePageMade.start();
        QVERIFY2(m_app->session(), "--start opened the session at once");
        QVERIFY2(!anyHomePage(), "the home page was made with the window");
        auto homeAtFirstFrame = std::make_shared<int>(-1);
        connect(
            window(),
            &QQuickWindow::afterAnimating, // on this thread, before the first frame's sync
            this,
            [this, homeAtFirstFrame] {
                *homeAtFirstFrame = anyHomePage() ? 1 : 0;
            },
            Qt::SingleShotConnection);
        if (beforeShow) {
            beforeShow();
        }
        window()->resize(1280, 800);
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        m_driver = std::make_unique<SessionDriver>(m_app.get());
        QVERIFY(waitForFrame(window(), 20000));
        QCOMPARE(*homeAtFirstFrame, 0);
    }

    /// Waits for the first target highlighted, then for the home page made
    /// under the session page (HomeLater). The caller returns when it failed.
    void untilHomeMadeUnderTheSession()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->session()->targetRect().isEmpty(), 20000);
        QTRY_VERIFY(homePage());
    }

    /// The home page alone on the stack, current, in place (not sliding in),
    /// enabled and drawn; the kiosk knows it is home.
    void checkHomeAlone()
    {
        QCOMPARE(pageStack()->property("depth").toInt(), 1);
        QQuickItem *current = currentPage(window());
        QVERIFY(current);
        QCOMPARE(current->objectName(), u"homePage"_s);
        QCOMPARE(current, homePage());
        QVERIFY(qFuzzyIsNull(current->mapToScene(QPointF(0, 0)).x()));
        QVERIFY(current->isVisible());
        QVERIFY(current->isEnabled());
        QCOMPARE(current->opacity(), 1.0);
        QVERIFY(m_app->controller()->kiosk()->atHome());
    }

    void tapQuit()
    {
        QQuickItem *quit = nullptr;
        QTRY_VERIFY((quit = findItemWhere(m_driver->sessionPage(), [](QQuickItem *item) {
                         return item->objectName() == u"quitButton" && item->isVisible();
                     })));
        tapCentre(window(), quit);
    }

    void reset()
    {
        m_driver.reset();
        m_app.reset();
    }
};
} // namespace pasapas::test
