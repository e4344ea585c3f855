// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace pasapas
{

/// Why a pack address cannot be used (plain French), or empty when it can:
/// HTTPS, or HTTP only for localhost and *.localhost (a server on the tablet,
/// tests), since the signature, not the connection, is what is trusted.
[[nodiscard]] QString packAddressProblem(const QUrl &address);

/// Where to connect for an address: localhost names go to 127.0.0.1
/// (RFC 6761; the system resolver may not know *.localhost).
[[nodiscard]] QUrl packConnectionUrl(const QUrl &address);

/// The signature's address: the pack's, with ".minisig" after its path.
[[nodiscard]] QUrl packSignatureUrl(const QUrl &address);

} // namespace pasapas
