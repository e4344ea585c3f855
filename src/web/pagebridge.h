// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagewatch.h"
#include "sessionengine.h"

#include <QObject>
#include <QSet>
#include <QRectF>
#include <QUrl>
#include <QVariantMap>

namespace pasapas
{

class PageBridge;

/// The object the page script sees as `pasapas` over QWebChannel. Only what
/// the page needs is on it: every signal of a registered object travels to
/// the page, so the app-side signals live on PageBridge instead.
class PageChannelEndpoint : public QObject
{
    Q_OBJECT

public:
    explicit PageChannelEndpoint(PageBridge *bridge);

    Q_INVOKABLE [[nodiscard]] QVariantMap currentWatch() const;
    Q_INVOKABLE void report(const QString &event, const QVariantMap &data);
    /// Whether the page is in record mode (guide studio), for a page that starts.
    Q_INVOKABLE [[nodiscard]] bool recording() const;

Q_SIGNALS:
    void watchChanged(const QVariantMap &watch);
    void recordingChanged(bool on);
    /// The next tap on the selected element goes to the page ("Faire l'action").
    void tapLetThrough();

private:
    PageBridge *m_bridge;
};

/// The app's end of the page bridge: the object the injected script
/// (src/web/page/bridge.js) talks to over QWebChannel, in an isolated
/// JavaScript world. It turns the script's reports into typed signals and
/// passes the current watch (what to look for) to the page; the protocol is
/// described in pageprotocol.h. No decisions: the session engine makes them.
class PageBridge : public QObject
{
    Q_OBJECT

public:
    explicit PageBridge(QObject *parent = nullptr);

    /// qwebchannel.js, the page scripts and bridge.js: the user script to inject.
    [[nodiscard]] static QString userScript();

    /// The object to register on the web channel as "pasapas".
    [[nodiscard]] QObject *channelObject() const
    {
        return m_endpoint;
    }

    /// What the page must look for now (SessionEngine::pageWatch()).
    void setWatch(const PageWatch &watch);
    /// What the page must look for (the page gets none while recording).
    [[nodiscard]] QVariantMap currentWatch() const
    {
        return m_watch;
    }
    /// Record mode (guide studio): a tap selects an element and describes it
    /// (elementRecorded) instead of acting on the page. Meanwhile the page
    /// gets no watch (a session's step is neither looked for nor shown); the
    /// watch set meanwhile is sent when recording ends.
    void setRecording(bool on);
    [[nodiscard]] bool isRecording() const
    {
        return m_recording;
    }
    /// "Faire l'action": the next tap on the element last recorded acts on the page.
    void letTapThrough();
    /// One event from the page script, with its data.
    void report(const QString &event, const QVariantMap &data);

Q_SIGNALS:
    /// The page script started (with the protocol version this app speaks).
    void ready();
    /// The top document's HTTP status (0 when unknown), from the page itself.
    void documentStatus(int httpStatus);
    /// A link to an address outside the web (file:, mailto:…) was tapped and neutralised.
    void leaving(const QUrl &url);
    /// rect: the target in the page's viewport, CSS pixels.
    void targetFound(const QString &stepId, const QRectF &rect);
    /// Which of the step's locators found the target (0: the first; -1: not said).
    void targetLocated(const QString &stepId, int locator);
    void targetMoved(const QString &stepId, const QRectF &rect);
    void targetLost(const QString &stepId);
    /// The target cannot be tapped yet; rect is the way out the page highlights.
    void targetCovered(const QString &stepId, pasapas::SessionEngine::Obstacle obstacle, const QRectF &rect);
    void tapped(const QString &stepId);
    /// Where the "here" bubble covers no other control of the page (after, before, below, above, inside).
    void bubblePlace(const QString &stepId, const QString &place);
    /// An option of a "choose" step's group was picked.
    void chosen(const QString &stepId);
    void fieldChanged(const QString &stepId, bool filled, bool committed);
    void appeared(const QString &stepId);
    void skipPresent(const QString &stepId);
    /// A tap outside the target was stopped while a tap on the target was expected.
    void blocked(const QString &stepId);
    /// Record mode: the element tapped (ElementDescription::fromJson reads it), where it is, on which page.
    void elementRecorded(const QVariantMap &element, const QRectF &rect, const QUrl &url);

private:
    /// Says once, in the log, what a script of another version sent.
    void warnOnce(const QString &what);

    QVariantMap m_watch;
    QSet<QString> m_warned;
    bool m_recording = false;
    PageChannelEndpoint *m_endpoint = nullptr; // child
};

} // namespace pasapas
