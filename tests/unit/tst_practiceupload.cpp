// SPDX-License-Identifier: GPL-3.0-or-later
// The practice site's "papiers" form checks what it receives as a real site
// would (type, pages, size), through the real loopback server.
#include "paperfile.h"
#include "paperphotos.h"
#include "practiceserver.h"
#include "practiceupload.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

class PracticeUploadTest : public QObject
{
    Q_OBJECT

private:
    PracticeServer m_server{QStringLiteral(PASAPAS_SOURCE_DIR "/guides/practice-site")};
    QNetworkAccessManager m_network;

    /// Sends a file in the "document" field of the papiers form; the page's answer.
    QString send(const QString &fileName, const QByteArray &data)
    {
        QHttpMultiPart form(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"document\"; filename=\"%1\""_s.arg(fileName));
        part.setBody(data);
        form.append(part);
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/papiers/envoyer"_s.arg(m_server.port())));
        request.setRawHeader("Host", "prestations.localhost:" + QByteArray::number(m_server.port()));
        QNetworkReply *reply = m_network.post(request, &form);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(15000)) {
            return {};
        }
        reply->deleteLater();
        return QString::fromUtf8(reply->readAll());
    }

    static QImage page(quint32 seed)
    {
        return test::paperPage(620, seed);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void aPdfOfTwoPagesIsAccepted()
    {
        const PaperFile file = makePaperFile({page(1), page(2)}, {PaperFormat::Pdf, defaultPaperMaxBytes});
        const QString answer = send(u"justificatif-domicile.pdf"_s, file.data);
        QVERIFY2(answer.contains(u"Document reçu : PDF, 2 page(s)"_s), qPrintable(answer));
        const PracticeUpload upload = m_server.lastUpload();
        QVERIFY(upload.accepted());
        QCOMPARE(upload.fileName, u"justificatif-domicile.pdf"_s);
        QCOMPARE(upload.pages, 2);
        QCOMPARE(upload.size, file.data.size());
    }

    void aJpegIsOnePage()
    {
        const PaperFile file = makePaperFile({page(3)}, {PaperFormat::Jpeg, defaultPaperMaxBytes});
        const PracticeUpload upload = inspectFile(u"rib.jpg"_s, file.data);
        QCOMPARE(upload.type, u"jpg"_s);
        QCOMPARE(upload.pages, 1);
        QVERIFY(upload.accepted());
    }

    void whatIsNotAPaperIsRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("text") << QByteArray("bonjour");
        QTest::newRow("cut pdf") << makePaperFile({page(4)}, {PaperFormat::Pdf, defaultPaperMaxBytes}).data.chopped(200);
        QTest::newRow("too big") << QByteArray("%PDF-1.4\n/Type /Page\n") + QByteArray(3 * 1024 * 1024, ' ') + QByteArray("\n%%EOF\n");
    }

    void whatIsNotAPaperIsRefused()
    {
        QFETCH(QByteArray, data);
        const QString answer = send(u"document.pdf"_s, data);
        QVERIFY2(answer.contains(u"Document refusé"_s), qPrintable(answer));
        QVERIFY(m_server.lastUpload().received);
        QVERIFY(!m_server.lastUpload().accepted());
    }
};

QTEST_MAIN(PracticeUploadTest)
#include "tst_practiceupload.moc"
