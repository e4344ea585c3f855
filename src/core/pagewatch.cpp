// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagewatch.h"

namespace pasapas
{

namespace
{
bool sameLocators(const QList<Locator> &a, const QList<Locator> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Locator &x, const Locator &y) {
        return x.kind == y.kind && x.value == y.value && x.name == y.name;
    });
}
} // namespace

bool PageWatch::operator==(const PageWatch &other) const
{
    const bool sameNext = (!next && !other.next) || (next && other.next && *next == *other.next);
    return stepId == other.stepId && sameLocators(target, other.target) && frame == other.frame && completion == other.completion && insist == other.insist
        && sensitive == other.sensitive && sameLocators(appears, other.appears) && sameLocators(skipPresent, other.skipPresent) && sameNext;
}

} // namespace pasapas
