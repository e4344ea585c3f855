// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstframe.h"
#include "application.h"
#include "appplugins.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMutex>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QMutex s_mutex;
QStringList s_messages;
QtMessageHandler s_previousHandler = nullptr;

void recordingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        QMutexLocker locker(&s_mutex);
        s_messages.append(message);
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
    }
}

constexpr int settleMs = 800; // lets page transitions and font loading end
constexpr int timeoutMs = 60000;

/// Libraries a start must not map: their plugins (src/plugins) load them
/// when a person first uses what needs them.
QStringList librariesMappedTooEarly()
{
    QFile file(u"/proc/self/maps"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray maps = file.readAll();
    QStringList problems;
    for (const char *library : {"libQt6PrintSupport.so", "libQt6Widgets.so", "libQt6Pdf.so", "libQt6Multimedia.so", "libQt6TextToSpeech.so"}) {
        if (maps.contains(library)) {
            problems.append(u"%1 is mapped at start; only its plugin (src/plugins) may load it, on first use"_s.arg(QLatin1StringView(library)));
        }
    }
    return problems;
}
} // namespace

FirstFrameProbe::FirstFrameProbe(Application *application, QString screenshotPath, bool failOnWarnings, QObject *parent)
    : QObject(parent)
    , m_application(application)
    , m_screenshotPath(std::move(screenshotPath))
    , m_failOnWarnings(failOnWarnings)
{
}

void FirstFrameProbe::recordMessages()
{
    s_previousHandler = qInstallMessageHandler(recordingHandler);
}

QStringList FirstFrameProbe::recordedMessages()
{
    QMutexLocker locker(&s_mutex);
    return s_messages;
}

void FirstFrameProbe::start()
{
    QQuickWindow *window = m_application->window();
    if (!window) {
        std::fprintf(stderr, "pasapas: the main window could not be created.\n");
        QCoreApplication::exit(1);
        return;
    }
    connect(
        window,
        &QQuickWindow::frameSwapped,
        this,
        [this]() {
            QTimer::singleShot(settleMs, this, &FirstFrameProbe::finish);
        },
        Qt::SingleShotConnection);
    QTimer::singleShot(timeoutMs, this, [this]() {
        if (!m_finished) {
            std::fprintf(stderr, "pasapas: no frame was drawn within %d s.\n", timeoutMs / 1000);
            m_finished = true;
            QCoreApplication::exit(1);
        }
    });
}

void FirstFrameProbe::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    int status = 0;
    if (!m_screenshotPath.isEmpty()) {
        const QImage image = m_application->window()->grabWindow();
        QDir().mkpath(QFileInfo(m_screenshotPath).absolutePath());
        if (image.isNull() || !image.save(m_screenshotPath)) {
            std::fprintf(stderr, "pasapas: could not save the screenshot to %s\n", qPrintable(m_screenshotPath));
            status = 1;
        }
    }
    if (m_failOnWarnings) {
        // Before the pages compiled on first use below import what they need.
        QStringList tooEarly = librariesMappedTooEarly();
        // Then every plugin must load: an installation without one would only fail when a person prints.
        for (const QStringView plugin : {printingPlugin, mediaPlugin}) {
            if (!appPlugin(plugin.toString())) {
                tooEarly.append(u"the plugin %1 does not load"_s.arg(plugin));
            }
        }
        // The pages compiled on first use (Main.qml pageHandlers) are checked too.
        QString lazyPageErrors;
        if (!QMetaObject::invokeMethod(m_application->window(), "compileLazyPages", Q_RETURN_ARG(QString, lazyPageErrors))) {
            lazyPageErrors = u"the pages compiled on first use could not be checked (Main.qml compileLazyPages)"_s;
        }
        QStringList problems = m_application->qmlWarnings() + recordedMessages() + lazyPageErrors.split(u'\n', Qt::SkipEmptyParts) + tooEarly;
        problems.removeDuplicates();
        for (const QString &problem : std::as_const(problems)) {
            std::fprintf(stderr, "pasapas self-test: %s\n", qPrintable(problem));
        }
        if (!problems.isEmpty()) {
            std::fprintf(stderr, "pasapas self-test: FAILED, %lld warning(s)\n", static_cast<long long>(problems.size()));
            status = 1;
        } else {
            std::printf("pasapas self-test: OK, interface loaded without warnings\n");
        }
    }
    QCoreApplication::exit(status);
}

} // namespace pasapas
