// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogcache.h"
#include "guidestream_p.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrentMap>

#include <sys/stat.h>

#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{

constexpr quint32 magic = 0x50415043; // "PAPC"
constexpr qint32 formatVersion = 2; // 2: the steps' texts in a block of their own, read on demand
constexpr qint64 headerSize = 4 + 4 + 8; // magic, format, checksum

// --- what the cached result depends on -----------------------------------

/// Modification time (ns) and size of a file or folder; resources (":/…") through QFileInfo.
void stamp(QDataStream &out, const QString &path)
{
    if (path.startsWith(u':')) {
        const QFileInfo info(path);
        out << info.exists() << info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch() << info.size();
        return;
    }
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        out << false;
        return;
    }
    out << true << qint64(st.st_mtim.tv_sec) << qint64(st.st_mtim.tv_nsec) << qint64(st.st_ctim.tv_sec) << qint64(st.st_ctim.tv_nsec)
        << qint64(st.st_size) << quint64(st.st_ino);
}

/// Every guide folder and guide.json of dir (loadGuideFolder reads these, and
/// checks that pictogram files exist in the guide folder).
QByteArray fingerprint(const QString &dir)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    const QDir folder(dir);
    for (const QString &name : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        out << name;
        stamp(out, folder.filePath(name));
        stamp(out, folder.filePath(name + u"/guide.json"_s));
    }
    return bytes;
}

/// Against damage, not against an attacker: 64-bit words mixed by multiplication
/// (a few GB/s, where a cryptographic hash costs more than reading the guides).
quint64 checksum(QByteArrayView bytes)
{
    constexpr quint64 prime = 0x9E3779B97F4A7C15;
    quint64 sum = quint64(bytes.size()) * prime;
    const qsizetype words = bytes.size() / 8;
    for (qsizetype i = 0; i < words; ++i) {
        quint64 word = 0;
        std::memcpy(&word, bytes.data() + i * 8, 8);
        sum = (sum ^ (word * prime)) * prime;
        sum ^= sum >> 29;
    }
    for (qsizetype i = words * 8; i < bytes.size(); ++i) {
        sum = (sum ^ quint8(bytes.at(i))) * prime;
    }
    return sum;
}


void leaveOutStepTexts(Guide &guide, const StoredStepTexts &place)
{
    for (Step &step : guide.steps) {
        step.instruction = {};
        step.mediatorNote = {};
    }
    guide.storedStepTexts = place;
}

} // namespace

CatalogCache::CatalogCache(const QString &cacheDir, const QString &appVersion)
    : m_cacheDir(cacheDir)
    , m_appVersion(appVersion)
{
}

QString CatalogCache::fileFor(const QString &dir) const
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(dir).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return m_cacheDir + u"/catalog-"_s + QString::fromLatin1(key) + u".cache"_s;
}

GuideFolderResult CatalogCache::load(const QString &dir)
{
    const QString path = fileFor(dir);
    const QByteArray current = fingerprint(dir);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_outcome = Outcome::Missing;
    } else {
        const uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
        m_outcome = read(mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size()) : file.readAll(), path, dir, current);
    }
    if (m_outcome == Outcome::Hit) {
        return std::exchange(m_result, {});
    }
    if (m_outcome == Outcome::Corrupt) {
        qCWarning(lcGuides, "catalog cache %s is unreadable: the guides of %s are loaded from their files and the cache is rebuilt", qPrintable(path), qPrintable(dir));
    }
    GuideFolderResult result = loadGuideFolder(dir);
    if (QDir(dir).exists() && QDir().mkpath(m_cacheDir)) {
        // Once the file holds them, the steps' texts need not stay in memory.
        const QList<StoredStepTexts> places = write(path, dir, current, result);
        for (qsizetype i = 0; i < places.size(); ++i) {
            leaveOutStepTexts(result.guides[i], places.at(i));
        }
    }
    return result;
}

CatalogCache::Outcome CatalogCache::read(const QByteArray &bytes, const QString &path, const QString &dir, const QByteArray &current)
{
    // magic, format, checksum of the body, body. The body is checked whole
    // before it is read: a damaged length could otherwise ask for gigabytes.
    QDataStream in(bytes);
    prepareCacheStream(in);
    quint32 head = 0;
    qint32 format = 0;
    quint64 sum = 0;
    in >> head >> format >> sum;
    if (head != magic || in.status() != QDataStream::Ok) {
        return Outcome::Corrupt;
    }
    if (format != formatVersion) {
        return Outcome::Stale;
    }
    const qint64 bodyStart = in.device()->pos();
    const QByteArray body = QByteArray::fromRawData(bytes.constData() + bodyStart, bytes.size() - bodyStart);
    if (checksum(body) != sum) {
        return Outcome::Corrupt;
    }
    QDataStream stream(body);
    prepareCacheStream(stream);
    QString version;
    QString qtVersion;
    QString cachedDir;
    QByteArray cachedPrint;
    stream >> version >> qtVersion >> cachedDir >> cachedPrint;
    if (stream.status() != QDataStream::Ok) {
        return Outcome::Corrupt;
    }
    if (version != m_appVersion || qtVersion != QLatin1StringView(qVersion()) || cachedDir != dir || cachedPrint != current) {
        return Outcome::Stale;
    }
    m_result = {};
    qint32 count = 0;
    stream >> m_result.diagnostics >> count;
    // Each guide is a block of its own, read on every core, followed by the
    // block of its steps' texts, left in the file until a session needs them.
    QList<QByteArray> blocks;
    QList<StoredStepTexts> places;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        quint32 size = 0;
        stream >> size;
        const qint64 at = stream.device()->pos();
        if (stream.skipRawData(int(size)) != int(size)) {
            return Outcome::Corrupt;
        }
        blocks.append(QByteArray::fromRawData(body.constData() + at, size));
        StoredStepTexts place{path, 0, 0, 0};
        quint32 textsSize = 0;
        stream >> place.checksum >> textsSize;
        place.offset = bodyStart + stream.device()->pos();
        place.size = textsSize;
        if (stream.skipRawData(int(textsSize)) != int(textsSize)) {
            return Outcome::Corrupt;
        }
        places.append(place);
    }
    if (stream.status() != QDataStream::Ok || !stream.atEnd()) {
        return Outcome::Corrupt;
    }
    const QList<std::optional<Guide>> guides = QtConcurrent::blockingMapped(blocks, [](const QByteArray &block) -> std::optional<Guide> {
        QDataStream guideStream(block);
        prepareCacheStream(guideStream);
        Guide guide;
        guideStream >> guide;
        return guideStream.status() == QDataStream::Ok && guideStream.atEnd() ? std::optional(std::move(guide)) : std::nullopt;
    });
    m_result.guides.reserve(guides.size());
    for (qsizetype i = 0; i < guides.size(); ++i) {
        if (!guides.at(i)) {
            return Outcome::Corrupt;
        }
        m_result.guides.append(*guides.at(i));
        m_result.guides.last().storedStepTexts = places.at(i);
    }
    return Outcome::Hit;
}

QList<StoredStepTexts> CatalogCache::write(const QString &path, const QString &dir, const QByteArray &current, const GuideFolderResult &result)
{
    QList<StoredStepTexts> places;
    QByteArray body;
    {
        QDataStream stream(&body, QIODevice::WriteOnly);
        prepareCacheStream(stream);
        stream << m_appVersion << QString::fromLatin1(qVersion()) << dir << current << result.diagnostics << qint32(result.guides.size());
        for (const Guide &guide : result.guides) {
            QByteArray block;
            QDataStream guideStream(&block, QIODevice::WriteOnly);
            prepareCacheStream(guideStream);
            guideStream << guide;
            stream << quint32(block.size());
            stream.writeRawData(block.constData(), int(block.size()));
            const QByteArray texts = stepTexts(guide);
            const quint64 sum = checksum(texts);
            stream << sum << quint32(texts.size());
            places.append({path, headerSize + stream.device()->pos(), texts.size(), sum});
            stream.writeRawData(texts.constData(), int(texts.size()));
        }
    }
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        QDataStream stream(&out);
        prepareCacheStream(stream);
        stream << magic << formatVersion << checksum(body);
        stream.writeRawData(body.constData(), int(body.size()));
        if (stream.status() == QDataStream::Ok && out.commit()) {
            return places;
        }
    }
    qCInfo(lcGuides, "catalog cache %s could not be written: %s", qPrintable(path), qPrintable(out.errorString()));
    return {};
}

bool CatalogCache::restoreStepTexts(Guide &guide)
{
    const StoredStepTexts place = guide.storedStepTexts;
    if (place.file.isEmpty()) {
        return true;
    }
    // The file may have been rewritten since (QSaveFile puts a new one in its
    // place): the checksum and the guide's own id and step ids tell.
    QFile file(place.file);
    if (!file.open(QIODevice::ReadOnly) || place.offset < headerSize || place.offset + place.size > file.size() || !file.seek(place.offset)) {
        return false;
    }
    const QByteArray bytes = file.read(place.size);
    QList<Step> steps;
    if (bytes.size() != place.size || checksum(bytes) != place.checksum || !readStepTexts(bytes, guide, steps)) {
        return false;
    }
    guide.steps = std::move(steps);
    guide.storedStepTexts = {};
    return true;
}

} // namespace pasapas
