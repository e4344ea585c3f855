// SPDX-License-Identifier: GPL-3.0-or-later
// Back on track through the web view's history: where the good page is in
// the pages behind the current one (apart from sessionengine.cpp, which
// holds the state machine's events).
#include "sessionengine.h"

namespace pasapas
{

int backOffsetTo(const QList<QUrl> &backPages, const QUrl &good, const AddressPattern &page)
{
    for (qsizetype i = backPages.size() - 1; i >= 0; --i) {
        const QUrl &url = backPages.at(i);
        if ((good.isValid() && url.adjusted(QUrl::RemoveFragment) == good.adjusted(QUrl::RemoveFragment)) || (page.isValid() && page.matches(url))) {
            return int(i - backPages.size());
        }
    }
    return 0;
}

} // namespace pasapas
