// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefailure.h"

namespace pasapas
{

LoadVerdict classifyFailedLoad(LoadErrorDomain domain, int errorCode)
{
    if (domain == LoadErrorDomain::None) {
        return {};
    }
    if (errorCode == kNetErrorBlockedByClient) {
        // The friendly refusal is already up; the page under it is gone.
        return {PageFailure::None, true};
    }
    const bool siteAnswered = domain == LoadErrorDomain::Http || domain == LoadErrorDomain::HttpStatus;
    if (errorCode == kNetErrorAborted && !siteAnswered) {
        return {}; // replaced by the next page: nothing failed
    }
    if (domain == LoadErrorDomain::Certificate) {
        return {PageFailure::Unsafe, false};
    }
    return {siteAnswered ? PageFailure::Site : PageFailure::Network, false};
}

} // namespace pasapas
