// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practiceupload.h"

#include <QHash>
#include <QHttpServerResponder>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QUrlQuery;
class QTcpServer;

namespace pasapas
{

/// The built-in practice site: imitations of an employment agency
/// (emploi.localhost), a benefits office (prestations.localhost) and an
/// identity provider (identite.localhost), served from guides/practice-site
/// by an HTTP server bound to 127.0.0.1 only, on a free port. It never reads
/// or keeps what people type: form bodies are discarded unread, except the
/// file of the "papiers" form, whose type, pages and size are checked (only
/// those figures stay) as a real site would.
class PracticeServer : public QObject
{
    Q_OBJECT

public:
    /// siteRoot: the folder holding common/, emploi/, identite/, prestations/.
    explicit PracticeServer(QString siteRoot = QStringLiteral(":/practice-site"), QObject *parent = nullptr);
    ~PracticeServer() override;

    /// Starts listening; returns false (with errorString()) when no port could be had.
    bool start();
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString errorString() const
    {
        return m_error;
    }

    /// True for the host names of the practice site.
    [[nodiscard]] static bool isPracticeHost(const QString &host);
    /// Guide addresses on practice hosts carry no port; this adds the server's.
    [[nodiscard]] QUrl resolve(const QUrl &url) const;

    /// Number of requests answered (for tests and benchmarks).
    [[nodiscard]] int requestCount() const
    {
        return m_requests;
    }
    /// Requests answered for one site ("emploi", "prestations"…): tests check that a refused site got none.
    [[nodiscard]] int requestsFor(const QString &site) const
    {
        return m_siteRequests.value(site);
    }

    /// What the last "papiers" form sent (figures only, never the file).
    [[nodiscard]] PracticeUpload lastUpload() const
    {
        return m_lastUpload;
    }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void serveFile(const QString &site, const QString &path, QHttpServerResponder &responder);
    static void protectedSpace(const QHttpServerRequest &request, const QUrlQuery &query, QHttpServerResponder &responder);
    /// The practice sites failing as real ones do: /panne (503), /lent (never
    /// answers), emploi's /expirer (forgets the sign-in) and its /inscription/
    /// pages without a sign-in (back to /connexion). True when it answered.
    bool failing(const QHttpServerRequest &request, const QString &site, const QString &path, QHttpServerResponder &responder);

    QString m_root;
    std::unique_ptr<QHttpServer> m_server;
    QTcpServer *m_tcp = nullptr; // owned by m_server once bound
    std::vector<QHttpServerResponder> m_hanging; ///< /lent's answers, never given (before m_server goes)
    QString m_error;
    int m_requests = 0;
    QHash<QString, int> m_siteRequests;
    PracticeUpload m_lastUpload;
};

/// A small valid PDF document with the given lines of text (the practice attestation).
[[nodiscard]] QByteArray makeSimplePdf(const QStringList &lines);

/// Puts the practice site's sample documents (a CV to upload) into a
/// session's documents folder. False when one could not be written.
bool writePracticeSamples(const QString &folder);

} // namespace pasapas
