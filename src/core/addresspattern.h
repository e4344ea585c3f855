// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

class QDataStream;

namespace pasapas
{

/// A page address with `*` wildcards: "https://www.caf.fr/allocataires/*".
class AddressPattern
{
public:
    AddressPattern() = default;

    /// Parses a pattern; on failure returns an invalid pattern and sets *error
    /// to a plain French reason.
    static AddressPattern parse(const QString &pattern, QString *error = nullptr);

    /// One pattern that matches where any of these does: a step that applies on
    /// several sites, such as the identity providers a FranceConnect sign-in
    /// passes through. Invalid patterns are left out.
    static AddressPattern anyOf(const QList<AddressPattern> &patterns);

    [[nodiscard]] bool isValid() const
    {
        // parse() sets m_pattern only with a well-formed expression: asking the
        // expression itself would compile it (and JIT it), which loading must not pay for.
        return !m_pattern.isEmpty();
    }
    [[nodiscard]] bool matches(const QUrl &url) const;
    [[nodiscard]] QString pattern() const
    {
        return m_pattern;
    }
    /// The host part, possibly with wildcards ("*.caf.fr", "emploi.localhost:*");
    /// the first one for a pattern made with anyOf().
    [[nodiscard]] QString hostPart() const
    {
        return m_hosts.value(0);
    }
    /// Every host part (one, except for a pattern made with anyOf()).
    [[nodiscard]] QStringList hostParts() const
    {
        return m_hosts;
    }

private:
    // Kept as it is in the catalog cache (catalogcache.cpp), without parsing it again.
    friend QDataStream &operator<<(QDataStream &out, const AddressPattern &pattern);
    friend QDataStream &operator>>(QDataStream &in, AddressPattern &pattern);

    QString m_pattern;
    QStringList m_hosts;
    QRegularExpression m_regex;
};

/// An allowed host: "www.caf.fr", "*.caf.fr" (also matches caf.fr), optional
/// port: "*.localhost:*".
class HostPattern
{
public:
    static HostPattern parse(const QString &pattern, QString *error = nullptr);

    [[nodiscard]] bool isValid() const
    {
        return !m_host.isEmpty();
    }
    [[nodiscard]] bool matches(const QString &host, int port = -1) const;
    /// True when every host the address pattern's host part can name is allowed
    /// by this pattern (used to check that guide addresses are reachable).
    [[nodiscard]] bool covers(const QString &hostPart) const;
    [[nodiscard]] QString pattern() const
    {
        return m_pattern;
    }

private:
    QString m_pattern;
    QString m_host; ///< without the "*." prefix
    bool m_subdomains = false;
    QString m_port; ///< empty: default port only; "*": any; or a number
};

/// True when url's host (and port) is allowed by one of the patterns.
[[nodiscard]] bool hostAllowed(const QList<HostPattern> &patterns, const QUrl &url);

} // namespace pasapas
