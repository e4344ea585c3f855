// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageprotocol.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

const QStringList &pageEventNames()
{
    static const QStringList names{u"ready"_s, u"found"_s, u"moved"_s, u"lost"_s, u"covered"_s, u"tapped"_s, u"filled"_s, u"chosen"_s,
                                   u"appeared"_s, u"skipPresent"_s, u"blocked"_s, u"leaving"_s, u"recorded"_s};
    return names;
}

namespace
{
QVariantList locatorsToVariant(const QList<Locator> &locators)
{
    QVariantList list;
    for (const Locator &locator : locators) {
        list.append(QVariantMap{{u"kind"_s, locatorKindName(locator.kind)}, {u"value"_s, locator.value}, {u"name"_s, locator.name}});
    }
    return list;
}
} // namespace

QVariantMap watchToVariant(const PageWatch &watch)
{
    if (watch.isEmpty()) {
        return {};
    }
    QVariantMap map{
        {u"stepId"_s, watch.stepId},
        {u"target"_s, locatorsToVariant(watch.target)},
        {u"frame"_s, watch.frame},
        {u"completion"_s, completionKindName(watch.completion)},
        {u"insist"_s, watch.insist},
        {u"sensitive"_s, watch.sensitive},
        {u"appears"_s, locatorsToVariant(watch.appears)},
        {u"skipPresent"_s, locatorsToVariant(watch.skipPresent)},
    };
    if (watch.next) {
        map.insert(u"next"_s, watchToVariant(*watch.next));
    }
    return map;
}

SessionEngine::Obstacle obstacleFromName(const QString &kind)
{
    if (kind == u"cookies") {
        return SessionEngine::Obstacle::CookieBanner;
    }
    if (kind == u"dialog") {
        return SessionEngine::Obstacle::SiteDialog;
    }
    if (kind == u"closed") {
        return SessionEngine::Obstacle::ClosedSection;
    }
    return SessionEngine::Obstacle::NoObstacle;
}

} // namespace pasapas
