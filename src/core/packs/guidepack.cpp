// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidepack.h"
#include "guideloader.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{

/// Larger than any real pack by far (100 guides in 10 languages weigh well under 1 MB).
constexpr qint64 maxUnpackedBytes = 256 * 1024 * 1024;
const QString manifestName = QString::fromLatin1(PackManifest::fileName);

QByteArray compress(const QByteArray &tar)
{
    QByteArray out;
    QBuffer buffer(&out);
    KCompressionDevice device(&buffer, false, KCompressionDevice::Zstd);
    if (!device.open(QIODevice::WriteOnly) || device.write(tar) != tar.size()) {
        return {};
    }
    device.close();
    return out;
}

/// The tar inside, or nothing when the stream is cut or damaged.
std::optional<QByteArray> decompress(const QByteArray &archive)
{
    QByteArray in = archive;
    QBuffer buffer(&in);
    KCompressionDevice device(&buffer, false, KCompressionDevice::Zstd);
    if (!device.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QByteArray tar;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = device.read(chunk, sizeof chunk);
        if (n < 0 || device.error() != QFileDevice::NoError || tar.size() > maxUnpackedBytes) {
            return std::nullopt;
        }
        if (n == 0) {
            break;
        }
        tar.append(chunk, n);
    }
    // A whole tar ends with two zero blocks: a cut one does not.
    if (tar.size() < 1024 || tar.size() % 512 != 0 || tar.right(1024).count('\0') != 1024) {
        return std::nullopt;
    }
    return tar;
}

/// Every file of an archive folder, by path; false on a link or an odd name.
bool collectFiles(const KArchiveDirectory *dir, const QString &prefix, QMap<QString, QByteArray> &files, QString *odd)
{
    for (const QString &name : dir->entries()) {
        const KArchiveEntry *entry = dir->entry(name);
        const QString path = prefix + name;
        if (name == u".."_s || name == u"."_s || name.contains(u'\\') || !entry->symLinkTarget().isEmpty()) {
            *odd = path;
            return false;
        }
        if (entry->isDirectory()) {
            if (!collectFiles(static_cast<const KArchiveDirectory *>(entry), path + u'/', files, odd)) {
                return false;
            }
        } else {
            files.insert(path, static_cast<const KArchiveFile *>(entry)->data());
        }
    }
    return true;
}

PackCheck refuse(PackCheck check, PackProblem problem, const QString &message)
{
    check.problem = problem;
    check.message = message;
    return check;
}

} // namespace

QByteArray makeArchive(const QList<std::pair<QString, QByteArray>> &files, const QDateTime &date)
{
    QByteArray tar;
    QBuffer buffer(&tar);
    KTar archive(&buffer);
    if (!archive.open(QIODevice::WriteOnly)) {
        return {};
    }
    for (const auto &[path, data] : files) {
        archive.writeFile(path, data, 0644, u"pasapas"_s, u"pasapas"_s, date, date, date);
    }
    archive.close();
    tar.append(QByteArray(1024, '\0')); // the end-of-archive marker KTar leaves out
    return compress(tar);
}

PackBuild makePack(const QString &guidesDir, qint64 version, const QDateTime &date)
{
    PackBuild build;
    GuideFolderResult loaded = loadGuideFolder(guidesDir);
    build.diagnostics = loaded.diagnostics;
    if (hasErrors(loaded.diagnostics)) {
        build.error = u"un guide a une erreur : le paquet n'est pas fait"_s;
        return build;
    }
    if (loaded.guides.isEmpty()) {
        build.error = u"aucun guide dans %1 (il faut des dossiers DOSSIER/*/guide.json)"_s.arg(guidesDir);
        return build;
    }
    build.manifest.version = version;
    build.manifest.date = date.toUTC();
    QList<std::pair<QString, QByteArray>> files;
    for (const Guide &guide : std::as_const(loaded.guides)) {
        const QDir folder = QFileInfo(guide.filePath).dir();
        const QString prefix = u"guides/"_s + folder.dirName();
        build.manifest.guides.append({guide.id, guide.version, prefix});
        QDirIterator it(folder.path(), QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext()) {
            paths.append(it.next());
        }
        paths.sort();
        for (const QString &path : std::as_const(paths)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                build.error = u"%1 ne peut pas être lu"_s.arg(path);
                return build;
            }
            const QString name = prefix + u'/' + folder.relativeFilePath(path);
            const QByteArray data = file.readAll();
            build.manifest.files.insert(name, sha256Hex(data));
            files.append({name, data});
        }
    }
    files.prepend({manifestName, build.manifest.toJson()});
    build.archive = makeArchive(files, build.manifest.date);
    if (build.archive.isEmpty()) {
        build.error = u"l'archive n'a pas pu être faite"_s;
    }
    return build;
}

PackCheck checkPack(const QByteArray &archive, const QByteArray &signature, const QList<minisign::PublicKey> &trusted, qint64 newerThan, const QString &extractDir)
{
    PackCheck check;
    const minisign::Verification verification = minisign::verify(archive, signature, trusted);
    check.keyId = verification.keyId;
    switch (verification.result) {
    case minisign::Verification::Result::Valid:
        break;
    case minisign::Verification::Result::Unreadable:
        return refuse(check, PackProblem::UnreadableSignature, verification.message);
    case minisign::Verification::Result::UnknownKey:
        return refuse(check, PackProblem::UnknownKey, verification.message);
    case minisign::Verification::Result::BadSignature:
        return refuse(check, PackProblem::BadSignature, verification.message);
    case minisign::Verification::Result::BadTrustedComment:
        return refuse(check, PackProblem::BadTrustedComment, verification.message);
    }

    const std::optional<QByteArray> tar = decompress(archive);
    QByteArray tarData = tar.value_or(QByteArray());
    QBuffer tarBuffer(&tarData);
    KTar reader(&tarBuffer);
    if (!tar || !reader.open(QIODevice::ReadOnly)) {
        return refuse(check, PackProblem::BrokenArchive, u"l'archive du paquet est tronquée ou illisible (un fichier .tar.zst complet est attendu)"_s);
    }
    QMap<QString, QByteArray> files;
    QString odd;
    if (!collectFiles(reader.directory(), QString(), files, &odd)) {
        return refuse(check, PackProblem::ExtraFile, u"l'archive contient « %1 », qui n'est ni un fichier ni un dossier ordinaire"_s.arg(odd));
    }
    if (!files.contains(manifestName)) {
        return refuse(check, PackProblem::BadManifest, u"le paquet n'a pas de manifeste (manifest.json)"_s);
    }
    Diagnostic problem;
    const auto manifest = PackManifest::fromJson(files.take(manifestName), manifestName, &problem);
    if (!manifest) {
        check.diagnostics.append(problem);
        return refuse(check, PackProblem::BadManifest, u"le manifeste du paquet est invalide : %1"_s.arg(problem.message));
    }
    check.manifest = *manifest;
    if (manifest->version <= newerThan) {
        return refuse(check,
                      PackProblem::NotNewer,
                      u"le paquet (version %1) n'est pas plus récent que la version %2 : un retour en arrière est refusé"_s.arg(manifest->version).arg(newerThan));
    }
    for (auto it = manifest->files.cbegin(); it != manifest->files.cend(); ++it) {
        const auto found = files.constFind(it.key());
        if (found == files.cend()) {
            return refuse(check, PackProblem::MissingFile, u"il manque le fichier « %1 » annoncé par le manifeste"_s.arg(it.key()));
        }
        if (sha256Hex(found.value()) != it.value()) {
            return refuse(check, PackProblem::FileMismatch, u"le fichier « %1 » ne correspond pas à son empreinte dans le manifeste"_s.arg(it.key()));
        }
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!manifest->files.contains(it.key())) {
            return refuse(check, PackProblem::ExtraFile, u"le fichier « %1 » n'est pas annoncé par le manifeste"_s.arg(it.key()));
        }
    }

    const QDir root(extractDir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = root.filePath(it.key());
        QFile file(path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.flush()) {
            return refuse(check, PackProblem::DiskError, u"les fichiers du paquet n'ont pas pu être écrits (disque plein ?) : %1"_s.arg(file.errorString()));
        }
    }
    const GuideFolderResult guides = loadGuideFolder(root.filePath(u"guides"_s));
    check.diagnostics.append(guides.diagnostics);
    for (const Diagnostic &diagnostic : guides.diagnostics) {
        if (diagnostic.isError()) {
            const QString file = root.relativeFilePath(diagnostic.file);
            return refuse(check, PackProblem::InvalidGuide, u"le guide %1 est invalide (ligne %2) : %3"_s.arg(file).arg(diagnostic.line).arg(diagnostic.message));
        }
    }
    QSet<QString> announced;
    for (const PackManifest::GuideRef &ref : manifest->guides) {
        announced.insert(ref.id + u'@' + QString::number(ref.version));
    }
    QSet<QString> loadedIds;
    for (const Guide &guide : guides.guides) {
        loadedIds.insert(guide.id + u'@' + QString::number(guide.version));
    }
    if (announced != loadedIds) {
        return refuse(check, PackProblem::BadManifest, u"les guides du paquet ne sont pas ceux que le manifeste annonce (identifiants ou versions)"_s);
    }
    return check;
}

} // namespace pasapas
