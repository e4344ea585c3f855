// SPDX-License-Identifier: GPL-3.0-or-later
// A step's optional « upload » object: what the site accepts when it asks
// for a file, read by the guide loader with a precise message for each mistake.
#include "guideloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
/// A one-step guide whose step has `upload` (JSON text) as its « upload » member; none when empty.
QByteArray guideWith(const QByteArray &upload)
{
    QJsonObject step{{u"id"_s, u"envoyer"_s}, {u"instruction"_s, QJsonObject{{u"fr"_s, u"Ajoutez votre RIB."_s}}}, {u"complete"_s, QJsonObject{{u"on"_s, u"done"_s}}}};
    if (!upload.isEmpty()) {
        step.insert(u"upload"_s, QJsonDocument::fromJson("[" + upload + "]").array().at(0));
    }
    const QJsonObject guide{
        {u"id"_s, u"essai"_s},
        {u"version"_s, 1},
        {u"category"_s, u"work"_s},
        {u"title"_s, QJsonObject{{u"fr"_s, u"Essai"_s}}},
        {u"summary"_s, QJsonObject{{u"fr"_s, u"Un guide pour les tests."_s}}},
        {u"minutes"_s, 5},
        {u"start"_s, u"https://www.example.fr/"_s},
        {u"allowedHosts"_s, QJsonArray{u"www.example.fr"_s}},
        {u"steps"_s, QJsonArray{step}},
    };
    return QJsonDocument(guide).toJson(QJsonDocument::Indented);
}

QString messages(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        lines.append(d.pointer + u' ' + d.message);
    }
    return lines.join(u'\n');
}
} // namespace

class GuideUploadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStepWithoutUploadAsksForNoFile()
    {
        const GuideLoadResult result = parseGuide(guideWith({}), u"essai/guide.json"_s);
        QVERIFY2(result.guide, qPrintable(messages(result.diagnostics)));
        QVERIFY(!result.guide->steps.constFirst().upload.present);
    }

    void everyMemberIsRead()
    {
        const GuideLoadResult result = parseGuide(guideWith("{\"accept\": [\"pdf\", \"jpg\"], \"maxSize\": 1.5, \"name\": \"rib\"}"), u"essai/guide.json"_s);
        QVERIFY2(result.guide, qPrintable(messages(result.diagnostics)));
        QVERIFY(result.diagnostics.isEmpty());
        const StepUpload &upload = result.guide->steps.constFirst().upload;
        QVERIFY(upload.present);
        QCOMPARE(upload.accept, QStringList({u"pdf"_s, u"jpg"_s}));
        QCOMPARE(upload.maxBytes, qint64(1.5 * 1024 * 1024));
        QCOMPARE(upload.name, u"rib"_s);
    }

    void anEmptyUploadTakesTheDefaults()
    {
        const GuideLoadResult result = parseGuide(guideWith("{}"), u"essai/guide.json"_s);
        QVERIFY(result.guide);
        const StepUpload &upload = result.guide->steps.constFirst().upload;
        QVERIFY(upload.present);
        QVERIFY(upload.accept.isEmpty());
        QCOMPARE(upload.maxBytes, qint64(0));
        QVERIFY(upload.name.isEmpty());
    }

    void mistakesAreSaidWhereTheyAre_data()
    {
        QTest::addColumn<QByteArray>("upload");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("loads");
        QTest::newRow("not an object") << QByteArray("\"pdf\"") << u"/steps/0/upload"_s
                                       << u"« upload » doit être un objet comme { \"accept\": [\"pdf\"], \"maxSize\": 2, \"name\": \"rib\" }, pas un texte"_s << false;
        QTest::newRow("unknown type") << QByteArray("{\"accept\": [\"pfd\"]}") << u"/steps/0/upload/accept/0"_s
                                      << u"type de fichier « pfd » inconnu : pdf, jpg ou png ; vouliez-vous dire « pdf » ?"_s << false;
        QTest::newRow("empty accept") << QByteArray("{\"accept\": []}") << u"/steps/0/upload/accept"_s
                                      << u"« accept » est une liste vide : donnez au moins un type (pdf, jpg ou png)"_s << false;
        QTest::newRow("twice") << QByteArray("{\"accept\": [\"pdf\", \"pdf\"]}") << u"/steps/0/upload/accept/1"_s << u"type « pdf » écrit deux fois"_s << true;
        QTest::newRow("too big") << QByteArray("{\"maxSize\": 200}") << u"/steps/0/upload/maxSize"_s << u"« maxSize » doit être entre 0.1 et 50, pas 200"_s
                                 << false;
        QTest::newRow("name with suffix") << QByteArray("{\"name\": \"rib.pdf\"}") << u"/steps/0/upload/name"_s
                                          << u"nom de fichier « rib.pdf » invalide : minuscules, chiffres et tirets, sans extension, comme « piece-identite »"_s
                                          << false;
        QTest::newRow("unknown member") << QByteArray("{\"maxsize\": 2}") << u"/steps/0/upload/maxsize"_s << QString() << false;
    }

    void mistakesAreSaidWhereTheyAre()
    {
        QFETCH(QByteArray, upload);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        QFETCH(bool, loads);
        const GuideLoadResult result = parseGuide(guideWith(upload), u"essai/guide.json"_s);
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.constFirst();
        QCOMPARE(d.pointer, pointer);
        if (!message.isEmpty()) {
            QCOMPARE(d.message, message);
        }
        QVERIFY(d.line > 0);
        QCOMPARE(bool(result.guide), loads);
    }
};

QTEST_GUILESS_MAIN(GuideUploadTest)
#include "tst_guideupload.moc"
