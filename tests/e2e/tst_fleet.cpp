// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet of tablets: the real app fetches signed guide packs from a real
// HTTP server on loopback, installs them, keeps a session's guide until it
// ends, refuses every bad pack calmly (one row each), rolls back, and asks
// again with If-None-Match. Writes build/screenshots/fleet-*.png.
#include "guidepack.h"
#include "minisign.h"
#include "packchannel.h"
#include "fleetserver.h"
#include "sessiondriver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{

const QString guideId = u"practice-toucher"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class FleetTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private:
    test::FleetServer m_server;
    minisign::KeyPair m_key = minisign::generateKeyPair();
    minisign::KeyPair m_otherKey = minisign::generateKeyPair();
    QByteArray m_guide = readFile(QStringLiteral(PASAPAS_SOURCE_DIR "/guides/practice-toucher/guide.json"));

    /// The practice guide at a version, with its title saying which pack it came in.
    QByteArray guideVersion(int version, const QString &label) const
    {
        QJsonObject guide = QJsonDocument::fromJson(m_guide).object();
        QJsonObject title = guide.value(u"title"_s).toObject();
        title.insert(u"fr"_s, QString(title.value(u"fr"_s).toString() + u" ("_s + label + u')'));
        guide.insert(u"title"_s, title);
        guide.insert(u"version"_s, version);
        return QJsonDocument(guide).toJson();
    }

    /// A pack holding one guide file (valid or not), with its manifest.
    static QByteArray pack(qint64 version, const QByteArray &guide, int guideVersion)
    {
        PackManifest manifest;
        manifest.version = version;
        manifest.date = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC).addDays(version % 100);
        manifest.guides = {{guideId, guideVersion, u"guides/practice-toucher"_s}};
        manifest.files.insert(u"guides/practice-toucher/guide.json"_s, sha256Hex(guide));
        return makeArchive({{u"manifest.json"_s, manifest.toJson()}, {u"guides/practice-toucher/guide.json"_s, guide}}, manifest.date);
    }

    QByteArray sign(const QByteArray &data, const minisign::KeyPair &key) const
    {
        return minisign::sign(data, key.secretKey, u"timestamp:0\tfile:guides.tar.zst\thashed"_s);
    }

    /// Asks the tablet to check now and waits for the check's end.
    bool check()
    {
        PackChannel *packs = app()->packs();
        QSignalSpy checked(packs, &PackChannel::checked);
        packs->checkNow();
        return checked.wait(30000);
    }

    /// Taps an item of the current page once it is shown and still.
    void tapPageItem(const QString &name)
    {
        QQuickItem *target = nullptr;
        QTRY_VERIFY2((target = pageItem(name)) && target->isVisible() && target->width() > 0, qPrintable(name));
        QVERIFY(test::waitInPlace(window(), target));
        test::tapCentre(window(), target);
    }

    /// Back to the home screen with the header's back button.
    void goHome()
    {
        while (currentPage()->objectName() != u"homePage"_s) {
            QVERIFY(pageInPlace());
            QQuickItem *header = currentPage()->property("globalToolBarItem").value<QQuickItem *>();
            QQuickItem *back = test::findItem(header, u"headerBack"_s);
            QVERIFY(back && back->isVisible());
            const QString page = currentPage()->objectName();
            test::tapCentre(window(), back);
            QTRY_VERIFY(currentPage()->objectName() != page);
        }
        QVERIFY(pageInPlace());
    }

    [[nodiscard]] const CatalogEntry *entry() const
    {
        return app()->library().find(guideId);
    }

    /// The catalog model's row of the guide.
    QModelIndex catalogRow() const
    {
        GuideCatalogModel *catalog = app()->catalog();
        for (int row = 0; row < catalog->rowCount(); ++row) {
            if (catalog->idAt(row) == guideId) {
                return catalog->index(row);
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(startApp());
        QVERIFY(entry());
        QCOMPARE(entry()->source, CatalogSource::Bundled);
        const QString problem = app()->packs()->configure(m_server.address(), QString::fromLatin1(minisign::publicKeyFile(m_key.publicKey)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(app()->packs()->trustedKeyIds(), QStringList{minisign::keyIdText(m_key.publicKey.keyId)});
        // Plain HTTP only on the tablet itself.
        QVERIFY(!app()->packs()->configure(u"http://guides.example.org/guides.tar.zst"_s, QString::fromLatin1(minisign::publicKeyFile(m_key.publicKey))).isEmpty());
        QCOMPARE(app()->packs()->address(), m_server.address());
    }

    void firstInstall()
    {
        const QByteArray first = pack(100, guideVersion(50, u"paquet 100"_s), 50);
        m_server.serve(first, sign(first, m_key));
        QVERIFY(check());
        QVERIFY2(app()->packs()->lastCheckOk(), qPrintable(app()->packs()->lastResult()));
        QCOMPARE(app()->packs()->installedVersion(), 100);
        QVERIFY(app()->packs()->lastResult().contains(u"version 100"_s));
        QCOMPARE(entry()->source, CatalogSource::Pack);
        QCOMPARE(entry()->guide.version, 50);
        QCOMPARE(catalogRow().data(GuideCatalogModel::GuideVersionRole).toInt(), 50);
        QCOMPARE(catalogRow().data(GuideCatalogModel::SourceRole).value<CatalogSource>(), CatalogSource::Pack);
    }

    void unchangedPackCostsOneSmallRequest()
    {
        m_server.m_log.clear();
        QVERIFY(check());
        QCOMPARE(m_server.m_log, QStringList{u"304 /fleet/guides.tar.zst"_s});
        QVERIFY(app()->packs()->lastCheckOk());
        QVERIFY(app()->packs()->lastResult().contains(u"à jour"_s));
    }

    void sessionInProgressKeepsItsGuideDuringAnUpdate()
    {
        QVERIFY(start(guideId));
        QVERIFY(session()->guideTitle().endsWith(u"(paquet 100)"_s));
        const QByteArray second = pack(200, guideVersion(51, u"paquet 200"_s), 51);
        m_server.serve(second, sign(second, m_key));
        QVERIFY(check());
        QCOMPARE(app()->packs()->installedVersion(), 200);
        QCOMPARE(app()->packs()->previousVersion(), 100);
        // The catalog has the new guide; the running session keeps the one it started with.
        QCOMPARE(catalogRow().data(GuideCatalogModel::GuideVersionRole).toInt(), 51);
        QVERIFY(session());
        QVERIFY(session()->guideTitle().endsWith(u"(paquet 100)"_s));
        QVERIFY(waitShowing(session()->stepId()));
        controller()->sessions()->end();
        QTRY_VERIFY(!session());
        QVERIFY(start(guideId));
        QVERIFY(session()->guideTitle().endsWith(u"(paquet 200)"_s));
        controller()->sessions()->end();
        QTRY_VERIFY(!session());
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
    }

    void catalogShowsTheNewVersion()
    {
        tapPageItem(u"tileAccompanied"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"catalogPage"_s);
        QVERIFY(pageInPlace());
        tapPageItem(u"category-first-steps"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"guideListPage"_s);
        QVERIFY(pageInPlace());
        QQuickItem *card = nullptr;
        QTRY_VERIFY((card = pageItem(u"guide-"_s + guideId)));
        QQuickItem *mark = test::findItem(card, u"sourceMark"_s);
        QVERIFY(mark);
        QCOMPARE(mark->property("text").toString(), u"paquet signé · v51"_s);
        QVERIFY(screenshot(u"fleet-catalog-fr.png"_s));
        goHome();
    }

    void failureIsCalm_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("result");
        QTest::newRow("server down") << u"down"_s << u"n'a pas pu être joint"_s;
        QTest::newRow("truncated download") << u"truncated"_s << u"modifié ou reçu incomplet"_s;
        QTest::newRow("tampered byte") << u"byte"_s << u"modifié ou reçu incomplet"_s;
        QTest::newRow("wrong key") << u"key"_s << u"n'est pas une clé de confiance"_s;
        QTest::newRow("older pack") << u"older"_s << u"n'est pas plus récent"_s;
        QTest::newRow("invalid guide") << u"invalid"_s << u"est invalide"_s;
        QTest::newRow("no signature file") << u"nosignature"_s << u"signature du paquet"_s;
    }

    void failureIsCalm()
    {
        QFETCH(QString, kind);
        QFETCH(QString, result);
        QByteArray archive = pack(300, guideVersion(52, u"paquet 300"_s), 52);
        QByteArray signature = sign(archive, m_key);
        if (kind == u"truncated"_s) {
            archive.chop(archive.size() / 2);
        } else if (kind == u"byte"_s) {
            archive[archive.size() / 3] = char(archive.at(archive.size() / 3) ^ 0x04);
        } else if (kind == u"key"_s) {
            signature = sign(archive, m_otherKey);
        } else if (kind == u"older"_s) {
            archive = pack(150, guideVersion(52, u"paquet 150"_s), 52);
            signature = sign(archive, m_key);
        } else if (kind == u"invalid"_s) {
            QByteArray broken = guideVersion(52, u"paquet 300"_s);
            broken.replace("\"steps\"", "\"stepz\"");
            archive = pack(300, broken, 52);
            signature = sign(archive, m_key);
        } else if (kind == u"nosignature"_s) {
            signature.clear();
        }
        m_server.serve(archive, signature);
        if (kind == u"down"_s) {
            m_server.stop();
        }
        const QString pageBefore = currentPage()->objectName();
        QVERIFY(check());
        QVERIFY(!app()->packs()->lastCheckOk());
        QVERIFY2(app()->packs()->lastResult().contains(result), qPrintable(app()->packs()->lastResult()));
        QVERIFY(app()->packs()->lastResult().contains(u"Les guides actuels restent en place"_s));
        // The tablet keeps its guides and says nothing to the person.
        QCOMPARE(app()->packs()->installedVersion(), 200);
        QCOMPARE(entry()->guide.version, 51);
        QCOMPARE(currentPage()->objectName(), pageBefore);
        QVERIFY(!QDir(PackStore::defaultRoot()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).join(u' ').contains(u"incoming"_s));
        if (kind == u"down"_s) {
            QVERIFY(m_server.start(m_server.port()));
        }
    }

    void rollBackThenTheRolledBackPackIsRefused()
    {
        QVERIFY(app()->packs()->rollBack());
        QCOMPARE(app()->packs()->installedVersion(), 100);
        QCOMPARE(entry()->guide.version, 50);
        QCOMPARE(catalogRow().data(GuideCatalogModel::GuideVersionRole).toInt(), 50);
        // The server still offers version 200: it is not installed again.
        const QByteArray second = pack(200, guideVersion(51, u"paquet 200"_s), 51);
        m_server.serve(second, sign(second, m_key));
        QVERIFY(check());
        QVERIFY(!app()->packs()->lastCheckOk());
        QVERIFY(app()->packs()->lastResult().contains(u"n'est pas plus récent"_s));
        QCOMPARE(app()->packs()->installedVersion(), 100);
        // A fixed, newer pack is.
        const QByteArray third = pack(400, guideVersion(53, u"paquet 400"_s), 53);
        m_server.serve(third, sign(third, m_key));
        QVERIFY(check());
        QCOMPARE(app()->packs()->installedVersion(), 400);
        QCOMPARE(entry()->guide.version, 53);
    }

    void localRepairWinsOverThePack()
    {
        const QString repair = localRepairDir() + u"/practice-toucher"_s;
        QVERIFY(QDir().mkpath(repair));
        QFile file(repair + u"/guide.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(guideVersion(54, u"réparation"_s));
        file.close();
        app()->reloadGuides();
        QCOMPARE(entry()->source, CatalogSource::Local);
        QCOMPARE(entry()->guide.version, 54);
        QVERIFY(QDir(repair).removeRecursively());
        app()->reloadGuides();
        QCOMPARE(entry()->source, CatalogSource::Pack);
    }

    void mediatorSpaceShowsThePack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    void mediatorSpaceShowsThePack()
    {
        QFETCH(QString, language);
        controller()->localization()->setLanguage(language);
        if (!controller()->kiosk()->hasPin()) {
            QCOMPARE(controller()->kiosk()->choosePin(u"2468"_s, u"2468"_s), QString());
        }
        QTRY_COMPARE(currentPage()->objectName(), u"homePage"_s);
        tapPageItem(u"tileMediator"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"pinPage"_s);
        QVERIFY(pageInPlace());
        typePin(u"2468"_s);
        QTRY_COMPARE(currentPage()->objectName(), u"mediatorPage"_s);
        QVERIFY(pageInPlace());
        QQuickItem *installed = pageItem(u"packInstalled"_s);
        QVERIFY(installed);
        QVERIFY(installed->property("description").toString().contains(QString::number(app()->packs()->installedVersion())));
        QVERIFY(!pageItem(u"packLastCheck"_s)->property("description").toString().isEmpty());
        for (const QString &name : {u"checkPackNow"_s, u"rollBackPack"_s, u"savePackChannel"_s, u"packAddress"_s}) {
            QVERIFY2(pageItem(name) && pageItem(name)->height() >= 48, qPrintable(name));
        }
        // Scroll the pack's card into view.
        auto *flickable = qobject_cast<QQuickItem *>(currentPage()->property("flickable").value<QObject *>());
        QVERIFY(flickable);
        flickable->setProperty("contentY", installed->mapToItem(flickable->property("contentItem").value<QQuickItem *>(), QPointF(0, 0)).y() - 80);
        QVERIFY(screenshot(u"fleet-mediator-%1.png"_s.arg(language)));
        // One tap rolls back.
        test::tapCentre(window(), pageItem(u"rollBackPack"_s));
        QTRY_COMPARE(app()->packs()->installedVersion(), language == u"fr"_s ? 100 : 0);
        goHome();
        controller()->localization()->setLanguage(u"fr"_s);
    }

    void cleanupTestCase()
    {
        stopApp();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(FleetTest)
#include "tst_fleet.moc"
