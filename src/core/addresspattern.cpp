// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresspattern.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
const QRegularExpression &addressShape()
{
    static const QRegularExpression re(u"^(https?|\\*)://([^/?#]*)(.*)$"_s);
    return re;
}

const QRegularExpression &hostShape()
{
    // labels of letters, digits, hyphens or *, separated by dots; optional :port or :*
    static const QRegularExpression re(u"^(\\*|[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?)(\\.[a-z0-9*]([a-z0-9*-]*[a-z0-9*])?)*(:(\\*|[0-9]{1,5}))?$"_s);
    return re;
}

const QRegularExpression &allowedHostShape()
{
    static const QRegularExpression re(u"^(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:(\\*|[0-9]{1,5}))?$"_s);
    return re;
}

QString normalizedUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.path().isEmpty()) {
        copy.setPath(u"/"_s);
    }
    return copy.toString();
}
} // namespace

AddressPattern AddressPattern::parse(const QString &pattern, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error) {
            *error = reason;
        }
        return AddressPattern();
    };
    if (pattern.trimmed().isEmpty()) {
        return fail(u"l'adresse est vide"_s);
    }
    if (pattern.startsWith(u"javascript:"_s, Qt::CaseInsensitive)) {
        return fail(u"les adresses javascript: sont interdites (un guide ne contient jamais de code)"_s);
    }
    for (const QChar c : pattern) {
        if (c.isSpace()) {
            return fail(u"une adresse ne contient pas d'espace"_s);
        }
    }
    const auto match = addressShape().match(pattern);
    if (!match.hasMatch()) {
        return fail(u"une adresse commence par https:// ou http://"_s);
    }
    const QString host = match.captured(2).toLower();
    if (host.isEmpty()) {
        return fail(u"il manque le nom du site après « // »"_s);
    }
    if (!hostShape().match(host).hasMatch()) {
        return fail(u"le nom du site « %1 » n'est pas valide"_s.arg(host));
    }
    AddressPattern result;
    result.m_pattern = pattern;
    result.m_hosts = {host};
    // In the host, * stays within the host name; in the rest, it matches anything.
    const auto globToRegex = [](const QString &glob, const QString &star) {
        QString out;
        const QStringList pieces = glob.split(u'*');
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0) {
                out += star;
            }
            out += QRegularExpression::escape(pieces.at(i));
        }
        return out;
    };
    const QString scheme = match.captured(1) == u"*" ? u"https?"_s : match.captured(1);
    const QString rest = match.captured(3).isEmpty() ? u"/"_s : match.captured(3);
    QString regex = u"^"_s + scheme + u"://"_s + globToRegex(host, u"[^/?#]*"_s) + globToRegex(rest, u".*"_s);
    regex += u'$';
    result.m_regex = QRegularExpression(regex, QRegularExpression::DontCaptureOption);
    return result;
}

AddressPattern AddressPattern::anyOf(const QList<AddressPattern> &patterns)
{
    AddressPattern result;
    QStringList texts;
    QStringList regexes;
    for (const AddressPattern &pattern : patterns) {
        if (!pattern.isValid()) {
            continue;
        }
        texts.append(pattern.m_pattern);
        result.m_hosts.append(pattern.m_hosts);
        regexes.append(u"(?:"_s + pattern.m_regex.pattern() + u')');
    }
    if (texts.isEmpty()) {
        return {};
    }
    result.m_pattern = texts.join(u" | "_s);
    result.m_regex = QRegularExpression(regexes.join(u'|'), QRegularExpression::DontCaptureOption);
    return result;
}

bool AddressPattern::matches(const QUrl &url) const
{
    return isValid() && m_regex.match(normalizedUrl(url)).hasMatch();
}

HostPattern HostPattern::parse(const QString &pattern, QString *error)
{
    const QString lower = pattern.trimmed().toLower();
    if (!allowedHostShape().match(lower).hasMatch() || lower != pattern) {
        if (error) {
            // Shown to the mediator (the allow-list) in the interface's language.
            *error = QCoreApplication::translate("HostList", "un hôte s'écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)");
        }
        return {};
    }
    HostPattern result;
    result.m_pattern = pattern;
    QString host = lower;
    const qsizetype colon = host.indexOf(u':');
    if (colon >= 0) {
        result.m_port = host.mid(colon + 1);
        host.truncate(colon);
    }
    if (host.startsWith(u"*."_s)) {
        result.m_subdomains = true;
        host.remove(0, 2);
    }
    result.m_host = host;
    return result;
}

bool HostPattern::matches(const QString &host, int port) const
{
    if (!isValid()) {
        return false;
    }
    const QString h = host.toLower();
    const bool hostOk = h == m_host || (m_subdomains && h.endsWith(u'.' + m_host));
    if (!hostOk) {
        return false;
    }
    if (m_port == u"*") {
        return true;
    }
    if (m_port.isEmpty()) {
        return port == -1 || port == 80 || port == 443;
    }
    return port == m_port.toInt();
}

bool HostPattern::covers(const QString &hostPart) const
{
    QString host = hostPart;
    QString port;
    const qsizetype colon = host.indexOf(u':');
    if (colon >= 0) {
        port = host.mid(colon + 1);
        host.truncate(colon);
    }
    if (!port.isEmpty() && m_port != u"*" && port != m_port) {
        return false;
    }
    if (port.isEmpty() && !m_port.isEmpty() && m_port != u"*") {
        return false;
    }
    if (host.startsWith(u"*."_s)) {
        // "*.x.fr" is covered by "*.x.fr" or "*.fr"-like wider patterns
        const QString rest = host.mid(2);
        return m_subdomains && (rest == m_host || rest.endsWith(u'.' + m_host));
    }
    if (host.contains(u'*')) {
        return false;
    }
    return host == m_host || (m_subdomains && host.endsWith(u'.' + m_host));
}

bool hostAllowed(const QList<HostPattern> &patterns, const QUrl &url)
{
    const QString host = url.host();
    const int port = url.port();
    return std::any_of(patterns.cbegin(), patterns.cend(), [&](const HostPattern &p) {
        return p.matches(host, port);
    });
}

} // namespace pasapas
