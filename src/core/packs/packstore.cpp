// SPDX-License-Identifier: GPL-3.0-or-later
#include "packstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{

const QString stateFile = u"installed.json"_s;

QJsonObject toJson(const PackStore::Installed &installed)
{
    return {
        {u"version"_s, installed.version},
        {u"date"_s, installed.date.toUTC().toString(Qt::ISODate)},
        {u"installedAt"_s, installed.installedAt.toUTC().toString(Qt::ISODate)},
        {u"folder"_s, installed.folder},
        {u"guides"_s, installed.guideCount},
    };
}

std::optional<PackStore::Installed> fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    PackStore::Installed installed{o.value(u"version"_s).toInteger(0),
                                   QDateTime::fromString(o.value(u"date"_s).toString(), Qt::ISODate),
                                   QDateTime::fromString(o.value(u"installedAt"_s).toString(), Qt::ISODate),
                                   o.value(u"folder"_s).toString(),
                                   o.value(u"guides"_s).toInt()};
    // A folder name, never a path: installed.json cannot point outside the store.
    if (installed.version <= 0 || installed.folder.isEmpty() || installed.folder.contains(u'/') || installed.folder.startsWith(u'.')) {
        return std::nullopt;
    }
    return installed;
}

} // namespace

PackStore::PackStore(QString root)
    : m_root(std::move(root))
{
}

QString PackStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/packs"_s;
}

PackStore::State PackStore::readState() const
{
    QFile file(QDir(m_root).filePath(stateFile));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    State state{fromJson(root.value(u"current"_s)), fromJson(root.value(u"previous"_s)), root.value(u"floor"_s).toInteger(0)};
    if (state.current && !QDir(QDir(m_root).filePath(state.current->folder)).exists()) {
        state.current.reset();
    }
    if (state.previous && !QDir(QDir(m_root).filePath(state.previous->folder)).exists()) {
        state.previous.reset();
    }
    return state;
}

bool PackStore::writeState(const State &state) const
{
    QJsonObject root{{u"floor"_s, state.floor}};
    if (state.current) {
        root.insert(u"current"_s, toJson(*state.current));
    }
    if (state.previous) {
        root.insert(u"previous"_s, toJson(*state.previous));
    }
    QSaveFile file(QDir(m_root).filePath(stateFile)); // written beside, then renamed over
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) >= 0 && file.commit();
}

std::optional<PackStore::Installed> PackStore::current() const
{
    return readState().current;
}

std::optional<PackStore::Installed> PackStore::previous() const
{
    return readState().previous;
}

QString PackStore::guidesDir() const
{
    const auto installed = current();
    return installed ? QDir(m_root).filePath(installed->folder + u"/guides"_s) : QString();
}

qint64 PackStore::floor() const
{
    const State state = readState();
    return std::max(state.floor, state.current ? state.current->version : 0);
}

PackCheck PackStore::install(const QByteArray &archive, const QByteArray &signature, const QList<minisign::PublicKey> &trusted, const QDateTime &now)
{
    PackCheck check;
    State state = readState();
    if (!QDir().mkpath(m_root)) {
        check.problem = PackProblem::DiskError;
        check.message = u"le dossier des paquets %1 n'a pas pu être créé"_s.arg(m_root);
        return check;
    }
    QTemporaryDir incoming(QDir(m_root).filePath(u".incoming-XXXXXX"_s));
    if (!incoming.isValid()) {
        check.problem = PackProblem::DiskError;
        check.message = u"pas de place pour déballer le paquet (disque plein ?)"_s;
        return check;
    }
    check = checkPack(archive, signature, trusted, std::max(state.floor, state.current ? state.current->version : 0), incoming.path());
    if (!check.ok()) {
        return check;
    }
    Installed installed{check.manifest.version, check.manifest.date, now, u"pack-%1"_s.arg(check.manifest.version), int(check.manifest.guides.size())};
    const QString target = QDir(m_root).filePath(installed.folder);
    QDir(target).removeRecursively(); // a leftover of a cut install of this very version
    if (!QDir().rename(incoming.path(), target)) {
        check.problem = PackProblem::DiskError;
        check.message = u"le paquet n'a pas pu être mis en place dans %1"_s.arg(target);
        return check;
    }
    incoming.setAutoRemove(false);
    State next{installed, state.current, state.floor};
    if (!writeState(next)) {
        QDir(target).removeRecursively();
        check.problem = PackProblem::DiskError;
        check.message = u"l'état des paquets n'a pas pu être enregistré (disque plein ?)"_s;
        return check;
    }
    removeUnused(next);
    return check;
}

bool PackStore::rollBack()
{
    State state = readState();
    if (!state.current) {
        return false;
    }
    const State next{state.previous, std::nullopt, std::max(state.floor, state.current->version)};
    // The rolled-back folder stays until the next install: a session may still show its pictograms.
    return writeState(next);
}

void PackStore::removeUnused(const State &state) const
{
    const QDir root(m_root);
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &folder : folders) {
        const bool kept = (state.current && state.current->folder == folder) || (state.previous && state.previous->folder == folder);
        if (!kept) {
            QDir(root.filePath(folder)).removeRecursively();
        }
    }
}

} // namespace pasapas
