// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog kept between starts: a real cache file in a temporary cache
// folder, real guide folders, changed the way a mediator or a pack would.
#include "catalogcache.h"
#include "guidelibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{

constexpr auto version = "1.2.3";

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to)) {
        return false;
    }
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), to + u'/' + name)) {
            return false;
        }
    }
    return true;
}

QString text(const LocalizedText &t)
{
    QStringList parts;
    for (const QString &language : t.languages()) {
        parts.append(language + u'=' + t.texts().value(language));
    }
    return parts.join(u'|');
}

QString locators(const QList<Locator> &list)
{
    QStringList parts;
    for (const Locator &l : list) {
        parts.append(locatorKindName(l.kind) + u':' + l.value + u'/' + l.name);
    }
    return parts.join(u',');
}

/// Every field of every guide and diagnostic, and what the patterns match:
/// two results with equal descriptions hold the same guides.
QStringList describe(const GuideFolderResult &result)
{
    QStringList lines;
    for (const Guide &g : result.guides) {
        QStringList hosts;
        for (const HostPattern &h : g.allowedHosts) {
            hosts.append(h.pattern() + (h.matches(g.start.host(), g.start.port()) ? u"+"_s : u"-"_s));
        }
        lines.append(u"guide %1 v%2 %3 %4 min, %5, %6"_s.arg(g.id).arg(g.version).arg(g.category).arg(g.minutes).arg(g.start.toString(), hosts.join(u',')));
        lines.append(text(g.title) + u" / "_s + text(g.summary) + u" / "_s + text(g.mediatorNotes) + u" / "_s + text(g.keywords));
        lines.append(g.pictogram + u' ' + g.filePath + u' ' + g.folder);
        for (const GuideDocument &d : g.documents) {
            lines.append(u"document "_s + text(d.text) + u' ' + d.pictogram);
        }
        for (const GuideSource &s : g.sources) {
            lines.append(u"source "_s + s.url.toString() + u' ' + s.title + u' ' + s.read.toString(Qt::ISODate));
        }
        for (const Step &s : g.steps) {
            lines.append(u"step %1 %2 %3 [%4] frame %5 page %6 (%7) %8 wait %9"_s.arg(s.id,
                text(s.instruction),
                s.frenchWords,
                locators(s.target),
                s.frame,
                s.page.pattern(),
                s.page.hostParts().join(u','),
                s.page.matches(g.start) ? u"matches start"_s : u"not start"_s,
                QString::number(s.waitMs)));
            lines.append(u"  %1 %2 %3 [%4] sensitive %5 note %6 skip [%7] %8 %9"_s.arg(completionKindName(s.completion.kind),
                s.completion.address.pattern(),
                s.completion.address.matches(g.start) ? u"matches start"_s : u"-"_s,
                locators(s.completion.target),
                s.sensitive ? u"yes"_s : u"no"_s,
                text(s.mediatorNote),
                locators(s.skipIf.present),
                s.skipIf.address.pattern(),
                s.pictogram));
        }
    }
    for (const Diagnostic &d : result.diagnostics) {
        lines.append(d.toString());
    }
    return lines;
}

} // namespace

class TestCatalogCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_guides;
    QString m_cache;

    CatalogCache cache(const QString &appVersion = QString::fromLatin1(version)) const
    {
        return CatalogCache(m_cache, appVersion);
    }

    /// Loads through the cache; checks the outcome, that the steps' texts were
    /// left in the file, and that with them the guides are those of the files.
    QStringList loadExpecting(CatalogCache::Outcome expected, const QString &appVersion = QString::fromLatin1(version))
    {
        CatalogCache c = cache(appVersion);
        GuideFolderResult loaded = c.load(m_guides);
        QStringList cached;
        [&] {
            QCOMPARE(c.lastOutcome(), expected);
            for (Guide &guide : loaded.guides) {
                QVERIFY(guide.stepTextsLeftOut());
                for (const Step &step : std::as_const(guide.steps)) {
                    QVERIFY(step.instruction.isEmpty() && step.mediatorNote.isEmpty());
                }
                QVERIFY(CatalogCache::restoreStepTexts(guide));
                QVERIFY(!guide.stepTextsLeftOut());
            }
            cached = describe(loaded);
            QCOMPARE(cached, describe(loadGuideFolder(m_guides)));
        }();
        return cached;
    }

    /// The library's guides, each whole (GuideLibrary::wholeGuide).
    static GuideFolderResult wholeGuides(const GuideLibrary &library)
    {
        GuideFolderResult result;
        for (const CatalogEntry &entry : library.entries()) {
            result.guides.append(GuideLibrary::wholeGuide(entry));
        }
        return result;
    }

    void writeTitle(const QString &folder, const QString &from, const QString &to)
    {
        QFile file(m_guides + u'/' + folder + u"/guide.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        QVERIFY(json.contains(from.toUtf8()));
        json.replace(from.toUtf8(), to.toUtf8());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(json), json.size());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_root.isValid());
        m_guides = m_root.path() + u"/guides"_s;
        m_cache = m_root.path() + u"/cache"_s;
        QDir(m_guides).removeRecursively();
        QDir(m_cache).removeRecursively();
        QFile::remove(m_cache); // textsAreKeptWhenTheCacheCannotBeWritten's blocker
        // A broken guide (its diagnostics are kept too), a guide with a pictogram file, three real guides.
        for (const QString &name : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
            QVERIFY(copyFolder(test::testData(u"guides/folder/"_s + name), m_guides + u'/' + name));
        }
        QVERIFY(copyFolder(test::testData(u"guides/valid/full"_s), m_guides + u"/full"_s));
        for (const QString &name : {u"caf-aide-logement"_s, u"ameli-creer-compte"_s, u"impots-declarer-revenus"_s}) {
            QVERIFY(copyFolder(QStringLiteral(PASAPAS_SOURCE_DIR) + u"/guides/"_s + name, m_guides + u'/' + name));
        }
    }

    void missingThenHit()
    {
        const QStringList first = loadExpecting(CatalogCache::Outcome::Missing);
        QVERIFY(QFile::exists(cache().fileFor(m_guides)));
        QVERIFY(first.size() > 40);
        QVERIFY(!loadGuideFolder(m_guides).diagnostics.isEmpty()); // the broken guide is reported…
        const QStringList second = loadExpecting(CatalogCache::Outcome::Hit); // …from the cache too
        QCOMPARE(second, first);
    }

    void touchedGuideIsLoadedAgain()
    {
        loadExpecting(CatalogCache::Outcome::Missing);
        // Same length, same size: only the modification time tells.
        writeTitle(u"caf-aide-logement"_s, u"\"fr\": \"Demander l"_s, u"\"fr\": \"Solliciter"_s);
        const QStringList changed = loadExpecting(CatalogCache::Outcome::Stale);
        QVERIFY(changed.join(u'\n').contains(u"fr=Solliciter'aide"_s));
        loadExpecting(CatalogCache::Outcome::Hit);
    }

    void newAndRemovedGuidesAreSeen()
    {
        const int before = int(loadGuideFolder(m_guides).guides.size());
        loadExpecting(CatalogCache::Outcome::Missing);
        QVERIFY(copyFolder(QStringLiteral(PASAPAS_SOURCE_DIR) + u"/guides/caf-prime-activite"_s, m_guides + u"/caf-prime-activite"_s));
        QVERIFY(loadExpecting(CatalogCache::Outcome::Stale).join(u'\n').contains(u"guide caf-prime-activite"_s));
        QCOMPARE(cache().load(m_guides).guides.size(), before + 1);
        QVERIFY(QDir(m_guides + u"/ameli-creer-compte"_s).removeRecursively());
        QVERIFY(!loadExpecting(CatalogCache::Outcome::Stale).join(u'\n').contains(u"guide ameli-creer-compte"_s));
        QCOMPARE(cache().load(m_guides).guides.size(), before);
    }

    void removedPictogramFileIsSeen()
    {
        loadExpecting(CatalogCache::Outcome::Missing);
        QVERIFY(QFile::remove(m_guides + u"/full/pictogram.svg"_s));
        // The guide itself did not change, its folder did: the guide is now in error.
        const QStringList after = loadExpecting(CatalogCache::Outcome::Stale);
        QVERIFY(!after.join(u'\n').contains(u"guide full "_s));
    }

    void anotherAppVersionLoadsAgain()
    {
        loadExpecting(CatalogCache::Outcome::Missing);
        loadExpecting(CatalogCache::Outcome::Stale, u"1.2.4"_s);
        loadExpecting(CatalogCache::Outcome::Hit, u"1.2.4"_s);
        loadExpecting(CatalogCache::Outcome::Stale);
    }

    void corruptFileIsLoggedAndRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << u"garbage"_s;
        QTest::newRow("empty") << u"empty"_s;
        QTest::newRow("truncated") << u"truncated"_s;
        QTest::newRow("flipped byte") << u"flip"_s; // where a length could then ask for gigabytes
    }

    void corruptFileIsLoggedAndRebuilt()
    {
        QFETCH(QString, damage);
        loadExpecting(CatalogCache::Outcome::Missing);
        const QString path = cache().fileFor(m_guides);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        if (damage == u"garbage") {
            bytes = QByteArray(4096, 'x');
        } else if (damage == u"empty") {
            bytes.clear();
        } else if (damage == u"truncated") {
            bytes.truncate(bytes.size() * 2 / 3);
        } else {
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x10);
        }
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"^catalog cache .*/catalog-[0-9a-f]{16}\\.cache is unreadable: the guides of .* are loaded from their files and the cache is rebuilt$"_s));
        loadExpecting(CatalogCache::Outcome::Corrupt);
        loadExpecting(CatalogCache::Outcome::Hit); // rebuilt
    }

    void olderFormatIsRebuilt()
    {
        // A cache written before the steps' texts had their own block (format 1).
        loadExpecting(CatalogCache::Outcome::Missing);
        QFile file(cache().fileFor(m_guides));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4));
        const char formatOne[4] = {1, 0, 0, 0};
        QCOMPARE(file.write(formatOne, 4), 4);
        file.close();
        loadExpecting(CatalogCache::Outcome::Stale);
        loadExpecting(CatalogCache::Outcome::Hit);
    }

    void textsAreKeptWhenTheCacheCannotBeWritten()
    {
        QFile blocker(m_cache); // a file where the cache folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        CatalogCache c = cache();
        const GuideFolderResult loaded = c.load(m_guides);
        QCOMPARE(c.lastOutcome(), CatalogCache::Outcome::Missing);
        for (const Guide &guide : loaded.guides) {
            QVERIFY(!guide.stepTextsLeftOut());
        }
        QCOMPARE(describe(loaded), describe(loadGuideFolder(m_guides)));
        QVERIFY(QFile::remove(m_cache));
    }

    void textsComeFromTheGuideFileWhenTheCacheChanged_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("removed") << u"removed"_s;
        QTest::newRow("rewritten, every block moved") << u"rewritten"_s;
        QTest::newRow("flipped byte in a text") << u"flip"_s;
    }

    void textsComeFromTheGuideFileWhenTheCacheChanged()
    {
        QFETCH(QString, change);
        GuideLibrary plain;
        plain.load(m_guides);
        GuideLibrary cached;
        cached.setCache(m_cache, QString::fromLatin1(version));
        cached.load(m_guides);
        const QString path = cache().fileFor(m_guides);
        const CatalogEntry *last = &cached.entries().constLast();
        QVERIFY(last->guide.stepTextsLeftOut());
        if (change == u"removed") {
            QVERIFY(QFile::remove(path));
        } else if (change == u"rewritten") {
            // Another start wrote the file again with a longer first guide's title: every later block moved.
            writeTitle(u"alpha"_s, u"\"fr\": \""_s, u"\"fr\": \"Un titre plus long : "_s);
            loadExpecting(CatalogCache::Outcome::Stale);
            writeTitle(u"alpha"_s, u"\"fr\": \"Un titre plus long : "_s, u"\"fr\": \""_s); // the guide as the catalog knows it
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 at = last->guide.storedStepTexts.offset + last->guide.storedStepTexts.size / 2;
            QVERIFY(file.seek(at));
            const char byte = file.read(1).at(0);
            QVERIFY(file.seek(at));
            QCOMPARE(file.write(QByteArray(1, char(byte ^ 0x10))), 1);
        }
        Guide guide = last->guide;
        QVERIFY(!CatalogCache::restoreStepTexts(guide));
        QVERIFY(guide.stepTextsLeftOut()); // unchanged
        QCOMPARE(describe(wholeGuides(cached)), describe(wholeGuides(plain)));
    }

    void libraryLoadsTheSameWithTheCache()
    {
        GuideLibrary plain;
        plain.load(m_guides);
        for (int run = 0; run < 2; ++run) { // writes the cache, then reads it
            GuideLibrary cached;
            cached.setCache(m_cache, QString::fromLatin1(version));
            cached.load(m_guides);
            QCOMPARE(cached.entries().size(), plain.entries().size());
            QCOMPARE(cached.diagnostics().size(), plain.diagnostics().size());
            for (qsizetype i = 0; i < plain.entries().size(); ++i) {
                QCOMPARE(cached.entries().at(i).guide.id, plain.entries().at(i).guide.id);
                QCOMPARE(cached.entries().at(i).origin, plain.entries().at(i).origin);
            }
            QCOMPARE(describe(wholeGuides(cached)), describe(wholeGuides(plain)));
        }
        QVERIFY(QFile::exists(cache().fileFor(m_guides)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCache)
#include "tst_catalogcache.moc"
