// SPDX-License-Identifier: GPL-3.0-or-later
// Signed guide packs: a pack signed by the real minisign tool installs; each
// way a pack can be wrong is refused with its own message (one row each);
// the store installs atomically, keeps the previous pack and rolls back.
#include "commandline.h"
#include "guidepack.h"
#include "minisign.h"
#include "packaddress.h"
#include "packcommands.h"
#include "packstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

Q_DECLARE_METATYPE(PackProblem)

namespace
{

const QDateTime packDate(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

using Files = QList<std::pair<QString, QByteArray>>;

} // namespace

class GuidePackTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_minisign;
    QList<minisign::PublicKey> m_trusted; ///< key A
    PackBuild m_good; ///< version 5 of two bundled guides

    QString path(const QString &name) const
    {
        return m_dir.filePath(name);
    }

    /// Runs the real minisign; its stdin is closed, so it never waits for a password.
    bool runMinisign(const QStringList &arguments, QString *output = nullptr) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_minisign, arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            return false;
        }
        if (output) {
            *output = QString::fromUtf8(process.readAll());
        }
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    /// Signs data with the real minisign and a key ("a" or "b"), returns the signature file.
    QByteArray minisignSignature(const QByteArray &data, const QString &key, const QStringList &extra = {}) const
    {
        static int n = 0;
        const QString file = path(u"signed-%1.tar.zst"_s.arg(++n));
        writeFile(file, data);
        if (!runMinisign(QStringList{u"-S"_s, u"-s"_s, path(key + u".key"_s), u"-m"_s, file} + extra)) {
            return {};
        }
        return readFile(file + u".minisig"_s);
    }

    /// The files of the good pack, manifest first, to make odd packs from.
    Files goodFiles() const
    {
        Files files{{u"manifest.json"_s, m_good.manifest.toJson()}};
        for (auto it = m_good.manifest.files.cbegin(); it != m_good.manifest.files.cend(); ++it) {
            files.append({it.key(), readFile(path(u"src/"_s + it.key().mid(int(qstrlen("guides/")))))});
        }
        return files;
    }

    PackCheck checkInto(const QByteArray &archive, const QByteArray &signature, qint64 newerThan = 0)
    {
        static int n = 0;
        const QString extract = path(u"extract-%1"_s.arg(++n));
        QDir().mkpath(extract);
        return checkPack(archive, signature, m_trusted, newerThan, extract);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_minisign = QStandardPaths::findExecutable(u"minisign"_s);
        QVERIFY2(!m_minisign.isEmpty(), "the minisign tool is in tools/packages.txt");
        for (const QString &key : {u"a"_s, u"b"_s}) {
            QVERIFY(runMinisign({u"-G"_s, u"-W"_s, u"-p"_s, path(key + u".pub"_s), u"-s"_s, path(key + u".key"_s)}));
        }
        QString error;
        const auto keyA = minisign::parsePublicKey(readFile(path(u"a.pub"_s)), &error);
        QVERIFY2(keyA, qPrintable(error));
        m_trusted = {*keyA};
        for (const QString &guide : {u"practice-toucher"_s, u"practice-lettre"_s}) {
            QVERIFY(QDir().mkpath(path(u"src/"_s + guide)));
            QVERIFY(QFile::copy(QStringLiteral(PASAPAS_SOURCE_DIR "/guides/") + guide + u"/guide.json"_s, path(u"src/"_s + guide + u"/guide.json"_s)));
        }
        m_good = makePack(path(u"src"_s), 5, packDate);
        QVERIFY2(m_good.error.isEmpty(), qPrintable(m_good.error));
        QCOMPARE(m_good.manifest.guides.size(), 2);
    }

    void packSignedByMinisignVerifies()
    {
        const QByteArray signature = minisignSignature(m_good.archive, u"a"_s);
        QVERIFY(signature.contains("trusted comment: "));
        QVERIFY2(QByteArray::fromBase64(signature.split('\n').at(1)).startsWith("ED"), "minisign 0.12 signs the BLAKE2b prehash (ED) by default");
        const PackCheck check = checkInto(m_good.archive, signature);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(check.manifest.version, 5);
        QCOMPARE(check.keyId, minisign::keyIdText(m_trusted.constFirst().keyId));
    }

    void legacyMinisignSignatureVerifies()
    {
        const QByteArray signature = minisignSignature(m_good.archive, u"a"_s, {u"-l"_s});
        QVERIFY(QByteArray::fromBase64(signature.split('\n').at(1)).startsWith("Ed"));
        const PackCheck check = checkInto(m_good.archive, signature);
        QVERIFY2(check.ok(), qPrintable(check.message));
    }

    void ourSignatureVerifiesWithMinisign()
    {
        QString error;
        const auto secret = minisign::parseSecretKey(readFile(path(u"a.key"_s)), &error);
        QVERIFY2(secret, qPrintable(error));
        writeFile(path(u"ours.tar.zst"_s), m_good.archive);
        writeFile(path(u"ours.tar.zst.minisig"_s), minisign::sign(m_good.archive, *secret, u"pasapas test"_s));
        QString output;
        QVERIFY2(runMinisign({u"-V"_s, u"-p"_s, path(u"a.pub"_s), u"-m"_s, path(u"ours.tar.zst"_s)}, &output), qPrintable(output));
        QVERIFY(output.contains(u"pasapas test"_s));
    }

    void madeKeysWorkWithMinisign()
    {
        const CommandOutput made = runMakeKey(path(u"made"_s));
        QCOMPARE(made.exitCode, 0);
        QVERIFY(made.out.contains(u"UNENCRYPTED"_s));
        QCOMPARE(runMakeKey(path(u"made"_s)).exitCode, 1); // never overwrites a key
        writeFile(path(u"m.txt"_s), "hello");
        QString output;
        QVERIFY2(runMinisign({u"-S"_s, u"-s"_s, path(u"made.key"_s), u"-m"_s, path(u"m.txt"_s)}, &output), qPrintable(output));
        QVERIFY2(runMinisign({u"-V"_s, u"-p"_s, path(u"made.pub"_s), u"-m"_s, path(u"m.txt"_s)}, &output), qPrintable(output));
    }

    void encryptedSecretKeyIsRefusedPlainly()
    {
        QByteArray payload = QByteArray::fromBase64(readFile(path(u"a.key"_s)).split('\n').at(1));
        payload.replace(2, 2, "Sc");
        QString error;
        QVERIFY(!minisign::parseSecretKey("untrusted comment: x\n" + payload.toBase64(), &error));
        QVERIFY2(error.contains(u"mot de passe"_s), qPrintable(error));
    }

    void packGuidesCommandSignsAndRefusesInvalidGuides()
    {
        CommandLine commandLine = parseCommandLine({u"pasapas"_s,
                                                    u"--pack-guides"_s,
                                                    path(u"src"_s),
                                                    u"--key"_s,
                                                    path(u"a.key"_s),
                                                    u"--out"_s,
                                                    path(u"cli.tar.zst"_s),
                                                    u"--pack-version"_s,
                                                    u"7"_s});
        QVERIFY2(commandLine.isValid(), qPrintable(commandLine.error));
        const CommandOutput output = runPackGuides(commandLine);
        QVERIFY2(output.exitCode == 0, qPrintable(output.err));
        QString minisignOutput;
        QVERIFY2(runMinisign({u"-V"_s, u"-p"_s, path(u"a.pub"_s), u"-m"_s, path(u"cli.tar.zst"_s)}, &minisignOutput), qPrintable(minisignOutput));
        QVERIFY(checkInto(readFile(path(u"cli.tar.zst"_s)), readFile(path(u"cli.tar.zst.minisig"_s))).ok());

        writeFile(path(u"broken/bad/guide.json"_s), "{\n  \"id\": \"bad\",\n  \"title\": 3\n}\n");
        commandLine.packGuides = path(u"broken"_s);
        commandLine.packOut = path(u"broken.tar.zst"_s);
        const CommandOutput refused = runPackGuides(commandLine);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"bad/guide.json:"_s) && refused.err.contains(u": error: "_s), qPrintable(refused.err)); // file:line:col: error:
        QVERIFY(!QFile::exists(path(u"broken.tar.zst"_s)));
    }

    void eachTamperingIsRefusedWithItsOwnMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<PackProblem>("problem");
        QTest::addColumn<QString>("message");
        QTest::newRow("tampered byte") << u"byte"_s << PackProblem::BadSignature << u"la signature ne correspond pas"_s;
        QTest::newRow("unknown key id") << u"key"_s << PackProblem::UnknownKey << u"n'est pas une clé de confiance"_s;
        QTest::newRow("trusted comment changed") << u"comment"_s << PackProblem::BadTrustedComment << u"commentaire de confiance"_s;
        QTest::newRow("not a signature") << u"garbage"_s << PackProblem::UnreadableSignature << u"fichier de signature est illisible"_s;
        QTest::newRow("truncated archive") << u"truncated"_s << PackProblem::BrokenArchive << u"tronquée ou illisible"_s;
        QTest::newRow("no manifest") << u"nomanifest"_s << PackProblem::BadManifest << u"pas de manifeste"_s;
        QTest::newRow("file vs manifest sha256") << u"sha"_s << PackProblem::FileMismatch << u"ne correspond pas à son empreinte"_s;
        QTest::newRow("missing file") << u"missing"_s << PackProblem::MissingFile << u"il manque le fichier"_s;
        QTest::newRow("extra file") << u"extra"_s << PackProblem::ExtraFile << u"n'est pas annoncé par le manifeste"_s;
        QTest::newRow("invalid guide") << u"invalid"_s << PackProblem::InvalidGuide << u"est invalide (ligne"_s;
        QTest::newRow("older version") << u"older"_s << PackProblem::NotNewer << u"n'est pas plus récent"_s;
        QTest::newRow("same version") << u"same"_s << PackProblem::NotNewer << u"retour en arrière est refusé"_s;
    }

    void eachTamperingIsRefusedWithItsOwnMessage()
    {
        QFETCH(QString, kind);
        QFETCH(PackProblem, problem);
        QFETCH(QString, message);
        Files files = goodFiles();
        QByteArray archive = m_good.archive;
        QString key = u"a"_s;
        qint64 newerThan = 0;
        const QString guideFile = files.at(1).first;
        if (kind == u"truncated"_s) {
            archive.chop(archive.size() / 3);
        } else if (kind == u"nomanifest"_s) {
            files.removeFirst();
        } else if (kind == u"sha"_s) {
            files[1].second.replace("\"id\"", "\"id\" ");
        } else if (kind == u"missing"_s) {
            files.removeAt(1);
        } else if (kind == u"extra"_s) {
            files.append({u"guides/practice-lettre/notes.txt"_s, "not in the manifest"});
        } else if (kind == u"invalid"_s) {
            QJsonObject guide = QJsonDocument::fromJson(files.at(1).second).object();
            guide.insert(u"minutes"_s, u"vingt"_s);
            files[1].second = QJsonDocument(guide).toJson();
            PackManifest manifest = m_good.manifest;
            manifest.files.insert(guideFile, sha256Hex(files.at(1).second));
            files[0].second = manifest.toJson();
        } else if (kind == u"older"_s) {
            newerThan = 6;
        } else if (kind == u"same"_s) {
            newerThan = 5;
        } else if (kind == u"key"_s) {
            key = u"b"_s;
        }
        if (kind != u"truncated"_s && files != goodFiles()) {
            archive = makeArchive(files, packDate);
        }
        QByteArray signature = minisignSignature(archive, key);
        QVERIFY(!signature.isEmpty());
        if (kind == u"byte"_s) {
            archive[archive.size() / 2] = char(archive.at(archive.size() / 2) ^ 0x01);
        } else if (kind == u"comment"_s) {
            signature.replace("trusted comment: ", "trusted comment: version 99 ");
        } else if (kind == u"garbage"_s) {
            signature = "untrusted comment: hello\nnot base64\n";
        }
        const PackCheck check = checkInto(archive, signature, newerThan);
        QCOMPARE(check.problem, problem);
        QVERIFY2(check.message.contains(message), qPrintable(check.message));
    }

    void addressesAreHttpsOrLocal_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://guides.example.org/pasapas/guides.tar.zst"_s << true;
        QTest::newRow("http on the internet") << u"http://guides.example.org/guides.tar.zst"_s << false;
        QTest::newRow("http on localhost") << u"http://localhost:8080/guides.tar.zst"_s << true;
        QTest::newRow("http on *.localhost") << u"http://packs.localhost:8080/guides.tar.zst"_s << true;
        QTest::newRow("http on localhost.example.org") << u"http://localhost.example.org/guides.tar.zst"_s << false;
        QTest::newRow("a folder, not a file") << u"https://guides.example.org/pasapas/"_s << false;
        QTest::newRow("a password in it") << u"https://user:secret@guides.example.org/guides.tar.zst"_s << false;
        QTest::newRow("file") << u"file:///srv/guides.tar.zst"_s << false;
    }

    void addressesAreHttpsOrLocal()
    {
        QFETCH(QString, address);
        QFETCH(bool, accepted);
        QCOMPARE(packAddressProblem(QUrl(address)).isEmpty(), accepted);
    }

    void storeThatCannotBeWrittenSaysSo()
    {
        // A full disk cannot be made here (the tests run as root, on a shared
        // disk); a store under a plain file fails the same checked writes.
        QVERIFY(writeFile(path(u"plain-file"_s), "x"));
        PackStore store(path(u"plain-file/store"_s));
        const PackCheck check = store.install(m_good.archive, minisignSignature(m_good.archive, u"a"_s), m_trusted, QDateTime::currentDateTimeUtc());
        QCOMPARE(check.problem, PackProblem::DiskError);
        QVERIFY(!store.current());
    }

    void storeInstallsKeepsPreviousAndRollsBack()
    {
        PackStore store(path(u"store"_s));
        QVERIFY(!store.current());
        QVERIFY(store.guidesDir().isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto packOf = [&](qint64 version) {
            return makePack(path(u"src"_s), version, packDate).archive;
        };
        const QByteArray v5 = packOf(5), v6 = packOf(6), v7 = packOf(7);
        QVERIFY(store.install(v5, minisignSignature(v5, u"a"_s), m_trusted, now).ok());
        QCOMPARE(store.current()->version, 5);
        QVERIFY(QFile::exists(store.guidesDir() + u"/practice-toucher/guide.json"_s));

        // A refused pack changes nothing and leaves nothing behind.
        QByteArray tampered = v6;
        tampered[100] = char(tampered.at(100) ^ 0x20);
        QCOMPARE(store.install(tampered, minisignSignature(v6, u"a"_s), m_trusted, now).problem, PackProblem::BadSignature);
        QCOMPARE(store.current()->version, 5);
        QCOMPARE(QDir(path(u"store"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"pack-5"_s});

        QVERIFY(store.install(v6, minisignSignature(v6, u"a"_s), m_trusted, now).ok());
        QCOMPARE(store.current()->version, 6);
        QCOMPARE(store.previous()->version, 5);
        QCOMPARE(store.install(v5, minisignSignature(v5, u"a"_s), m_trusted, now).problem, PackProblem::NotNewer); // no downgrade

        QVERIFY(store.rollBack());
        QCOMPARE(store.current()->version, 5);
        QVERIFY(!store.previous());
        QVERIFY(QFile::exists(store.guidesDir() + u"/practice-lettre/guide.json"_s));
        // The rolled-back version is never installed again; a newer one is.
        QCOMPARE(store.install(v6, minisignSignature(v6, u"a"_s), m_trusted, now).problem, PackProblem::NotNewer);
        QVERIFY(store.install(v7, minisignSignature(v7, u"a"_s), m_trusted, now).ok());
        QCOMPARE(store.current()->version, 7);
        QCOMPARE(store.previous()->version, 5);
        QCOMPARE(QDir(path(u"store"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden), (QStringList{u"pack-5"_s, u"pack-7"_s}));

        // Back to no pack at all: the bundled guides.
        QVERIFY(store.rollBack());
        QVERIFY(store.rollBack());
        QVERIFY(!store.current());
        QVERIFY(!store.rollBack());
        QCOMPARE(store.floor(), 7);
    }
};

QTEST_GUILESS_MAIN(GuidePackTest)
#include "tst_guidepack.moc"
