// SPDX-License-Identifier: GPL-3.0-or-later
// A cold start straight into a guide (`pasapas --start GUIDE`, issue 16):
// the window's first frame, the page's load and its first highlighted target
// come before the home page is made. It is made after that, under the session
// page, not drawn, without taking the focus or moving the session page. And
// however the session ends (Quit, before the home page is made or after, or
// ended by the app), the home page is there: alone, current, in place,
// enabled and drawn, as after a session started from the home screen.
#include "coldstartfixture.h"
#include "catalogmodel.h"
#include "sessioncontroller.h"
#include "sessionmanager.h"

#include <QPointer>
#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

class ColdStartTest : public test::ColdStartFixture
{
    Q_OBJECT

private Q_SLOTS:
    void homeMadeAfterTheFirstTarget()
    {
        coldStart();
        if (QTest::currentTestFailed()) {
            return;
        }
        SessionController *session = m_app->session();
        QPointer<QQuickItem> page = m_driver->sessionPage();
        QVERIFY(page);
        QCOMPARE(pageStack()->property("depth").toInt(), 1);
        QVERIFY(!m_app->controller()->kiosk()->atHome());
        // As the first target is highlighted, the home page is not made yet.
        int homeAtHighlight = -1;
        QPointer<QQuickItem> focused;
        connect(session, &SessionController::targetRectChanged, this, [&] {
            if (homeAtHighlight < 0 && !session->targetRect().isEmpty()) {
                homeAtHighlight = anyHomePage() ? 1 : 0;
                focused = window()->activeFocusItem();
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(homeAtHighlight >= 0, 20000);
        // The way back (it ends the session) is in the header, shown with
        // the guide once the page has loaded (e2e-startorder), a second
        // after the session page at the latest.
        QQuickItem *back = test::findItem(page->property("globalToolBarItem").value<QQuickItem *>(), u"headerBack"_s);
        QVERIFY(back);
        QTRY_VERIFY_WITH_TIMEOUT(back->isVisible(), 1500);
        QCOMPARE(homeAtHighlight, 0);
        // Nothing shows the whole catalog during the session: it is not sorted yet.
        QCOMPARE(m_app->catalog()->count(), 0);

        // Soon after: under the session page, not drawn; the session page
        // stays current, in place, with the focus and its way back.
        QTRY_COMPARE(pageStack()->property("depth").toInt(), 2);
        QVERIFY(homePage());
        QCOMPARE(pageStack()->property("currentIndex").toInt(), 1);
        QCOMPARE(test::currentPage(window()), page.data());
        QCOMPARE(homePage()->parentItem(), page->parentItem());
        QCOMPARE(homePage()->opacity(), 0.0);
        QVERIFY(m_driver->pageInPlace());
        QVERIFY(test::waitForFrame(window(), 5000));
        QVERIFY(qFuzzyIsNull(page->mapToScene(QPointF(0, 0)).x()));
        QCOMPARE(window()->activeFocusItem(), focused.data());
        QVERIFY(!homePage()->isAncestorOf(window()->activeFocusItem()));
        QVERIFY(back->isVisible());
        QVERIFY(!m_app->controller()->kiosk()->atHome());
        const QStringList warnings = m_app->qmlWarnings();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));

        tapQuit();
        QVERIFY(!m_app->session());
        checkHomeAlone();
        QVERIFY(m_app->catalog()->count() > 0); // listed as the session ends
        QTRY_VERIFY_WITH_TIMEOUT(page.isNull(), SessionManager::pageTeardownDelayMs + 5000);
    }

    void quitBeforeTheHomeIsMade()
    {
        coldStart();
        if (QTest::currentTestFailed()) {
            return;
        }
        QPointer<QQuickItem> page = m_driver->sessionPage();
        QVERIFY(!anyHomePage());
        tapQuit();
        QVERIFY(!m_app->session());
        checkHomeAlone();
        QVERIFY(page.isNull() || !page->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(page.isNull(), SessionManager::pageTeardownDelayMs + 5000);
        // And a session started from there goes on the stack as usual.
        QVERIFY(m_driver->start(u"practice-toucher"_s));
        QTRY_COMPARE(test::currentPage(window()), m_driver->sessionPage());
        QCOMPARE(pageStack()->property("depth").toInt(), 2);
    }

    void headerBackBeforeTheHomeIsMade()
    {
        coldStart();
        if (QTest::currentTestFailed()) {
            return;
        }
        QQuickItem *header = m_driver->sessionPage()->property("globalToolBarItem").value<QQuickItem *>();
        QQuickItem *back = nullptr;
        QTRY_VERIFY((back = test::findItem(header, u"headerBack"_s)) && back->isVisible());
        QVERIFY(!anyHomePage());
        test::tapCentre(window(), back);
        QVERIFY(!m_app->session());
        checkHomeAlone();
    }

    void endedByTheAppBeforeTheHomeIsMade()
    {
        coldStart();
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(!anyHomePage());
        m_app->controller()->sessions()->end();
        QVERIFY(!m_app->session());
        QTRY_COMPARE(test::currentPage(window()), homePage());
        QTRY_VERIFY(qFuzzyIsNull(homePage()->mapToScene(QPointF(0, 0)).x())); // it slides back, as after any session
        checkHomeAlone();
    }

    void cleanup()
    {
        reset();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(ColdStartTest)
#include "tst_coldstart.moc"
