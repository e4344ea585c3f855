// SPDX-License-Identifier: GPL-3.0-or-later
// The practice site's server runs in a thread of its own: it answers while
// the thread that made it is busy (the interface drawing, a page being
// set up), and stops at once, even with an answer it never gives (/lent).
// Through the real loopback server, with plain blocking sockets.
#include "practiceserver.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
constexpr int waitMs = 15'000;
const QString siteRoot = QStringLiteral(PASAPAS_SOURCE_DIR "/guides/practice-site");

/// Sends a GET request for path on a practice host; the open socket.
std::unique_ptr<QTcpSocket> request(quint16 port, const char *site, const char *path)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (socket->waitForConnected(waitMs)) {
        socket->write(QByteArray("GET ") + path + " HTTP/1.1\r\nHost: " + site + ".localhost:" + QByteArray::number(port) + "\r\n\r\n");
        socket->waitForBytesWritten(waitMs);
    }
    return socket;
}

/// The whole answer (head and body, by its Content-Length), read with
/// blocking calls: this thread's event loop never runs meanwhile.
QByteArray answer(QTcpSocket &socket)
{
    QByteArray received;
    while (socket.waitForReadyRead(waitMs)) {
        received += socket.readAll();
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            continue;
        }
        const qsizetype lengthAt = received.toLower().indexOf("content-length:");
        const qsizetype length = lengthAt < 0 ? 0 : received.mid(lengthAt + 15, received.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toLongLong();
        if (received.size() >= headEnd + 4 + length) {
            break;
        }
    }
    return received;
}
} // namespace

class PracticeServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersWhileItsOwnerIsBusy()
    {
        PracticeServer server(siteRoot);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        // Ten pages one after the other, this thread blocked in each: a server
        // answering from this thread's event loop would never answer.
        for (int i = 0; i < 10; ++i) {
            const auto socket = request(server.port(), "emploi", "/");
            const QByteArray page = answer(*socket);
            QVERIFY2(page.startsWith("HTTP/1.1 200"), page.left(200).constData());
            QVERIFY(page.contains("</html>"));
        }
        // Counted before each answer went, read from here.
        QCOMPARE(server.requestCount(), 10);
        QCOMPARE(server.requestsFor(u"emploi"_s), 10);
        QCOMPARE(server.requestsFor(u"prestations"_s), 0);
        QVERIFY(answer(*request(server.port(), "inconnu", "/")).startsWith("HTTP/1.1 404"));
        QCOMPARE(server.requestCount(), 11);
    }

    void aHangingAnswerDoesNotHoldTheStop()
    {
        PracticeServer server(siteRoot);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const quint16 port = server.port();
        QVERIFY(port != 0);
        QCOMPARE(server.resolve(QUrl(u"http://emploi.localhost/lent"_s)).port(), int(port));
        const auto hanging = request(port, "emploi", "/lent");
        QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"emploi"_s), 1, waitMs);

        server.stop();
        QVERIFY(!server.isRunning());
        QCOMPARE(server.port(), quint16(0));
        QCOMPARE(server.resolve(QUrl(u"http://emploi.localhost/"_s)).port(), -1);
        // The stop closed the hanging connection, and nothing listens there any more.
        QVERIFY(hanging->state() == QAbstractSocket::UnconnectedState || hanging->waitForDisconnected(waitMs));
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!refused.waitForConnected(waitMs));

        // It starts again, and its figures go on.
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(answer(*request(server.port(), "emploi", "/")).startsWith("HTTP/1.1 200"));
        QCOMPARE(server.requestsFor(u"emploi"_s), 2);
    }

    void goesWithAHangingAnswer()
    {
        std::unique_ptr<QTcpSocket> hanging;
        {
            PracticeServer server(siteRoot);
            QVERIFY2(server.start(), qPrintable(server.errorString()));
            hanging = request(server.port(), "prestations", "/lent");
            QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"prestations"_s), 1, waitMs);
        } // its destructor stops it and waits for its thread
        QVERIFY(hanging->state() == QAbstractSocket::UnconnectedState || hanging->waitForDisconnected(waitMs));
    }
};

QTEST_GUILESS_MAIN(PracticeServerTest)
#include "tst_practiceserver.moc"
