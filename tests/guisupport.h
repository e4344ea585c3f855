// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "application.h"
#include "testsupport.h"
#include "webengine.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

namespace pasapas::test
{

/// Finds a visible item by objectName, walking the visual tree (pages pushed
/// on Kirigami's page stack are not QObject children of the window).
inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root) {
        return nullptr;
    }
    if (root->objectName() == name) {
        return root;
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

/// Every visible-tree item with this objectName.
inline void findItems(QQuickItem *root, const QString &name, QList<QQuickItem *> &found)
{
    if (!root) {
        return;
    }
    if (root->objectName() == name) {
        found.append(root);
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        findItems(child, name, found);
    }
}

/// The session page showing this session (a previous one may still be going away).
inline QQuickItem *sessionPageOf(QQuickWindow *window, const QObject *session)
{
    QList<QQuickItem *> pages;
    findItems(window->contentItem(), QStringLiteral("sessionPage"), pages);
    for (QQuickItem *page : std::as_const(pages)) {
        if (page->property("session").value<QObject *>() == session) {
            return page;
        }
    }
    return nullptr;
}

/// The page on top of the window's page stack.
inline QQuickItem *currentPage(QQuickWindow *window)
{
    return window->property("pageStack").value<QObject *>()->property("currentItem").value<QQuickItem *>();
}

/// Runs a script in the page's main world of a WebEngineView item and
/// returns its result (test inspection only; the app itself never does this).
inline QVariant runJavaScript(QQuickItem *webView, const QString &script, int timeoutMs = 10000)
{
    QQmlEngine *engine = qmlEngine(webView);
    if (!engine) {
        return {};
    }
    QJSValue holder = engine->newObject();
    const QJSValue make = engine->evaluate(QStringLiteral("(function (h) { return function (r) { h.done = true; h.result = r; }; })"));
    const QJSValue callback = make.call({holder});
    QMetaObject::invokeMethod(webView, "runJavaScript", Q_ARG(QString, script), Q_ARG(QJSValue, callback));
    if (!QTest::qWaitFor(
            [&] {
                return holder.property(QStringLiteral("done")).toBool();
            },
            timeoutMs)) {
        return {};
    }
    return holder.property(QStringLiteral("result")).toVariant();
}

/// Taps the centre of an item, as a finger would.
inline void tapCentre(QQuickWindow *window, QQuickItem *item)
{
    QTest::mouseClick(window, Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
}

/// Types ASCII text into the focused field of a window, key by key.
inline void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text) {
        QTest::keyClick(window, c.toLatin1());
    }
}

/// How many frames the window has drawn since this was first asked.
/// frameSwapped comes from the render thread: the counter is a child of the
/// window (it lives as long as the render loop) and counts through a queued
/// connection. A QSignalSpy on that signal crashes now and then: its direct
/// connection runs on the render thread while the spy is destroyed.
inline int framesDrawn(QQuickWindow *window)
{
    const QString name = QStringLiteral("pasapasTestFrameCounter");
    QObject *counter = window->findChild<QObject *>(name, Qt::FindDirectChildrenOnly);
    if (!counter) {
        counter = new QObject(window);
        counter->setObjectName(name);
        counter->setProperty("frames", 0);
        QObject::connect(
            window,
            &QQuickWindow::frameSwapped,
            counter,
            [counter] {
                counter->setProperty("frames", counter->property("frames").toInt() + 1);
            },
            Qt::QueuedConnection);
    }
    return counter->property("frames").toInt();
}

/// Asks the window for a new frame and waits until it is drawn.
inline bool waitForFrame(QQuickWindow *window, int timeoutMs)
{
    const int before = framesDrawn(window);
    window->update();
    return QTest::qWaitFor(
        [&] {
            return framesDrawn(window) > before;
        },
        timeoutMs);
}

/// main() of a test that builds the real app graph: Qt WebEngine prepared
/// before the application object, the app's name and style set.
template<typename TestClass>
int runAppTest(int argc, char *argv[])
{
    allowWebEngineAsRoot();
    initializeWebEngine();
    QGuiApplication app(argc, argv);
    setupApplicationIdentity();
    TestClass test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace pasapas::test

/// main() of a test that builds the real app graph (see runAppTest).
#define PASAPAS_APP_TEST_MAIN(TestClass)                                                                                                                       \
    int main(int argc, char *argv[])                                                                                                                           \
    {                                                                                                                                                          \
        return pasapas::test::runAppTest<TestClass>(argc, argv);                                                                                               \
    }

/// The same, in private folders (see PrivateFolders).
#define PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(TestClass)                                                                                                    \
    int main(int argc, char *argv[])                                                                                                                           \
    {                                                                                                                                                          \
        const pasapas::test::PrivateFolders folders;                                                                                                           \
        if (!folders.isValid()) {                                                                                                                              \
            return 1;                                                                                                                                          \
        }                                                                                                                                                      \
        return pasapas::test::runAppTest<TestClass>(argc, argv);                                                                                               \
    }
