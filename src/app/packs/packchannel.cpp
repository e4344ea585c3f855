// SPDX-License-Identifier: GPL-3.0-or-later
#include "packchannel.h"
#include "logging.h"
#include "minisign.h"
#include "packaddress.h"
#include "preferences.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QList<minisign::PublicKey> keysOf(const QString &text)
{
    QString ignored;
    return minisign::parsePublicKeys(text, &ignored).value_or(QList<minisign::PublicKey>());
}
} // namespace

PackChannel::PackChannel(Preferences *preferences, const QString &storeRoot, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_store(storeRoot)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PackChannel::checkNow);
    m_timer.start();
    if (!address().isEmpty()) {
        QTimer::singleShot(firstCheckDelayMs, this, &PackChannel::checkNow);
    }
}

PackChannel::~PackChannel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QString PackChannel::address() const
{
    return m_preferences->packAddress();
}

QString PackChannel::trustedKeys() const
{
    return m_preferences->packTrustedKeys();
}

QStringList PackChannel::trustedKeyIds() const
{
    QStringList ids;
    for (const minisign::PublicKey &key : keysOf(trustedKeys())) {
        ids.append(minisign::keyIdText(key.keyId));
    }
    return ids;
}

QDateTime PackChannel::lastCheck() const
{
    return QDateTime::fromString(m_preferences->packLastCheck(), Qt::ISODate);
}

QString PackChannel::lastResult() const
{
    return m_preferences->packLastResult();
}

bool PackChannel::lastCheckOk() const
{
    return m_preferences->packLastCheckOk();
}

qint64 PackChannel::installedVersion() const
{
    const auto current = m_store.current();
    return current ? current->version : 0;
}

QDateTime PackChannel::installedDate() const
{
    const auto current = m_store.current();
    return current ? current->date : QDateTime();
}

int PackChannel::installedGuideCount() const
{
    const auto current = m_store.current();
    return current ? current->guideCount : 0;
}

qint64 PackChannel::previousVersion() const
{
    const auto previous = m_store.previous();
    return previous ? previous->version : 0;
}

QString PackChannel::configure(const QString &newAddress, const QString &newKeys)
{
    const QString trimmed = newAddress.trimmed();
    if (!trimmed.isEmpty()) {
        const QString problem = packAddressProblem(QUrl(trimmed));
        if (!problem.isEmpty()) {
            return u"Adresse refusée : %1."_s.arg(problem);
        }
    }
    QString keyProblem;
    const auto keys = minisign::parsePublicKeys(newKeys, &keyProblem);
    if (!keys) {
        return u"Clé refusée, %1."_s.arg(keyProblem);
    }
    if (!trimmed.isEmpty() && keys->isEmpty()) {
        return u"Il faut au moins une clé publique de confiance (le contenu du fichier .pub)."_s;
    }
    if (trimmed != address() || newKeys.trimmed() != trustedKeys()) {
        m_preferences->setPackAddress(trimmed);
        m_preferences->setPackTrustedKeys(newKeys.trimmed());
        m_preferences->setPackETag(QString()); // another address: ask for the whole pack again
        m_preferences->save();
        Q_EMIT settingsChanged();
    }
    return {};
}

QNetworkReply *PackChannel::get(const QUrl &address, const QString &etag)
{
    QNetworkRequest request(packConnectionUrl(address));
    if (request.url().host() != address.host()) {
        request.setRawHeader("Host", (address.port() > 0 ? u"%1:%2"_s.arg(address.host()).arg(address.port()) : address.host()).toUtf8());
    }
    if (!etag.isEmpty()) {
        request.setRawHeader("If-None-Match", etag.toUtf8());
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(60 * 1000);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > maxPackBytes) {
            reply->abort();
        }
    });
    return reply;
}

void PackChannel::checkNow()
{
    if (m_checking) {
        return;
    }
    const QUrl url(address());
    if (address().isEmpty() || !packAddressProblem(url).isEmpty()) {
        return; // no channel set: nothing to say
    }
    // The ETag says "I have this one" only while the store remembers a pack
    // (installed, or rolled back); a wiped data folder asks for the whole pack.
    const QString etag = m_store.floor() > 0 ? m_preferences->packETag() : QString();
    m_reply = get(url, etag);
    m_checking = true;
    Q_EMIT checkingChanged();
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply] {
        packArrived(reply);
    });
}

void PackChannel::packArrived(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304) {
        finish(true, u"Les guides sont à jour : le paquet n'a pas changé sur le serveur."_s);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        finish(false, u"Le serveur des guides n'a pas pu être joint (%1). Les guides actuels restent en place."_s.arg(reply->errorString()));
        return;
    }
    const QByteArray pack = reply->readAll();
    const QString etag = QString::fromUtf8(reply->rawHeader("ETag"));
    QNetworkReply *signatureReply = get(packSignatureUrl(QUrl(address())), QString());
    m_reply = signatureReply;
    connect(signatureReply, &QNetworkReply::finished, this, [this, signatureReply, pack, etag] {
        signatureArrived(signatureReply, pack, etag);
    });
}

void PackChannel::signatureArrived(QNetworkReply *reply, const QByteArray &pack, const QString &etag)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->error() != QNetworkReply::NoError) {
        finish(false, u"La signature du paquet (%1.minisig) n'a pas pu être téléchargée (%2). Les guides actuels restent en place."_s.arg(address(), reply->errorString()));
        return;
    }
    // Unpacking and checking every guide takes a while (bench_packs): off the
    // interface's thread, so that a person in a session never waits for it.
    auto *watcher = new QFutureWatcher<PackCheck>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, etag] {
        watcher->deleteLater();
        installDone(watcher->result(), etag);
    });
    watcher->setFuture(QtConcurrent::run([root = m_store.root(), pack, signature = reply->readAll(), keys = keysOf(trustedKeys())] {
        return PackStore(root).install(pack, signature, keys, QDateTime::currentDateTimeUtc());
    }));
}

void PackChannel::installDone(const PackCheck &check, const QString &etag)
{
    if (check.ok()) {
        m_preferences->setPackETag(etag);
        qCInfo(lcGuides, "installed guide pack version %lld signed by %s", check.manifest.version, qPrintable(check.keyId));
        Q_EMIT installedChanged();
        Q_EMIT guidesChanged();
        finish(true, u"Nouveau paquet installé : version %1, %2 guide(s)."_s.arg(check.manifest.version).arg(check.manifest.guides.size()));
        return;
    }
    if (check.problem == PackProblem::NotNewer) {
        m_preferences->setPackETag(etag); // a good pack, just not newer: no need to download it again
    }
    for (const Diagnostic &diagnostic : check.diagnostics) {
        qCInfo(lcGuides, "%s", qPrintable(diagnostic.toString()));
    }
    qCWarning(lcGuides, "guide pack refused: %s", qPrintable(check.message));
    finish(false, u"Paquet refusé : %1. Les guides actuels restent en place."_s.arg(check.message));
}

void PackChannel::finish(bool ok, const QString &result)
{
    m_checking = false;
    m_preferences->setPackLastCheck(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_preferences->setPackLastResult(result);
    m_preferences->setPackLastCheckOk(ok);
    m_preferences->save();
    Q_EMIT checkingChanged();
    Q_EMIT checked();
}

bool PackChannel::rollBack()
{
    if (m_checking || !m_store.rollBack()) { // never while an install may be writing
        return false;
    }
    Q_EMIT installedChanged();
    Q_EMIT guidesChanged();
    return true;
}

} // namespace pasapas
