// SPDX-License-Identifier: GPL-3.0-or-later
// The end of a session, as the next person meets it: after "Quit", the home
// screen is there at once (alone on the stack, not sliding in), the session
// page is out of sight and goes a little later, and the page stack stays
// sound for the next session. The session page is taken out of the stack
// without ever being disabled: Kirigami disables a page scrolled out of
// view, which recolours every themed item in it, 100–400 ms on the tablet
// for a page destroyed half a second later (bench_wipe). While a session
// page is in place, the pages under it are not drawn; the home page is
// drawn again as soon as the session ends.
#include "appcontroller.h"
#include "application.h"
#include "guisupport.h"
#include "sessiondriver.h"
#include "sessionmanager.h"

#include <QGuiApplication>
#include <QPointer>
#include <QQmlListReference>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <utility>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

class FreshHomeTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

    [[nodiscard]] int depth() const
    {
        return window()->property("pageStack").value<QObject *>()->property("depth").toInt();
    }

    /// How many of the pages under the top one are drawn (not transparent).
    [[nodiscard]] int pagesDrawnUnderTop() const
    {
        const QObject *columns = window()->property("pageStack").value<QObject *>()->property("columnView").value<QObject *>();
        const QQmlListReference pages(const_cast<QObject *>(columns), "contentChildren");
        int drawn = 0;
        for (qsizetype i = 0; i + 1 < pages.count(); ++i) {
            const auto *page = qobject_cast<QQuickItem *>(pages.at(i));
            drawn += !page || (page->isVisible() && page->opacity() > 0) ? 1 : 0;
        }
        return drawn;
    }

    /// A practice session showing its first step, its page in place on top
    /// of the pages under it, which are not drawn meanwhile.
    void startShowing(int pagesUnder = 1)
    {
        QVERIFY(start(u"practice-toucher"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session()->state() == SessionEngine::State::Showing, 20000);
        QTRY_COMPARE(currentPage(), sessionPage());
        QVERIFY(pageInPlace());
        QCOMPARE(depth(), pagesUnder + 1);
        QVERIFY(sessionPage()->isEnabled());
        QTRY_COMPARE(pagesDrawnUnderTop(), 0);
    }

    /// Taps "Quit" on a session page (no documents: no warning first).
    void tapQuit(QQuickItem *page)
    {
        QQuickItem *quit = test::findItemWhere(page, [](QQuickItem *item) {
            return item->objectName() == u"quitButton" && item->isVisible();
        });
        QVERIFY(quit);
        test::tapCentre(window(), quit);
    }

    /// The home page alone on the stack, current, in place (not sliding in),
    /// enabled and drawn.
    void checkHomeAlone()
    {
        QCOMPARE(depth(), 1);
        QCOMPARE(currentPage()->objectName(), u"homePage"_s);
        QVERIFY(qFuzzyIsNull(currentPage()->mapToScene(QPointF(0, 0)).x()));
        QVERIFY(currentPage()->isEnabled());
        QCOMPARE(currentPage()->opacity(), 1.0);
    }

    /// Nothing of the last session on screen, and its page gone soon after,
    /// with no QML warning since the warningsBefore-th (pushing a page by
    /// Kirigami's PageRow warns that it was made without a parent).
    void checkGone(QPointer<QQuickItem> page, const QString &title, qsizetype warningsBefore)
    {
        QVERIFY(page.isNull() || !page->isVisible());
        QVERIFY(!test::textOnScreen(window()->contentItem(), title));
        QTRY_VERIFY_WITH_TIMEOUT(page.isNull(), SessionManager::pageTeardownDelayMs + 5000);
        const QStringList warnings = app()->qmlWarnings().mid(warningsBefore);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startApp());
        QVERIFY(test::waitForFrame(window(), 20000));
    }

    void quitShowsTheHomeAtOnce()
    {
        // Twice: after the first, the stack must take a session page as before.
        for (int round = 0; round < 2; ++round) {
            startShowing();
            if (QTest::currentTestFailed()) {
                return;
            }
            const QString title = session()->guideTitle();
            QVERIFY(!title.isEmpty() && test::textOnScreen(window()->contentItem(), title));
            QPointer<QQuickItem> page = sessionPage();
            QSignalSpy disabled(page.data(), &QQuickItem::enabledChanged);
            const qsizetype warnings = app()->qmlWarnings().size();
            tapQuit(page);

            // Once the tap is handled, without waiting: the wiped session,
            // the home page alone and in place, with its notice.
            QVERIFY(!session());
            checkHomeAlone();
            QQuickItem *notice = pageItem(u"wipeNotice"_s);
            QVERIFY(notice && notice->isVisible());
            // The session page was never disabled on its way out.
            QCOMPARE(disabled.count(), 0);
            QVERIFY(page && !page->isVisible());
            checkGone(page, title, warnings);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }

    void quitFromTheGuidesPage()
    {
        // As a person starts one: the catalog, a category, the guide's page.
        const QList<std::pair<QString, QVariantMap>> pages = {
            {u"CatalogPage"_s, {}},
            {u"GuideListPage"_s, {{u"categoryId"_s, u"first-steps"_s}, {u"categoryName"_s, u"Premiers pas"_s}}},
            {u"GuideDetailPage"_s, {{u"guideId"_s, u"practice-toucher"_s}}},
        };
        QList<QPointer<QQuickItem>> under;
        for (const auto &[name, properties] : pages) {
            QVERIFY(QMetaObject::invokeMethod(window(), "pushPage", Q_ARG(QString, name), Q_ARG(QVariant, properties)));
            under.append(currentPage());
        }
        QTRY_COMPARE(currentPage()->objectName(), u"guideDetailPage"_s);
        QVERIFY(pageInPlace());
        startShowing(4);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString title = session()->guideTitle();
        QPointer<QQuickItem> page = sessionPage();
        QSignalSpy disabled(page.data(), &QQuickItem::enabledChanged);
        const qsizetype warnings = app()->qmlWarnings().size();
        tapQuit(page);

        // The home page alone at once; every page above it hidden, gone soon after.
        checkHomeAlone();
        QCOMPARE(disabled.count(), 0);
        for (const QPointer<QQuickItem> &left : std::as_const(under)) {
            QVERIFY(left && !left->isVisible());
        }
        checkGone(page, title, warnings);
        for (const QPointer<QQuickItem> &left : std::as_const(under)) {
            QTRY_VERIFY(left.isNull());
        }
    }

    void endsWithAPageAboveTheSession()
    {
        startShowing();
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString title = session()->guideTitle();
        QPointer<QQuickItem> page = sessionPage();
        // The language page, opened from the session's header, is on top.
        QQuickItem *header = page->property("globalToolBarItem").value<QQuickItem *>();
        QQuickItem *button = nullptr;
        QTRY_VERIFY((button = test::findItem(header, u"languageActionButton"_s)) && button->isVisible());
        test::tapCentre(window(), button);
        QTRY_COMPARE(currentPage()->objectName(), u"languagePage"_s);
        QVERIFY(pageInPlace());
        QPointer<QQuickItem> languagePage = currentPage();
        QCOMPARE(depth(), 3);

        // The end as the idle reset brings it: both pages go, the home page stays alone.
        const qsizetype warnings = app()->qmlWarnings().size();
        controller()->finishForNextPerson();
        QVERIFY(!session());
        QVERIFY(page && !page->isVisible());
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        QCOMPARE(depth(), 1);
        QVERIFY(pageInPlace());
        QCOMPARE(currentPage()->opacity(), 1.0);
        QTRY_VERIFY(languagePage.isNull() || !languagePage->isVisible());
        checkGone(page, title, warnings);
        if (QTest::currentTestFailed()) {
            return;
        }

        // And the next session's page goes on the stack as usual.
        startShowing();
        app()->controller()->sessions()->end();
        QTRY_COMPARE(depth(), 1);
    }

    void cleanupTestCase()
    {
        stopApp();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(FreshHomeTest)
#include "tst_freshhome.moc"
