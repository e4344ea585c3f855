// SPDX-License-Identifier: GPL-3.0-or-later
// What a cold start straight into a guide (`pasapas --start GUIDE`, issue 16)
// does, and when: the step card, the header and the bubble wait for the
// page's load (until then only the page and plain colours are drawn), the activity
// journal for the session's end, the free heap goes back once the first
// target is highlighted and after the session, and the start reads no theme
// icon it does not draw.
#include "coldstartfixture.h"
#include "drawkinds.h"
#include "journal.h"
#include "sessioncontroller.h"

#include <QLoggingCategory>
#include <QMap>
#include <QMutex>
#include <QQmlExtensionPlugin>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QFile>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
/// When the app said it gave back the free heap (HeapTrimmer's log line, from its worker thread).
QMutex s_trimsMutex;
QList<qint64> s_trims;
QElapsedTimer s_clock;
QtMessageHandler s_previousHandler = nullptr;

void trimWatcher(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"free heap given back: "_s)) {
        QMutexLocker locker(&s_trimsMutex);
        s_trims.append(s_clock.elapsed());
    }
    s_previousHandler(type, context, message);
}

qsizetype trimCount()
{
    QMutexLocker locker(&s_trimsMutex);
    return s_trims.size();
}

/// Whether a library of SQLite is mapped into this process.
bool sqliteMapped()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libsqlite3");
}

/// Whether object is a Kirigami.Icon (or made from one).
bool isIcon(const QObject *object)
{
    for (const QMetaObject *meta = object->metaObject(); meta; meta = meta->superClass()) {
        if (qstrcmp(meta->className(), "Icon") == 0) {
            return true;
        }
    }
    return false;
}

/// Whether ancestor holds item, in the visual tree or as a QObject parent.
bool holds(const QQuickItem *ancestor, const QQuickItem *item)
{
    for (const QObject *object = item; object; object = object->parent()) {
        const auto *asItem = qobject_cast<const QQuickItem *>(object);
        if (object == ancestor || (asItem && ancestor->isAncestorOf(asItem))) {
            return true;
        }
    }
    return false;
}
} // namespace

class StartOrderTest : public test::ColdStartFixture
{
    Q_OBJECT

private Q_SLOTS:
    /// Until the page's load has ended, a start straight into a guide makes
    /// no step card and draws the page and plain opaque colours only (the
    /// loading bar too). The GUI thread is then Chromium's browser side,
    /// which sends the page's request and asks for its files between this
    /// thread's tasks; and each other kind of drawing (text, pictures,
    /// painted, rounded or see-through parts) makes the graphics driver build
    /// a program for it on a fresh tablet, which that thread waits for. The
    /// guide's parts come once the page has loaded, or a second after the
    /// session page (a slow site).
    void guideShownOnceThePageHasLoaded()
    {
        QStringList drawn; // before the load ended
        bool watching = true;
        coldStart([&] {
            connect(window(), &QQuickWindow::afterAnimating, this, [&] { // each frame, before its sync
                if (watching) {
                    QQuickItem *root = window()->contentItem();
                    drawn += test::notPlainColourOnScreen(root, test::findItem(root, u"webView"_s));
                }
            });
        });
        if (QTest::currentTestFailed()) {
            return;
        }
        QQuickItem *page = m_driver->sessionPage();
        QQuickItem *web = test::findItem(page, u"webView"_s);
        QVERIFY(web);
        bool started = false;
        while (watching && m_sincePageMade.elapsed() < 20000) {
            const bool loading = web->property("loading").toBool();
            started = started || loading;
            if (started && !loading) {
                watching = false;
            } else if (page->property("guideShown").toBool() || test::findItem(page, u"stepCard"_s)) {
                // Only the slow site's fallback may show the guide before the load has ended.
                QVERIFY2(m_sincePageMade.elapsed() >= 900,
                         qPrintable(u"guide shown %1 ms after the session page, the page %2"_s.arg(m_sincePageMade.elapsed())
                                        .arg(started ? u"still loading"_s : u"not started"_s)));
                watching = false;
            }
            QTest::qWait(1);
        }
        watching = false;
        QVERIFY2(started, "the page never started loading");
        drawn.removeDuplicates();
        QVERIFY2(drawn.isEmpty(), qPrintable(u"drawn before the page had loaded: "_s + drawn.join(u", "_s)));
        QVERIFY(test::findItem(page, u"pageLoadingBar"_s)); // the check looked at it
        // Then the guide: its card, the header's title and buttons, the bubble.
        QTRY_VERIFY(page->property("guideShown").toBool());
        QTRY_VERIFY(test::findItem(page, u"stepCard"_s));
        auto *header = page->property("globalToolBarItem").value<QQuickItem *>();
        QVERIFY(header);
        QTRY_VERIFY(header->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(test::findItem(page, u"targetBubble"_s)->isVisible(), 20000);
    }

    /// After a start straight into a guide, the activity journal (SQLite)
    /// opens as the session ends, to write its row: not as the first frame
    /// is drawn, as after a start to the home screen, where the page's
    /// request would wait behind it on the GUI thread, and not while the
    /// session lasts, where SQLite would stay mapped for nothing.
    void journalOpenedAsTheSessionEnds()
    {
        coldStart();
        if (QTest::currentTestFailed()) {
            return;
        }
        untilHomeMadeUnderTheSession();
        if (QTest::currentTestFailed()) {
            return;
        }
        // As long as bench_startup waits before it reads the memory, and more.
        QTest::qWait(3500);
        QVERIFY2(!m_app->journal()->opened(), "the journal was opened during the session");
        QVERIFY2(!sqliteMapped(), "SQLite is mapped during the session");

        tapQuit();
        QVERIFY(!m_app->session());
        QVERIFY(m_app->journal()->opened());
        QVERIFY2(m_app->journal()->isOpen(), qPrintable(m_app->journal()->problem()));
        QSqlQuery rows(m_app->journal()->database());
        QVERIFY(rows.exec(u"SELECT COUNT(*) FROM sessions"_s));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1); // the session's row
        QVERIFY2(sqliteMapped(), "SQLite's library is not named as the check above expects");
    }

    /// The heap the start freed goes back to the system once the first
    /// target is highlighted and has stayed a moment (HeapTrimmer's quiet
    /// time: 2 s), after the home page is made; and again after Quit, once
    /// the session and its browser profile are gone.
    void freeHeapGivenBackAfterTheFirstTarget()
    {
        QLoggingCategory::setFilterRules(u"pasapas.app.debug=true"_s);
        s_clock.start();
        s_previousHandler = qInstallMessageHandler(trimWatcher);
        const auto restore = qScopeGuard([] {
            qInstallMessageHandler(s_previousHandler);
            QLoggingCategory::setFilterRules(QString());
            QMutexLocker locker(&s_trimsMutex);
            s_trims.clear();
        });
        coldStart();
        if (QTest::currentTestFailed()) {
            return;
        }
        SessionController *session = m_app->session();
        qint64 highlighted = -1;
        connect(session, &SessionController::targetRectChanged, this, [&] {
            if (highlighted < 0 && !session->targetRect().isEmpty()) {
                highlighted = s_clock.elapsed();
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(highlighted >= 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(trimCount() > 0, 10000);
        {
            QMutexLocker locker(&s_trimsMutex);
            QCOMPARE(s_trims.size(), 1); // the first frame, the session and its first highlight: one trim
            QVERIFY2(s_trims.constFirst() >= highlighted + 1900, qPrintable(u"trim at %1 ms, first highlight at %2 ms"_s.arg(s_trims.constFirst()).arg(highlighted)));
        }
        QVERIFY(homePage());
        // After Quit, once the session (and its browser profile) is gone.
        qint64 gone = -1;
        connect(session, &QObject::destroyed, this, [&] {
            gone = s_clock.elapsed();
        });
        tapQuit();
        QVERIFY(!m_app->session());
        QTRY_COMPARE_WITH_TIMEOUT(trimCount(), 2, 15000);
        QVERIFY(gone >= 0);
        QMutexLocker locker(&s_trimsMutex);
        QVERIFY2(s_trims.at(1) >= gone + 1900, qPrintable(u"trim at %1 ms, session gone at %2 ms"_s.arg(s_trims.at(1)).arg(gone)));
    }

    /// Each icon of the theme is read from a large resource, and the kernel
    /// keeps ~64 KiB around each one read (issue 16): what a start makes but
    /// does not show (the refused-page and page-problem notices, the
    /// take-over notices, the help signal, the Quit warning, the idle
    /// countdown, the repair button) is made when first needed. Every icon
    /// name the window holds is drawn, but those of Kirigami's own header
    /// buttons and of the home page (made under the session, by HomeLater).
    void startReadsOnlyIconsItShows()
    {
        coldStart();
        if (QTest::currentTestFailed()) {
            return;
        }
        untilHomeMadeUnderTheSession();
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(test::waitForFrame(window(), 5000));
        QList<QQuickItem *> items;
        test::findItemsWhere(window()->contentItem(), isIcon, items);
        for (QQuickItem *item : window()->findChildren<QQuickItem *>()) {
            if (isIcon(item) && !items.contains(item)) {
                items.append(item); // in a pop-up never opened
            }
        }
        const auto *homeHeader = homePage()->property("globalToolBarItem").value<QQuickItem *>();
        QSet<QString> shown;
        QMap<QString, QString> hidden; // name → where
        for (const QQuickItem *icon : std::as_const(items)) {
            const QString name = icon->property("source").toString();
            if (name.isEmpty()) {
                continue;
            }
            if (icon->isVisible()) {
                shown.insert(name);
            } else if (!holds(homePage(), icon) && !(homeHeader && holds(homeHeader, icon))) {
                hidden.insert(name, test::nearestName(icon));
            }
        }
        QVERIFY2(shown.contains(u"application-exit"_s), qPrintable(QStringList(shown.begin(), shown.end()).join(u", "_s)));
        // Kirigami's header: its menu and its page history arrows, made hidden.
        const QStringList kirigamis{u"overflow-menu"_s, u"open-menu-symbolic"_s, u"go-previous-symbolic"_s, u"go-next-symbolic"_s};
        QStringList unseen;
        for (auto it = hidden.cbegin(); it != hidden.cend(); ++it) {
            if (!shown.contains(it.key()) && !kirigamis.contains(it.key())) {
                unseen.append(it.key() + u" ("_s + it.value() + u')');
            }
        }
        QVERIFY2(unseen.isEmpty(), qPrintable(u"icons made but not shown: "_s + unseen.join(u", "_s)));
        QVERIFY(!test::findItem(window()->contentItem(), u"idleCountdown"_s));
    }

    void cleanup()
    {
        reset();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(StartOrderTest)
#include "tst_startorder.moc"
