// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The QObjects alive, by class, through Qt Core's hooks for tools: what a
// session leaves behind shows as a class that grows. With trace(), each new
// object of the UI thread is also described shortly after it was made (its
// class and name, the chain of items it hangs from and the QML files they
// come from), so that an object left without an owner says who made it.

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <map>

// qhooks_p.h (exported): told of every QObject made and destroyed.
extern quintptr Q_CORE_EXPORT qtHookData[];

namespace pasapas::bench
{

class ObjectCensus
{
public:
    static void install()
    {
        qtHookData[addQObjectHook] = reinterpret_cast<quintptr>(&added);
        qtHookData[removeQObjectHook] = reinterpret_cast<quintptr>(&removed);
    }
    /// Describes the objects made from now on (call in the UI thread, once its event loop runs).
    static void trace()
    {
        {
            const QMutexLocker locker(&s_mutex);
            s_tracing = true;
        }
        auto *timer = new QTimer(QCoreApplication::instance());
        QObject::connect(timer, &QTimer::timeout, timer, &ObjectCensus::describePending);
        timer->start(5);
    }
    static qsizetype alive()
    {
        const QMutexLocker locker(&s_mutex);
        return s_alive.size();
    }
    static QSet<QObject *> snapshot()
    {
        const QMutexLocker locker(&s_mutex);
        return s_alive;
    }
    static std::map<QByteArray, int> byClass()
    {
        const QMutexLocker locker(&s_mutex);
        std::map<QByteArray, int> counts;
        for (const QObject *object : std::as_const(s_alive)) {
            ++counts[object->metaObject()->className()];
        }
        return counts;
    }
    /// Where the objects made since a snapshot hang: their topmost QObject
    /// parent or, for items, visual parent (class and object name). With
    /// `made`, the tops with no owner at all are counted by what described
    /// them when they were made instead.
    static std::map<QByteArray, int> rootsSince(const QSet<QObject *> &before, bool made = false)
    {
        const QMutexLocker locker(&s_mutex);
        std::map<QByteArray, int> roots;
        for (QObject *object : std::as_const(s_alive)) {
            if (before.contains(object)) {
                continue;
            }
            QObject *top = topOf(object);
            QByteArray name = QByteArray(top->metaObject()->className()) + " \"" + top->objectName().toUtf8() + '"';
            if (made) {
                if (top != object) {
                    continue; // counted with its top
                }
                name = s_made.value(top, "(not described) " + name);
            }
            ++roots[name];
        }
        return roots;
    }

    /// The QQmlContexts made since a snapshot and still alive, grouped by
    /// what they describe: their file, their context object and their
    /// parent context's file (a context outliving its objects shows here).
    static std::map<QByteArray, int> contextsSince(const QSet<QObject *> &before)
    {
        QList<QQmlContext *> contexts;
        {
            const QMutexLocker locker(&s_mutex);
            for (QObject *object : std::as_const(s_alive)) {
                if (auto *context = qobject_cast<QQmlContext *>(object); context && !before.contains(object)) {
                    contexts.append(context);
                }
            }
        }
        std::map<QByteArray, int> described;
        for (const QQmlContext *context : std::as_const(contexts)) {
            QByteArray name = context->baseUrl().toString().toUtf8();
            if (const QObject *object = context->contextObject()) {
                name += " object " + QByteArray(object->metaObject()->className()) + '(' + object->objectName().toUtf8() + ')';
            } else {
                name += " no object";
            }
            name += context->isValid() ? "" : " invalid";
            if (const QQmlContext *up = context->parentContext()) {
                name += " < " + up->baseUrl().toString().toUtf8();
            }
            ++described[name];
        }
        return described;
    }

private:
    static constexpr int addQObjectHook = 3; // QHooks::AddQObject
    static constexpr int removeQObjectHook = 4; // QHooks::RemoveQObject
    static constexpr int describeTries = 20; // a parentless object is looked at again, up to 100 ms

    static QObject *topOf(QObject *object)
    {
        QObject *top = object;
        for (;;) {
            QObject *up = top->parent();
            if (!up) {
                if (auto *item = qobject_cast<QQuickItem *>(top)) {
                    up = item->parentItem();
                }
            }
            if (!up) {
                return top;
            }
            top = up;
        }
    }
    static QByteArray describe(QObject *object)
    {
        QByteArray chain;
        int steps = 0;
        for (QObject *at = object; at && steps < 12; ++steps) {
            QByteArray link = at->metaObject()->className();
            if (!at->objectName().isEmpty()) {
                link += '(' + at->objectName().toUtf8() + ')';
            }
            if (const QQmlContext *context = qmlContext(at)) {
                link += '@' + context->baseUrl().fileName().toUtf8();
            }
            chain += (chain.isEmpty() ? "" : " < ") + link;
            QObject *up = at->parent();
            if (auto *item = qobject_cast<QQuickItem *>(at); item && item->parentItem()) {
                up = item->parentItem();
            }
            at = up;
        }
        return chain;
    }
    static void describePending()
    {
        QList<std::pair<QObject *, int>> pending;
        {
            const QMutexLocker locker(&s_mutex);
            pending.swap(s_pending);
            pending.erase(std::remove_if(pending.begin(), pending.end(),
                                         [](const auto &entry) {
                                             return !s_alive.contains(entry.first) || entry.first->thread() != QCoreApplication::instance()->thread();
                                         }),
                          pending.end());
        }
        // UI-thread objects: only this thread deletes them, not while this runs.
        QList<std::pair<QObject *, int>> again;
        QHash<QObject *, QByteArray> described;
        for (const auto &[object, tries] : std::as_const(pending)) {
            const auto *item = qobject_cast<QQuickItem *>(object);
            if (!object->parent() && !(item && item->parentItem()) && tries < describeTries) {
                again.append({object, tries + 1});
                continue;
            }
            described.insert(object, describe(object));
        }
        const QMutexLocker locker(&s_mutex);
        for (auto it = described.cbegin(); it != described.cend(); ++it) {
            s_made.insert(it.key(), it.value());
        }
        s_pending.append(again);
    }
    static void added(QObject *object)
    {
        const QMutexLocker locker(&s_mutex);
        s_alive.insert(object);
        if (s_tracing) {
            s_pending.append({object, 0});
        }
    }
    static void removed(QObject *object)
    {
        const QMutexLocker locker(&s_mutex);
        s_alive.remove(object);
        s_made.remove(object);
    }
    // Never destroyed: objects go after main() returns too.
    static inline QMutex &s_mutex = *new QMutex;
    static inline QSet<QObject *> &s_alive = *new QSet<QObject *>;
    static inline bool s_tracing = false;
    static inline QList<std::pair<QObject *, int>> &s_pending = *new QList<std::pair<QObject *, int>>;
    static inline QHash<QObject *, QByteArray> &s_made = *new QHash<QObject *, QByteArray>;
};

} // namespace pasapas::bench
