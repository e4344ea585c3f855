// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A static file server on loopback, as an association would run one for its
// guide packs: GET with ETag and If-None-Match, and a log of every answer.

#include "packmanifest.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QStringList>
#include <QTcpServer>

#include <memory>

namespace pasapas::test
{

/// A static file server, as an association would run one: GET with ETag and If-None-Match.
class FleetServer
{
public:
    bool start(quint16 port = 0)
    {
        m_server = std::make_unique<QHttpServer>();
        m_server->setMissingHandler(m_server.get(), [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            const QString path = request.url().path();
            const auto file = m_files.constFind(path);
            if (file == m_files.cend()) {
                m_log.append(QStringLiteral("404 ") + path);
                responder.write(QHttpServerResponder::StatusCode::NotFound);
                return;
            }
            const QByteArray etag = '"' + sha256Hex(file.value()).left(20) + '"';
            if (request.value("If-None-Match") == etag) {
                m_log.append(QStringLiteral("304 ") + path);
                responder.write(QHttpHeaders::fromListOfPairs({{"ETag", etag}}), QHttpServerResponder::StatusCode::NotModified);
                return;
            }
            m_log.append(QStringLiteral("200 ") + path);
            responder.write(file.value(), QHttpHeaders::fromListOfPairs({{"ETag", etag}, {"Content-Type", "application/octet-stream"}}));
        });
        auto tcp = std::make_unique<QTcpServer>();
        if (!tcp->listen(QHostAddress::LocalHost, port) || !m_server->bind(tcp.get())) {
            return false;
        }
        m_port = tcp->serverPort();
        tcp.release();
        return true;
    }
    void stop()
    {
        m_server.reset();
    }
    /// Serves a pack and its signature (none when empty: a 404).
    void serve(const QByteArray &pack, const QByteArray &signature)
    {
        m_files = {{QStringLiteral("/fleet/guides.tar.zst"), pack}};
        if (!signature.isEmpty()) {
            m_files.insert(QStringLiteral("/fleet/guides.tar.zst.minisig"), signature);
        }
    }
    [[nodiscard]] QString address() const
    {
        return QStringLiteral("http://packs.localhost:%1/fleet/guides.tar.zst").arg(m_port);
    }
    [[nodiscard]] quint16 port() const
    {
        return m_port;
    }
    /// "200 /fleet/guides.tar.zst", "304 …": every answer, in order.
    QStringList m_log;

private:
    std::unique_ptr<QHttpServer> m_server;
    QHash<QString, QByteArray> m_files;
    quint16 m_port = 0;
};

} // namespace pasapas::test
