// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of bench_startup: a bare Kirigami.ApplicationWindow, with one
// WebEngineView on URL (--web URL) or nothing at all (--plain; --plain-engine
// with WebEngine set up all the same, as the app's home screen). It says on
// standard error when the page's load event came ("bench: page loaded") or
// when its first frame was drawn ("bench: first frame drawn"), nothing else.

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

const char *const webWindow = R"(
import QtQuick
import QtWebEngine
import org.kde.kirigami as Kirigami

Kirigami.ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    pageStack.initialPage: Kirigami.Page {
        padding: 0
        WebEngineView {
            anchors.fill: parent
            url: bareUrl
            onLoadingChanged: (info) => {
                if (info.status === WebEngineLoadingInfo.LoadSucceededStatus)
                    benchSayer.say("bench: page loaded")
            }
        }
    }
}
)";

const char *const plainWindow = R"(
import QtQuick
import org.kde.kirigami as Kirigami

Kirigami.ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    pageStack.initialPage: Kirigami.Page {}
}
)";

class Say : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void say(const QString &line)
    {
        std::fprintf(stderr, "%s\n", qPrintable(line));
        std::fflush(stderr);
    }
};

} // namespace

int main(int argc, char **argv)
{
    const bool web = argc > 1 && qstrcmp(argv[1], "--web") == 0;
    // --plain-engine: the plain window, WebEngine set up as the app does
    // before its home screen (what the home screen pays for it).
    const bool webEngine = web || (argc > 1 && qstrcmp(argv[1], "--plain-engine") == 0);
    if (webEngine) {
        QtWebEngineQuick::initialize();
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption webOption(u"web"_s, u"One WebEngineView on this address."_s, u"url"_s);
    const QCommandLineOption plainOption(u"plain"_s, u"No web engine at all."_s);
    const QCommandLineOption plainEngineOption(u"plain-engine"_s, u"No web view, but the web engine set up (first argument)."_s);
    parser.addOptions({webOption, plainOption, plainEngineOption});
    parser.process(app);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(u"org.kde.breeze"_s); // as the app does
    }

    Say say;
    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app, [&say](QObject *object) {
        auto *window = qobject_cast<QQuickWindow *>(object);
        if (window) {
            QObject::connect(window, &QQuickWindow::frameSwapped, &say, [&say] {
                say.say(u"bench: first frame drawn"_s);
            }, Qt::SingleShotConnection);
        }
    });
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] {
        QCoreApplication::exit(1);
    });
    const QUrl url = QUrl::fromUserInput(parser.value(webOption));
    const QByteArray qml = QByteArray(web ? webWindow : plainWindow).replace("bareUrl", QByteArray("\"" + url.toEncoded() + "\""));
    engine.rootContext()->setContextProperty(u"benchSayer"_s, &say);
    engine.loadData(qml);
    return engine.rootObjects().isEmpty() ? 1 : app.exec();
}

#include "bench_bare.moc"
