// SPDX-License-Identifier: GPL-3.0-or-later
#include "packaddress.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
bool isLocalhost(const QString &host)
{
    const QString lower = host.toLower();
    return lower == u"localhost"_s || lower.endsWith(u".localhost"_s);
}
} // namespace

QString packAddressProblem(const QUrl &address)
{
    if (!address.isValid() || address.host().isEmpty() || address.path().isEmpty() || address.path().endsWith(u'/')) {
        return u"l'adresse doit mener au fichier du paquet, par exemple https://guides.exemple.org/pasapas/guides.tar.zst"_s;
    }
    if (!address.userInfo().isEmpty()) {
        return u"l'adresse ne doit contenir ni nom d'utilisateur ni mot de passe"_s;
    }
    if (address.scheme() == u"https"_s) {
        return {};
    }
    if (address.scheme() == u"http"_s && isLocalhost(address.host())) {
        return {};
    }
    return u"l'adresse doit commencer par https:// (http:// n'est accepté que pour *.localhost)"_s;
}

QUrl packConnectionUrl(const QUrl &address)
{
    QUrl url = address;
    if (isLocalhost(url.host())) {
        url.setHost(u"127.0.0.1"_s);
    }
    return url;
}

QUrl packSignatureUrl(const QUrl &address)
{
    QUrl url = address;
    url.setPath(url.path() + u".minisig"_s);
    return url;
}

} // namespace pasapas
