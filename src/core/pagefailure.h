// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace pasapas
{

/// Holds the PageFailure enum so that QML sees it (as PageFailure.Network…).
namespace PageFailureEnum
{
Q_NAMESPACE

/// Why the page of a session is not there, for the friendly page problem.
enum class PageFailure {
    None,
    Network, ///< the site could not be reached (no Wi-Fi, DNS, connection refused…)
    Site, ///< the site answered with an error (HTTP 4xx, 5xx)
    Crash, ///< the page's renderer ended twice in a short while (crash, out of memory)
    Unsafe, ///< the site's certificate is not valid (a fake site, or the tablet's clock is wrong)
    Slow, ///< the page has been loading for a long while (the site hangs)
};
Q_ENUM_NS(PageFailure)
} // namespace PageFailureEnum

using PageFailure = PageFailureEnum::PageFailure;

/// Where a failed load's error comes from, as Chromium says.
enum class LoadErrorDomain {
    None, ///< no error
    Internal,
    Connection,
    Certificate,
    Http, ///< the site's answer broke the HTTP protocol
    Ftp,
    Dns,
    HttpStatus, ///< the site answered with an error status (404, 500…)
};

/// What a failed load means for the person.
struct LoadVerdict
{
    PageFailure failure = PageFailure::None;
    /// The session refused the page (the friendly refusal is up) and the page under it is gone.
    bool pageLost = false;
    bool operator==(const LoadVerdict &) const = default;
};

/// Chromium's net error codes that do not mean the site failed.
constexpr int kNetErrorAborted = -3; ///< ERR_ABORTED: a new navigation replaced this one
constexpr int kNetErrorBlockedByClient = -20; ///< ERR_BLOCKED_BY_CLIENT: the session's profile refused it

/// Classifies a failed load from its error domain and Chromium net error code.
[[nodiscard]] LoadVerdict classifyFailedLoad(LoadErrorDomain domain, int errorCode);

} // namespace pasapas
