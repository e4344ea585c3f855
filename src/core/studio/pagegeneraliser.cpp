// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagegeneraliser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pasapas
{

bool isIdSegment(const QString &segment)
{
    static const QRegularExpression number(u"^[0-9]+$"_s);
    static const QRegularExpression uuid(u"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"_s);
    static const QRegularExpression hex(u"^[0-9a-fA-F]{8,}$"_s);
    static const QRegularExpression token(u"^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9_-]{10,}$"_s);
    return number.match(segment).hasMatch() || uuid.match(segment).hasMatch() || (hex.match(segment).hasMatch() && segment.contains(QRegularExpression(u"[0-9]"_s)))
        || token.match(segment).hasMatch();
}

QString pagePattern(const QUrl &url, bool generalise)
{
    static const QRegularExpression digits(u"[0-9]+"_s);
    QString host = url.host().toLower();
    if (url.port() != -1) {
        host += u":*"_s;
    }
    QStringList segments = url.path().split(u'/');
    if (generalise) {
        for (QString &segment : segments) {
            if (isIdSegment(segment)) {
                segment = u"*"_s;
            } else {
                segment.replace(digits, u"*"_s);
            }
        }
    }
    QString path = segments.join(u'/');
    if (path.isEmpty()) {
        path = u"/"_s;
    }
    if (url.hasQuery()) {
        path += u"*"_s;
    }
    return url.scheme().toLower() + u"://"_s + host + path;
}

QString addressCompletionPattern(const QUrl &before, const QUrl &after)
{
    for (const bool generalise : {true, false}) {
        const QString pattern = pagePattern(after, generalise);
        const AddressPattern parsed = AddressPattern::parse(pattern);
        if (parsed.isValid() && parsed.matches(after) && !parsed.matches(before)) {
            return pattern;
        }
    }
    return {};
}

QString hostPatternFor(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.port() != -1 ? host + u":*"_s : host;
}

bool addAllowedHost(QList<HostPattern> &hosts, const QUrl &url)
{
    if (url.host().isEmpty() || hostAllowed(hosts, url)) {
        return false;
    }
    const HostPattern pattern = HostPattern::parse(hostPatternFor(url));
    if (!pattern.isValid()) {
        return false;
    }
    hosts.append(pattern);
    return true;
}

} // namespace pasapas
