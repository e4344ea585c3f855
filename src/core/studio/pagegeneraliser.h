// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "addresspattern.h"

namespace pasapas
{

/// True for a path segment that names one record rather than a page: a
/// number, a UUID, a long hexadecimal or mixed letters-and-digits token.
[[nodiscard]] bool isIdSegment(const QString &segment);

/// The page pattern of an address, for any person doing the procedure:
/// ids and numbers in the path become `*` ("/dossier/123/etape-2" →
/// "/dossier/*/etape-*"), an explicit port becomes `:*`, a query becomes a
/// trailing `*`; user info and fragment are dropped. With generalise false,
/// only the port and the query are generalised.
[[nodiscard]] QString pagePattern(const QUrl &url, bool generalise = true);

/// The address completion of a tap that led from `before` to `after`: the
/// generalised pattern of `after`, or, when it would also match `before`
/// (the step would complete at once), the exact path of `after`. Empty when
/// even that matches `before` (no new page).
[[nodiscard]] QString addressCompletionPattern(const QUrl &before, const QUrl &after);

/// The allowed-host pattern for a page: "www.caf.fr", or "emploi.localhost:*" with a port.
[[nodiscard]] QString hostPatternFor(const QUrl &url);

/// Adds url's host to `hosts` unless one of them allows it already (a
/// recording that hops to an identity provider). True when added.
bool addAllowedHost(QList<HostPattern> &hosts, const QUrl &url);

} // namespace pasapas
