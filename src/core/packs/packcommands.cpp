// SPDX-License-Identifier: GPL-3.0-or-later
#include "packcommands.h"
#include "commandline.h"
#include "guidepack.h"
#include "minisign.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions = {})
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        return false;
    }
    if (permissions && !file.setPermissions(permissions)) {
        return false;
    }
    return file.commit();
}

CommandOutput failure(const QString &message)
{
    return {1, QString(), u"pasapas: "_s + message + u'\n'};
}

} // namespace

CommandOutput runMakeKey(const QString &name)
{
    const QString publicPath = name + u".pub"_s;
    const QString secretPath = name + u".key"_s;
    if (QFile::exists(publicPath) || QFile::exists(secretPath)) {
        return failure(u"%1 or %2 already exists: nothing was written."_s.arg(publicPath, secretPath));
    }
    const minisign::KeyPair pair = minisign::generateKeyPair();
    if (pair.secretKey.key.isEmpty() || !writeFile(secretPath, minisign::secretKeyFile(pair.secretKey), QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !writeFile(publicPath, minisign::publicKeyFile(pair.publicKey))) {
        return failure(u"the key files could not be written."_s);
    }
    CommandOutput output;
    output.out = u"Key %1 written:\n  %2  public: paste its last line into the mediator space of each tablet\n"
                 u"  %3  secret and UNENCRYPTED: keep it on one safe computer, never on a tablet or a server\n"_s.arg(minisign::keyIdText(pair.publicKey.keyId),
                                                                                                                     publicPath,
                                                                                                                     secretPath);
    return output;
}

CommandOutput runPackGuides(const CommandLine &commandLine)
{
    QFile keyFile(commandLine.packKey);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return failure(u"the secret key %1 cannot be read."_s.arg(commandLine.packKey));
    }
    QString problem;
    const auto key = minisign::parseSecretKey(keyFile.readAll(), &problem);
    if (!key) {
        return failure(u"%1: %2"_s.arg(commandLine.packKey, problem));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 version = commandLine.packVersion > 0 ? commandLine.packVersion : packVersionFor(now);
    const PackBuild build = makePack(commandLine.packGuides, version, now);
    CommandOutput output;
    for (const Diagnostic &diagnostic : build.diagnostics) {
        output.err += diagnostic.toString() + u'\n';
    }
    if (!build.error.isEmpty()) {
        output.exitCode = 1;
        output.err += u"pasapas: "_s + build.error + u'\n';
        return output;
    }
    const QString comment = u"timestamp:%1\tfile:%2\thashed\tpasapas-pack-version:%3"_s.arg(now.toSecsSinceEpoch())
                                .arg(QFileInfo(commandLine.packOut).fileName())
                                .arg(version);
    if (!writeFile(commandLine.packOut, build.archive) || !writeFile(commandLine.packOut + u".minisig"_s, minisign::sign(build.archive, *key, comment))) {
        return failure(u"%1 could not be written."_s.arg(commandLine.packOut));
    }
    output.out = u"Pack version %1: %2 guide(s), %3 bytes, signed by key %4:\n  %5\n  %5.minisig\n"_s.arg(version)
                     .arg(build.manifest.guides.size())
                     .arg(build.archive.size())
                     .arg(minisign::keyIdText(key->keyId), commandLine.packOut);
    return output;
}

} // namespace pasapas
