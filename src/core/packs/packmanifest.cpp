// SPDX-License-Identifier: GPL-3.0-or-later
#include "packmanifest.h"
#include "jsonpositions.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pasapas
{

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

qint64 packVersionFor(const QDateTime &date)
{
    return date.toUTC().toString(u"yyyyMMddHHmm"_s).toLongLong();
}

QByteArray PackManifest::toJson() const
{
    QJsonArray guideArray;
    for (const GuideRef &guide : guides) {
        guideArray.append(QJsonObject{{u"id"_s, guide.id}, {u"version"_s, guide.version}, {u"folder"_s, guide.folder}});
    }
    QJsonObject fileObject;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        fileObject.insert(it.key(), QString::fromLatin1(it.value()));
    }
    const QJsonObject root{
        {u"format"_s, u"pasapas-guide-pack"_s},
        {u"formatVersion"_s, formatVersion},
        {u"version"_s, version},
        {u"date"_s, date.toUTC().toString(Qt::ISODate)},
        {u"guides"_s, guideArray},
        {u"files"_s, fileObject},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<PackManifest> PackManifest::fromJson(const QByteArray &json, const QString &file, Diagnostic *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        const TextPosition where = JsonPositions::fromOffset(json, parseError.offset);
        *problem = {file, where.line, where.column, QString(), Diagnostic::Severity::Error, u"le manifeste n'est pas un objet JSON valide"_s};
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const auto fail = [&](const QString &pointer, const QString &message) {
        const TextPosition where = JsonPositions::scan(json).value(pointer);
        *problem = {file, where.line, where.column, pointer, Diagnostic::Severity::Error, message};
        return std::nullopt;
    };
    if (root.value(u"format"_s).toString() != u"pasapas-guide-pack"_s) {
        return fail(u"/format"_s, u"ce n'est pas le manifeste d'un paquet de guides Pas à pas"_s);
    }
    if (root.value(u"formatVersion"_s).toInt() != formatVersion) {
        return fail(u"/formatVersion"_s, u"version de format de paquet inconnue (cette application lit la version %1)"_s.arg(formatVersion));
    }
    PackManifest manifest;
    manifest.version = root.value(u"version"_s).toInteger(0);
    if (manifest.version <= 0) {
        return fail(u"/version"_s, u"la version du paquet doit être un nombre entier positif"_s);
    }
    manifest.date = QDateTime::fromString(root.value(u"date"_s).toString(), Qt::ISODate);
    if (!manifest.date.isValid()) {
        return fail(u"/date"_s, u"la date du paquet n'est pas une date ISO 8601"_s);
    }
    const QJsonArray guideArray = root.value(u"guides"_s).toArray();
    for (qsizetype i = 0; i < guideArray.size(); ++i) {
        const QJsonObject g = guideArray.at(i).toObject();
        GuideRef ref{g.value(u"id"_s).toString(), g.value(u"version"_s).toInt(0), g.value(u"folder"_s).toString()};
        if (ref.id.isEmpty() || ref.version <= 0 || !ref.folder.startsWith(u"guides/"_s)) {
            return fail(u"/guides/%1"_s.arg(i), u"un guide du manifeste n'a pas d'identifiant, de version ou de dossier valide"_s);
        }
        manifest.guides.append(ref);
    }
    if (manifest.guides.isEmpty()) {
        return fail(u"/guides"_s, u"le paquet ne contient aucun guide"_s);
    }
    const QJsonObject fileObject = root.value(u"files"_s).toObject();
    for (auto it = fileObject.constBegin(); it != fileObject.constEnd(); ++it) {
        const QByteArray hash = it.value().toString().toLatin1();
        if (hash.size() != 64 || QByteArray::fromHex(hash).toHex() != hash) {
            return fail(u"/files/"_s + JsonPositions::escapeToken(it.key()), u"l'empreinte SHA-256 de « %1 » n'est pas valide"_s.arg(it.key()));
        }
        manifest.files.insert(it.key(), hash);
    }
    return manifest;
}

} // namespace pasapas
