// SPDX-License-Identifier: GPL-3.0-or-later
// What the web- tests share: the page bridge injected into a page as the
// app does (SessionPage.qml), and JavaScript run in the page with an answer.
#pragma once

#include "pagebridge.h"
#include "testsupport.h"
#include "webengine.h"

#include <QApplication>

#include <QTest>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace pasapas::test
{

constexpr int pageStartTimeoutMs = 30000; // the first page starts the browser, on a busy machine

/// The page script in its isolated world, talking over `channel`.
inline void installPageBridge(QWebEnginePage &page, QWebChannel &channel)
{
    QWebEngineScript script;
    script.setName(QStringLiteral("pasapas-bridge"));
    script.setSourceCode(PageBridge::userScript());
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(true);
    page.scripts().insert(script);
    page.setWebChannel(&channel, QWebEngineScript::ApplicationWorld);
}

/// Runs a script in the page (its own world unless told) and waits for the answer.
inline QVariant runJavaScript(QWebEnginePage *page, const QString &script, quint32 world = QWebEngineScript::MainWorld)
{
    bool done = false;
    QVariant result;
    page->runJavaScript(script, world, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor(
            [&] {
                return done;
            },
            pageStartTimeoutMs)) {
        qWarning("no answer from the page to: %s", qPrintable(script));
    }
    return result;
}

/// A web- test's main(): private browser folders, WebEngine set up as the app does it.
template<typename Test>
int webTestMain(int argc, char *argv[])
{
    const PrivateFolders folders; // never the machine's own browser data
    if (!folders.isValid()) {
        return 1;
    }
    allowWebEngineAsRoot();
    initializeWebEngine();
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace pasapas::test
