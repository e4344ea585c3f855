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
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QQmlExtensionPlugin>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QDir>
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

    /// A start straight into a guide loads the type of no part it may never
    /// show. The session page's pop-ups and the step card's message with an
    /// action are loaded by their address the first time they show: they use
    /// Kirigami's PlaceholderMessage and InlineMessage, which Debian ships
    /// uncompiled, and each fresh start compiled them with the session page,
    /// on the GUI thread, before the page's request (~13 ms). The real
    /// program with fresh folders, where Qt names each QML file it compiles
    /// (no cached copy of it yet), until its first target is highlighted.
    void startCompilesNoPartItMayNeverShow()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, path] : test::makePrivateFolders(root.path())) {
            environment.insert(QString::fromLatin1(name), path);
        }
        environment.insert(u"QT_LOGGING_RULES"_s, u"qt.qml.diskcache.debug=true;pasapas.session.debug=true"_s);
        environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PASAPAS_EXECUTABLE), {u"--lang"_s, u"fr"_s, u"--start"_s, u"practice-inscription"_s});
        QVERIFY(process.waitForStarted());
        const auto stop = qScopeGuard([&process] {
            process.kill();
            process.waitForFinished();
        });
        QByteArray log;
        QTRY_VERIFY2_WITH_TIMEOUT((log += process.readAllStandardError()).contains("target highlighted") || process.state() == QProcess::NotRunning,
                                  log.right(2000).constData(),
                                  60000);
        QVERIFY2(log.contains("target highlighted"), log.right(2000).constData());
        const QString start = QString::fromUtf8(log.left(log.indexOf("target highlighted")));
        QStringList compiled;
        static const QRegularExpression named(u"Error loading \"([^\"]+)\" from disk cache"_s);
        for (auto it = named.globalMatch(start); it.hasNext();) {
            compiled.append(it.next().captured(1).section(u'/', -1));
        }
        // The window and the session page's own Kirigami parts: the check sees them.
        QVERIFY2(compiled.contains(u"ApplicationWindow.qml"_s), qPrintable(u"Qt named no compiled file: "_s + start.right(2000)));
        for (const QString &part : {u"InlineMessage.qml"_s, u"PlaceholderMessage.qml"_s, u"SelectableLabel.qml"_s, u"ScrollablePage.qml"_s}) {
            QVERIFY2(!compiled.contains(part), qPrintable(part + u" compiled before the first target; compiled: "_s + compiled.join(u", "_s)));
        }
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
