// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practiceupload.h"

#include <QHash>
#include <QHttpServerResponder>
#include <QMutex>
#include <QString>

#include <atomic>
#include <vector>

class QHttpServerRequest;
class QUrlQuery;

namespace pasapas
{

/// What the practice site answers, request by request (PracticeServer's
/// thread calls handle()); its figures are read from any thread.
class PracticeSite
{
public:
    /// siteRoot: the folder holding common/, emploi/, identite/, prestations/.
    explicit PracticeSite(QString siteRoot);

    /// True for the host names of the practice site.
    [[nodiscard]] static bool isPracticeHost(const QString &host);

    /// Answers one request (in the server's thread).
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    /// The answers /lent never gave go, before the server that holds their connections (server's thread).
    void dropHanging();

    [[nodiscard]] int requestCount() const
    {
        return m_requests.load();
    }
    [[nodiscard]] int requestsFor(const QString &site) const;
    [[nodiscard]] PracticeUpload lastUpload() const;

private:
    void serveFile(const QString &site, const QString &path, QHttpServerResponder &responder);
    static void protectedSpace(const QHttpServerRequest &request, const QUrlQuery &query, QHttpServerResponder &responder);
    /// The practice sites failing as real ones do: /panne (503), /lent (never
    /// answers), emploi's /expirer (forgets the sign-in) and its /inscription/
    /// pages without a sign-in (back to /connexion). True when it answered.
    bool failing(const QHttpServerRequest &request, const QString &site, const QString &path, QHttpServerResponder &responder);

    const QString m_root;
    std::vector<QHttpServerResponder> m_hanging; ///< /lent's answers, never given (server's thread only)
    std::atomic<int> m_requests = 0;
    mutable QMutex m_figuresLock; ///< guards the two below
    QHash<QString, int> m_siteRequests;
    PracticeUpload m_lastUpload;
};

/// A small valid PDF document with the given lines of text (the practice attestation).
[[nodiscard]] QByteArray makeSimplePdf(const QStringList &lines);

/// Puts the practice site's sample documents (a CV to upload) into a
/// session's documents folder. False when one could not be written.
bool writePracticeSamples(const QString &folder);

} // namespace pasapas
