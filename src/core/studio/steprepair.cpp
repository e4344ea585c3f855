// SPDX-License-Identifier: GPL-3.0-or-later
#include "steprepair.h"

#include "instructiontemplates.h"
#include "locatorgenerator.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
bool sameLocator(const Locator &a, const Locator &b)
{
    return a.kind == b.kind && a.value == b.value && a.name == b.name;
}
} // namespace

QList<Locator> repairedTarget(const QList<Locator> &old, const QList<Locator> &fresh)
{
    QList<Locator> target = fresh;
    for (const Locator &l : old) {
        if (std::none_of(target.cbegin(), target.cend(), [&l](const Locator &t) {
                return sameLocator(l, t);
            })) {
            target.append(l);
        }
    }
    return target;
}

std::optional<Guide> repairGuide(const Guide &guide, const QString &stepId, const ElementDescription &element)
{
    Guide repaired = guide;
    for (Step &step : repaired.steps) {
        if (step.id != stepId) {
            continue;
        }
        if (step.target.isEmpty()) {
            return std::nullopt;
        }
        step.target = repairedTarget(step.target, proposeLocators(element));
        if (step.frenchWords.isEmpty()) {
            step.frenchWords = frenchWordsFor(element);
        }
        repaired.version += 1;
        return repaired;
    }
    return std::nullopt;
}

bool removeLocalGuide(const QString &dir, const QString &id)
{
    if (id.isEmpty() || id.contains(u'/') || id.startsWith(u'.')) {
        return false;
    }
    QDir folder(QDir(dir).filePath(id));
    return folder.exists() && folder.removeRecursively();
}

} // namespace pasapas
