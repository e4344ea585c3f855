// SPDX-License-Identifier: GPL-3.0-or-later
// How much a guide pack weighs, and how long a tablet takes to check and
// install it: the bundled guides (10 languages each), then 100 guides made
// from them. Prints figures; it is not a pass/fail test.
//
//   ./tools/dev build/bin/bench_packs

#include "guidepack.h"
#include "minisign.h"
#include "packstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{

/// Copies DIR/*/guide.json, count guides in all (-1: the real ones only):
/// the real ones, then copies under new ids. Returns how many were written.
int copyGuides(const QString &from, const QString &to, int count)
{
    const QDir source(from);
    QStringList ids;
    for (const QString &name : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(source.filePath(name + u"/guide.json"_s))) {
            ids.append(name);
        }
    }
    if (count < 0) {
        count = int(ids.size());
    }
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const QString &id = ids.at(i % ids.size());
        QFile in(source.filePath(id + u"/guide.json"_s));
        if (!in.open(QIODevice::ReadOnly)) {
            return 0;
        }
        QJsonObject guide = QJsonDocument::fromJson(in.readAll()).object();
        const QString newId = i < ids.size() ? id : u"%1-%2"_s.arg(id).arg(i);
        guide.insert(u"id"_s, newId);
        QDir().mkpath(to + u'/' + newId);
        QFile out(to + u'/' + newId + u"/guide.json"_s);
        const QByteArray data = QJsonDocument(guide).toJson(QJsonDocument::Indented);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
            return 0;
        }
        bytes += data.size();
    }
    std::printf("  %d guide files, %.1f MB of JSON\n", count, double(bytes) / 1e6);
    return count;
}

void measure(const QString &label, const QString &dir, int guides)
{
    const minisign::KeyPair key = minisign::generateKeyPair();
    QElapsedTimer timer;
    timer.start();
    const PackBuild build = makePack(dir, 1, QDateTime::currentDateTimeUtc());
    const qint64 packMs = timer.elapsed();
    if (!build.error.isEmpty()) {
        std::printf("  %s: %s\n", qPrintable(label), qPrintable(build.error));
        return;
    }
    const QByteArray signature = minisign::sign(build.archive, key.secretKey, u"bench"_s);
    QTemporaryDir store;
    timer.restart();
    const PackCheck check = PackStore(store.path()).install(build.archive, signature, {key.publicKey}, QDateTime::currentDateTimeUtc());
    const qint64 installMs = timer.elapsed();
    std::printf("  %s: %d guides, pack %.0f kB (%.1f kB a guide), made in %lld ms, checked and installed in %lld ms%s\n",
                qPrintable(label),
                guides,
                double(build.archive.size()) / 1000.0,
                double(build.archive.size()) / 1000.0 / guides,
                packMs,
                installMs,
                check.ok() ? "" : qPrintable(u" — REFUSED: "_s + check.message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString bundled = QStringLiteral(PASAPAS_SOURCE_DIR "/guides");
    QTemporaryDir real, hundred;
    std::printf("Guide packs (tar + zstd, minisign signature)\n");
    const int count = copyGuides(bundled, real.path(), -1);
    measure(u"bundled guides, 10 languages each"_s, real.path(), count);
    copyGuides(bundled, hundred.path(), 100);
    measure(u"100 guides (the bundled ones and copies under new ids)"_s, hundred.path(), 100);
    return 0;
}
