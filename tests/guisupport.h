// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "application.h"
#include "testsupport.h"
#include "webengine.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJSEngine>
#include <QPainter>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace pasapas::test
{

/// Every item under root (root included) for which matches(item) holds, in
/// the visual tree (pages pushed on Kirigami's page stack are not QObject
/// children of the window). With onScreenOnly, hidden branches (invisible or
/// transparent) are passed over.
template <typename Predicate>
void findItemsWhere(QQuickItem *root, const Predicate &matches, QList<QQuickItem *> &found, bool onScreenOnly = false)
{
    if (!root || (onScreenOnly && (!root->isVisible() || root->opacity() == 0))) {
        return;
    }
    if (matches(root)) {
        found.append(root);
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        findItemsWhere(child, matches, found, onScreenOnly);
    }
}

/// The first of them (depth first, root first), or null.
template <typename Predicate>
QQuickItem *findItemWhere(QQuickItem *root, const Predicate &matches, bool onScreenOnly = false)
{
    QList<QQuickItem *> found;
    findItemsWhere(root, matches, found, onScreenOnly);
    return found.value(0);
}

/// The first item with this objectName (visible or not).
inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    return findItemWhere(root, [&](QQuickItem *item) {
        return item->objectName() == name;
    });
}

/// A button on screen whose text starts with this (tool bar buttons have no object names).
inline QQuickItem *buttonStartingWith(QQuickItem *root, const QString &text)
{
    return findItemWhere(
        root,
        [&](QQuickItem *item) {
            return item->inherits("QQuickAbstractButton") && item->property("text").toString().startsWith(text);
        },
        true);
}

/// Whether an item on screen shows a text containing this.
inline bool textOnScreen(QQuickItem *root, const QString &text)
{
    return findItemWhere(
               root,
               [&](QQuickItem *item) {
                   return item->property("text").toString().contains(text);
               },
               true) != nullptr;
}

/// The session page showing this session (a previous one may still be going away).
inline QQuickItem *sessionPageOf(QQuickWindow *window, const QObject *session)
{
    return findItemWhere(window->contentItem(), [&](QQuickItem *item) {
        return item->objectName() == QStringLiteral("sessionPage") && item->property("session").value<QObject *>() == session;
    });
}

/// The endless animations running under root (its QObject children and its
/// items, however deep), by class name: while one runs, the window draws a
/// frame at every vsync, even when the animated item is hidden.
inline QStringList endlessAnimations(QObject *root)
{
    QStringList found;
    QSet<QObject *> seen;
    QList<QObject *> todo{root};
    while (!todo.isEmpty()) {
        QObject *object = todo.takeLast();
        if (!object || seen.contains(object)) {
            continue;
        }
        seen.insert(object);
        todo.append(object->children());
        if (auto *item = qobject_cast<QQuickItem *>(object)) {
            const auto children = item->childItems();
            todo.append(QList<QObject *>(children.cbegin(), children.cend()));
        }
        if (object->inherits("QQuickAbstractAnimation") && object->property("running").toBool() && object->property("loops").toInt() < 0) {
            found.append(QString::fromLatin1(object->metaObject()->className()) + QStringLiteral(" in ")
                         + QString::fromLatin1(object->parent() ? object->parent()->metaObject()->className() : "nothing"));
        }
    }
    return found;
}

/// The objectName of item or of the nearest named item above it; "?" when none is named.
inline QString nearestName(const QQuickItem *item)
{
    const QQuickItem *named = item;
    while (named && named->objectName().isEmpty()) {
        named = named->parentItem();
    }
    return named ? named->objectName() : QStringLiteral("?");
}

/// Each item as its class and the nearest named item above it ("QQuickRectangle in tileMediator").
inline QStringList classesInNamedItems(const QList<QQuickItem *> &items)
{
    QStringList names;
    for (QQuickItem *item : items) {
        names.append(QString::fromLatin1(item->metaObject()->className()) + QStringLiteral(" in ") + nearestName(item));
    }
    return names;
}

/// The page on top of the window's page stack.
inline QQuickItem *currentPage(QQuickWindow *window)
{
    return window->property("pageStack").value<QObject *>()->property("currentItem").value<QQuickItem *>();
}

/// Whether a condition stays true for the whole of a pause; false as soon as
/// it does not. For what must not happen (a navigation refused, a tap
/// stopped): nothing signals that, so the pause itself is what is checked.
template <typename Condition>
bool holdsFor(const Condition &condition, int ms)
{
    return !QTest::qWaitFor(
        [&] {
            return !condition();
        },
        ms);
}

/// WebEngineScript.ApplicationWorld: where the app's page scripts run (the page cannot see it).
constexpr quint32 applicationWorld = 1;

/// Runs a script in the page's main world of a WebEngineView item (or in
/// another world, e.g. applicationWorld) and returns its result (test
/// inspection only; the app itself never does this).
inline QVariant runJavaScript(QQuickItem *webView, const QString &script, int timeoutMs = 10000, std::optional<quint32> world = std::nullopt)
{
    QQmlEngine *engine = qmlEngine(webView);
    if (!engine) {
        return {};
    }
    QJSValue holder = engine->newObject();
    const QJSValue make = engine->evaluate(QStringLiteral("(function (h) { return function (r) { h.done = true; h.result = r; }; })"));
    const QJSValue callback = make.call({holder});
    if (world) {
        QMetaObject::invokeMethod(webView, "runJavaScript", Q_ARG(QString, script), Q_ARG(quint32, *world), Q_ARG(QJSValue, callback));
    } else {
        QMetaObject::invokeMethod(webView, "runJavaScript", Q_ARG(QString, script), Q_ARG(QJSValue, callback));
    }
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

/// Scrolls a page (a Kirigami ScrollablePage) until the item is within its
/// view, as a person scrolls to a tile below the screen's edge (large text)
/// or back up to a field above it.
inline void scrollIntoView(QQuickItem *page, QQuickItem *item)
{
    auto *flickable = page ? page->property("flickable").value<QQuickItem *>() : nullptr;
    if (!flickable || !item) {
        return;
    }
    const QRectF r = item->mapRectToItem(flickable, QRectF(0, 0, item->width(), item->height()));
    if (r.bottom() > flickable->height()) {
        flickable->setProperty("contentY", flickable->property("contentY").toReal() + std::min(r.top(), r.bottom() - flickable->height()));
    } else if (r.top() < 0) { // above the view (the page was scrolled down)
        flickable->setProperty("contentY", flickable->property("contentY").toReal() + r.top());
    }
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

/// Waits until what sample() returns stays the same a few times in a row,
/// a frame apart: the thing has stopped moving.
template <typename Sample>
bool waitUnchanged(QQuickWindow *window, const Sample &sample, int times = 3, int timeoutMs = 5000)
{
    decltype(sample()) last{};
    int same = 0;
    return QTest::qWaitFor(
        [&] {
            (void)waitForFrame(window, 500);
            auto now = sample();
            same = now == last ? same + 1 : 0;
            last = std::move(now);
            return same >= times;
        },
        timeoutMs);
}

/// Waits until an item stops moving (a page sliding, a drawer or a dialog
/// opening): the same place and opacity (a fading popup's) over frames.
inline bool waitInPlace(QQuickWindow *window, QQuickItem *item, int timeoutMs = 5000)
{
    return waitUnchanged(
        window,
        [&] {
            qreal opacity = item->isVisible() ? 1 : 0;
            for (QQuickItem *up = item; up; up = up->parentItem()) {
                opacity *= up->opacity();
            }
            return std::pair(item->mapRectToScene(QRectF(0, 0, item->width(), item->height())), opacity);
        },
        3,
        timeoutMs);
}

/// Waits until the window's picture stops changing (a page slid into place,
/// a drawer open, a document rendered), but for one item's area (a web view,
/// whose highlight pulses for ever: the driver waits for its page on its own
/// terms). False when it still moves at the timeout.
inline bool waitStill(QQuickWindow *window, QQuickItem *except = nullptr, int timeoutMs = 5000)
{
    return waitUnchanged(
        window,
        [&] {
            QImage image = window->grabWindow();
            if (except && except->isVisible()) {
                QPainter(&image).fillRect(except->mapRectToScene(QRectF(0, 0, except->width(), except->height())), Qt::black);
            }
            return image;
        },
        2,
        timeoutMs);
}

/// Saves a screenshot of the window once its picture is still (see waitStill).
inline bool saveScreenshot(QQuickWindow *window, const QString &name, QQuickItem *except = nullptr)
{
    if (!waitStill(window, except)) {
        qWarning("%s: the window was still moving", qPrintable(name));
    }
    return window->grabWindow().save(screenshotPath(name));
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
