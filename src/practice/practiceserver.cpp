// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// Lives in the server's thread: the HTTP server and its listening socket
/// are made, used and deleted there.
class ServerHost : public QObject
{
public:
    explicit ServerHost(PracticeSite *site)
        : m_site(site)
    {
    }
    ~ServerHost() override
    {
        m_site->dropHanging(); // before the server that holds their connections
        m_server.reset();
    }

    /// Listens on a free port of 127.0.0.1; the port, or 0 and *error.
    quint16 listen(QString *error)
    {
        m_server = std::make_unique<QHttpServer>();
        m_server->setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            m_site->handle(request, responder);
        });
        auto tcp = std::make_unique<QTcpServer>();
        if (!tcp->listen(QHostAddress::LocalHost, 0)) {
            *error = tcp->errorString();
            return 0;
        }
        if (!m_server->bind(tcp.get())) {
            *error = u"could not bind the HTTP server"_s;
            return 0;
        }
        return tcp.release()->serverPort(); // the HTTP server owns it now
    }

private:
    PracticeSite *const m_site;
    std::unique_ptr<QHttpServer> m_server;
};
} // namespace

PracticeServer::PracticeServer(QString siteRoot, QObject *parent)
    : QObject(parent)
    , m_site(std::make_unique<PracticeSite>(std::move(siteRoot)))
{
}

PracticeServer::~PracticeServer()
{
    stop();
}

bool PracticeServer::start()
{
    if (isRunning()) {
        return true;
    }
    auto thread = std::make_unique<QThread>();
    thread->setObjectName(u"practice site"_s);
    auto *host = new ServerHost(m_site.get());
    host->moveToThread(thread.get());
    // Deleted in its own thread when that thread's loop ends (Qt sends the
    // deferred deletions after finished()), taking the server and every
    // connection with it: a /lent answer never given does not hold the thread.
    connect(thread.get(), &QThread::finished, host, &QObject::deleteLater);
    thread->start();
    quint16 port = 0;
    QString error;
    QMetaObject::invokeMethod(
        host,
        [host, &port, &error] {
            port = host->listen(&error);
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        m_error = error;
        thread->quit();
        thread->wait();
        return false;
    }
    m_thread = std::move(thread);
    m_port = port;
    return true;
}

void PracticeServer::stop()
{
    m_port = 0;
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
    }
}

QUrl PracticeServer::resolve(const QUrl &url) const
{
    if (!isPracticeHost(url.host()) || url.port() != -1 || !isRunning()) {
        return url;
    }
    QUrl resolved = url;
    resolved.setScheme(u"http"_s);
    resolved.setPort(port());
    return resolved;
}

} // namespace pasapas
