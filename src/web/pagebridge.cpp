// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagebridge.h"
#include "logging.h"
#include "pageprotocol.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcWeb, "missing resource %s", qPrintable(path));
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QRectF rectFrom(const QVariant &value)
{
    const QVariantMap r = value.toMap();
    return {r.value(u"x"_s).toDouble(), r.value(u"y"_s).toDouble(), r.value(u"width"_s).toDouble(), r.value(u"height"_s).toDouble()};
}
} // namespace

PageChannelEndpoint::PageChannelEndpoint(PageBridge *bridge)
    : QObject(bridge)
    , m_bridge(bridge)
{
}

QVariantMap PageChannelEndpoint::currentWatch() const
{
    return m_bridge->isRecording() ? QVariantMap() : m_bridge->currentWatch();
}

bool PageChannelEndpoint::recording() const
{
    return m_bridge->isRecording();
}

void PageChannelEndpoint::report(const QString &event, const QVariantMap &data)
{
    m_bridge->report(event, data);
}

PageBridge::PageBridge(QObject *parent)
    : QObject(parent)
    , m_endpoint(new PageChannelEndpoint(this))
{
}

QString PageBridge::userScript()
{
    static const QString script = readResource(u":/qtwebchannel/qwebchannel.js"_s) + u"\n"_s + readResource(u":/pasapas/page/names.js"_s) + u"\n"_s
        + readResource(u":/pasapas/page/trees.js"_s) + u"\n"_s + readResource(u":/pasapas/page/locate.js"_s) + u"\n"_s
        + readResource(u":/pasapas/page/realpage.js"_s) + u"\n"_s + readResource(u":/pasapas/page/spotlight.js"_s) + u"\n"_s
        + readResource(u":/pasapas/page/bridge.js"_s) + u"\n"_s + readResource(u":/pasapas/page/personevents.js"_s) + u"\n"_s
        + readResource(u":/pasapas/page/record.js"_s);
    return script;
}

void PageBridge::setWatch(const PageWatch &pageWatch)
{
    const QVariantMap watch = watchToVariant(pageWatch);
    if (m_watch == watch) {
        return;
    }
    m_watch = watch;
    if (!m_recording) {
        Q_EMIT m_endpoint->watchChanged(m_watch);
    }
}

void PageBridge::report(const QString &event, const QVariantMap &data)
{
    const QString stepId = data.value(u"stepId"_s).toString();
    if (data.contains(u"place"_s)) {
        Q_EMIT bubblePlace(stepId, data.value(u"place"_s).toString());
    }
    if (event == u"found") {
        Q_EMIT targetFound(stepId, rectFrom(data.value(u"rect"_s)));
        Q_EMIT targetLocated(stepId, data.value(u"locator"_s, -1).toInt());
    } else if (event == u"moved") {
        Q_EMIT targetMoved(stepId, rectFrom(data.value(u"rect"_s)));
    } else if (event == u"covered") {
        Q_EMIT targetCovered(stepId, obstacleFromName(data.value(u"kind"_s).toString()), rectFrom(data.value(u"rect"_s)));
    } else if (event == u"lost") {
        Q_EMIT targetLost(stepId);
    } else if (event == u"tapped") {
        Q_EMIT tapped(stepId);
    } else if (event == u"chosen") {
        Q_EMIT chosen(stepId);
    } else if (event == u"filled") {
        Q_EMIT fieldChanged(stepId, data.value(u"filled"_s).toBool(), data.value(u"committed"_s).toBool());
    } else if (event == u"appeared") {
        Q_EMIT appeared(stepId);
    } else if (event == u"skipPresent") {
        Q_EMIT skipPresent(stepId);
    } else if (event == u"blocked") {
        Q_EMIT blocked(stepId);
    } else if (event == u"leaving") {
        Q_EMIT leaving(QUrl(data.value(u"url"_s).toString()));
    } else if (event == u"recorded") {
        Q_EMIT elementRecorded(data.value(u"element"_s).toMap(), rectFrom(data.value(u"rect"_s)), QUrl(data.value(u"url"_s).toString()));
    } else if (event == u"ready") {
        const int version = data.value(u"version"_s).toInt();
        if (version != kPageProtocolVersion) {
            warnOnce(u"the page script speaks protocol version %1, the app version %2: the guide may not follow the page"_s.arg(version).arg(kPageProtocolVersion));
        }
        Q_EMIT ready();
        Q_EMIT documentStatus(data.value(u"status"_s).toInt());
    } else {
        warnOnce(u"unknown event \"%1\" from the page script (another version?)"_s.arg(event));
    }
}

void PageBridge::setRecording(bool on)
{
    if (m_recording == on) {
        return;
    }
    m_recording = on;
    // A session's watch steps aside while the mediator taps (repair in
    // place): no highlight of the old target, no tap held back or reported
    // as the step's. It comes back, as it is then, when recording ends.
    if (on && !m_watch.isEmpty()) {
        Q_EMIT m_endpoint->watchChanged({});
    }
    Q_EMIT m_endpoint->recordingChanged(on);
    if (!on && !m_watch.isEmpty()) {
        Q_EMIT m_endpoint->watchChanged(m_watch);
    }
}

void PageBridge::letTapThrough()
{
    Q_EMIT m_endpoint->tapLetThrough();
}

void PageBridge::warnOnce(const QString &what)
{
    if (!m_warned.contains(what)) {
        m_warned.insert(what);
        qCWarning(lcWeb, "%s", qPrintable(what));
    }
}

} // namespace pasapas
