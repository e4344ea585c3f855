// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions othersAndGroup =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

/// Owner may read, write and enter; nobody else may do anything.
bool isOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return (permissions & ownerOnly) == ownerOnly && !(permissions & othersAndGroup);
}

/// Everything in a folder, hidden entries included, sorted.
QStringList listing(const QString &path)
{
    QStringList names = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

/// A lock file as QLockFile writes it ("pid, application, host"), for a
/// process that may or may not run.
bool writeLockFile(const QString &path, qint64 pid, const QString &application)
{
    return writeFile(path, QByteArray::number(pid) + '\n' + application.toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n');
}

} // namespace

class SessionFolderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime;
    QString m_base;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QVERIFY(QFile::setPermissions(m_runtime.path(), ownerOnly));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation), m_runtime.path());
    }

    void init()
    {
        m_base = sessionFoldersBase();
        QVERIFY(!m_base.isEmpty());
    }

    void cleanup()
    {
        // Each test starts from an empty base.
        QVERIFY(QDir(m_base).removeRecursively());
    }

    void baseIsPrivate()
    {
        QCOMPARE(m_base, m_runtime.path() + u"/pasapas-sessions"_s);
        QVERIFY(QFileInfo(m_base).isDir());
        QVERIFY(isOwnerOnly(m_base));

        // Opened up by someone: made private again.
        QVERIFY(QFile::setPermissions(m_base, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(!isOwnerOnly(m_base));
        QCOMPARE(sessionFoldersBase(), m_base);
        QVERIFY(isOwnerOnly(m_base));
    }

    void folderIsPrivateWithTheLockBeside()
    {
        const SessionFolder folder(m_base);
        QVERIFY(folder.isValid());
        const QFileInfo info(folder.path());
        QVERIFY(info.isDir());
        QCOMPARE(info.absolutePath(), m_base);
        QVERIFY(info.fileName().startsWith(u"session-"_s));
        QVERIFY(isOwnerOnly(folder.path()));
        QCOMPARE(listing(m_base), sorted({info.fileName(), info.fileName() + u".lock"_s}));
        QCOMPARE(listing(folder.path()), QStringList());
        QCOMPARE(folder.files(), QStringList());
    }

    void defaultBaseIsTheRuntimeOne()
    {
        const SessionFolder folder;
        QVERIFY(folder.isValid());
        QCOMPARE(QFileInfo(folder.path()).absolutePath(), m_base);
    }

    void twoFoldersAreDistinct()
    {
        const SessionFolder first(m_base);
        const SessionFolder second(m_base);
        QVERIFY(first.isValid());
        QVERIFY(second.isValid());
        QVERIFY(first.path() != second.path());
        QCOMPARE(listing(m_base).size(), 4);
    }

    void filesNewestFirst()
    {
        const SessionFolder folder(m_base);
        QVERIFY(folder.isValid());
        QVERIFY(writeFile(folder.filePath(u"attestation.pdf"_s), "%PDF-1.7 older"));
        QVERIFY(writeFile(folder.filePath(u"avis.pdf"_s), "%PDF-1.7 newer"));
        QFile older(folder.filePath(u"attestation.pdf"_s));
        QFile newer(folder.filePath(u"avis.pdf"_s));
        QVERIFY(older.open(QIODevice::ReadOnly));
        QVERIFY(newer.open(QIODevice::ReadOnly));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(older.setFileTime(now.addSecs(-60), QFileDevice::FileModificationTime));
        QVERIFY(newer.setFileTime(now.addSecs(-10), QFileDevice::FileModificationTime));
        QCOMPARE(folder.files(), QStringList({u"avis.pdf"_s, u"attestation.pdf"_s}));

        QVERIFY(newer.setFileTime(now.addSecs(-120), QFileDevice::FileModificationTime));
        QCOMPARE(folder.files(), QStringList({u"attestation.pdf"_s, u"avis.pdf"_s}));

        // Sub-folders are not documents.
        QVERIFY(QDir(folder.path()).mkdir(u"sub"_s));
        QCOMPARE(folder.files().size(), 2);
    }

    void filePathStaysInside()
    {
        const SessionFolder folder(m_base);
        QCOMPARE(folder.filePath(u"avis.pdf"_s), folder.path() + u"/avis.pdf"_s);
        QCOMPARE(folder.filePath(u"../avis.pdf"_s), folder.path() + u"/avis.pdf"_s);
        QCOMPARE(folder.filePath(u"/etc/passwd"_s), folder.path() + u"/passwd"_s);
        QCOMPARE(folder.filePath(u".."_s), QString());
        QCOMPARE(folder.filePath(u"."_s), QString());
        QCOMPARE(folder.filePath(QString()), QString());
        QCOMPARE(folder.filePath(u"a/"_s), QString());
    }

    void removeLeavesNothing()
    {
        SessionFolder folder(m_base);
        QVERIFY(folder.isValid());
        const QString path = folder.path();
        QVERIFY(writeFile(folder.filePath(u"avis.pdf"_s), "%PDF-1.7"));
        QVERIFY(QDir(path).mkpath(u"sub/deeper"_s));
        QVERIFY(writeFile(path + u"/sub/deeper/.hidden"_s, "x"));

        QVERIFY(folder.remove());
        QVERIFY(!folder.isValid());
        QCOMPARE(folder.path(), QString());
        QCOMPARE(folder.filePath(u"avis.pdf"_s), QString());
        QCOMPARE(folder.files(), QStringList());
        QCOMPARE(listing(m_base), QStringList());
        QVERIFY(!folder.remove());
    }

    void destructorRemoves()
    {
        QString path;
        {
            const SessionFolder folder(m_base);
            path = folder.path();
            QVERIFY(writeFile(folder.filePath(u"avis.pdf"_s), "%PDF-1.7"));
            QCOMPARE(listing(m_base).size(), 2);
        }
        QVERIFY(!path.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(listing(m_base), QStringList());
    }

    void moveKeepsTheFolder()
    {
        SessionFolder first(m_base);
        const QString path = first.path();
        {
            SessionFolder moved(std::move(first));
            QVERIFY(!first.isValid()); // NOLINT(bugprone-use-after-move): checking the moved-from state
            QCOMPARE(moved.path(), path);
            QVERIFY(QFileInfo::exists(path));

            SessionFolder other(m_base);
            const QString otherPath = other.path();
            other = std::move(moved);
            QCOMPARE(other.path(), path);
            QVERIFY(!QFileInfo::exists(otherPath)); // replaced, so removed
            QVERIFY(QFileInfo::exists(path));
            QCOMPARE(listing(m_base).size(), 2);
        }
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(listing(m_base), QStringList());
    }

    void invalidBase()
    {
        const SessionFolder noBase(QString{});
        QVERIFY(!noBase.isValid());
        const SessionFolder missing(m_runtime.filePath(u"no/such/folder"_s));
        QVERIFY(!missing.isValid());
        QCOMPARE(missing.path(), QString());
        QCOMPARE(removeLeftoverSessionFolders(QString()), QStringList());
    }

    void leftoversOfDeadSessionsAreRemoved()
    {
        const SessionFolder living(m_base);
        QVERIFY(writeFile(living.filePath(u"avis.pdf"_s), "%PDF-1.7"));
        const QString livingName = QFileInfo(living.path()).fileName();

        // A crashed session: its lock names a process that has ended.
        QProcess finished;
        finished.start(u"true"_s, {});
        QVERIFY(finished.waitForStarted());
        const qint64 deadPid = finished.processId();
        QVERIFY(finished.waitForFinished());
        QVERIFY(deadPid > 0);
        const QString crashed = m_base + u"/session-crash1"_s;
        QVERIFY(QDir().mkpath(crashed + u"/sub"_s));
        QVERIFY(writeFile(crashed + u"/sub/avis.pdf"_s, "%PDF-1.7"));
        QVERIFY(writeLockFile(crashed + u".lock"_s, deadPid, u"pasapas"_s));

        // A session folder without any lock.
        const QString unlocked = m_base + u"/session-nolock"_s;
        QVERIFY(QDir().mkpath(unlocked));

        // A session of another process that still runs.
        QProcess running;
        running.start(u"sleep"_s, {u"30"_s});
        QVERIFY(running.waitForStarted());
        const QString runningApp = QFileInfo(u"/proc/%1/exe"_s.arg(running.processId())).symLinkTarget();
        QVERIFY(!runningApp.isEmpty());
        const QString otherProcess = m_base + u"/session-other1"_s;
        QVERIFY(QDir().mkpath(otherProcess));
        QVERIFY(writeLockFile(otherProcess + u".lock"_s, running.processId(), runningApp));
        // Sessions last for hours: an old lock of a living process still counts.
        QFile otherLock(otherProcess + u".lock"_s);
        QVERIFY(otherLock.open(QIODevice::ReadOnly));
        QVERIFY(otherLock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600), QFileDevice::FileModificationTime));
        otherLock.close();

        // A lock file whose folder is gone, of a dead process.
        QVERIFY(writeLockFile(m_base + u"/session-orphan.lock"_s, deadPid, u"pasapas"_s));

        // Not a session folder: not touched.
        QVERIFY(QDir().mkpath(m_base + u"/other"_s));

        QStringList removed = removeLeftoverSessionFolders(m_base);
        removed.sort();
        QCOMPARE(removed, QStringList({crashed, unlocked}));
        QCOMPARE(listing(m_base), sorted({u"other"_s, livingName, livingName + u".lock"_s, u"session-other1"_s, u"session-other1.lock"_s}));
        QCOMPARE(living.files(), QStringList({u"avis.pdf"_s}));

        // Nothing more to do the second time.
        QCOMPARE(removeLeftoverSessionFolders(m_base), QStringList());

        // Once the other process has ended, its folder goes too.
        running.kill();
        QVERIFY(running.waitForFinished());
        QCOMPARE(removeLeftoverSessionFolders(m_base), QStringList({otherProcess}));
        QCOMPARE(listing(m_base), sorted({u"other"_s, livingName, livingName + u".lock"_s}));
    }
};

QTEST_GUILESS_MAIN(SessionFolderTest)
#include "tst_sessionfolder.moc"
