// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practicesite.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;

namespace pasapas
{

/// The built-in practice site: imitations of an employment agency
/// (emploi.localhost), a benefits office (prestations.localhost) and an
/// identity provider (identite.localhost), served from guides/practice-site
/// by an HTTP server bound to 127.0.0.1 only, on a free port. It never reads
/// or keeps what people type: form bodies are discarded unread, except the
/// file of the "papiers" form, whose type, pages and size are checked (only
/// those figures stay) as a real site would.
///
/// The server runs in a thread of its own, so that a page's ~90 files never
/// wait for the interface (nor the interface for them). Every function here
/// is called from the thread that made the object; the figures may be read
/// while pages load.
///
/// Its first request loads and sets up OpenSSL in this process, although
/// the site is plain HTTP: Qt 6.8's QHttpServerRequest holds a default
/// QSslConfiguration, whose constructor starts Qt's TLS backend (issue 16:
/// about 4.5 MiB resident, 0.7 MiB of it heap, with gdb around the first
/// request). Qt offers no way around it: choosing its "cert-only" backend
/// instead loads every backend to list them (OpenSSL included), and would
/// leave the guide packs without HTTPS.
class PracticeServer : public QObject
{
    Q_OBJECT

public:
    /// siteRoot: the folder holding common/, emploi/, identite/, prestations/.
    explicit PracticeServer(QString siteRoot = QStringLiteral(":/practice-site"), QObject *parent = nullptr);
    /// Stops the server and waits for its thread (a hanging /lent answer does not hold it).
    ~PracticeServer() override;

    /// Starts listening; returns false (with errorString()) when no port could be had.
    bool start();
    /// Stops listening, closes every connection and ends the server's thread.
    void stop();
    [[nodiscard]] bool isRunning() const
    {
        return m_port.load() != 0;
    }
    [[nodiscard]] quint16 port() const
    {
        return m_port.load();
    }
    [[nodiscard]] QString errorString() const
    {
        return m_error;
    }

    /// True for the host names of the practice site.
    [[nodiscard]] static bool isPracticeHost(const QString &host)
    {
        return PracticeSite::isPracticeHost(host);
    }
    /// Guide addresses on practice hosts carry no port; this adds the server's.
    [[nodiscard]] QUrl resolve(const QUrl &url) const;

    /// Number of requests answered (for tests and benchmarks).
    [[nodiscard]] int requestCount() const
    {
        return m_site->requestCount();
    }
    /// Requests answered for one site ("emploi", "prestations"…): tests check that a refused site got none.
    [[nodiscard]] int requestsFor(const QString &site) const
    {
        return m_site->requestsFor(site);
    }
    /// What the last "papiers" form sent (figures only, never the file).
    [[nodiscard]] PracticeUpload lastUpload() const
    {
        return m_site->lastUpload();
    }

private:
    const std::unique_ptr<PracticeSite> m_site; ///< outlives the thread, which uses it
    std::unique_ptr<QThread> m_thread;
    std::atomic<quint16> m_port = 0;
    QString m_error;
};

} // namespace pasapas
