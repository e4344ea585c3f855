// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiderecording.h"

#include "categories.h"
#include "guidewriter.h"
#include "pagegeneraliser.h"
#include "sensitivefields.h"
#include "stepproposal.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

QString guideIdFor(const QString &title, const QStringList &taken)
{
    return uniqueSlug(title, 6, u"guide-local"_s, taken);
}

std::optional<GuideRecording> GuideRecording::start(const QString &category, const QString &frenchTitle, const QUrl &start, const QStringList &takenIds, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<GuideRecording> {
        if (error) {
            *error = reason;
        }
        return std::nullopt;
    };
    const QString title = frenchTitle.simplified();
    if (title.isEmpty()) {
        return fail(u"Écrivez un titre en français."_s);
    }
    if (!findCategory(category)) {
        return fail(u"Choisissez une catégorie."_s);
    }
    if (!start.isValid() || (start.scheme() != u"https" && start.scheme() != u"http") || start.host().isEmpty()) {
        return fail(u"L'adresse de départ commence par https:// et donne le nom du site."_s);
    }
    GuideRecording recording;
    Guide &g = recording.m_guide;
    g.id = guideIdFor(title, takenIds);
    g.category = category;
    g.title.insert(u"fr"_s, title);
    g.summary.insert(u"fr"_s, title);
    g.minutes = 1;
    g.start = start.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    addAllowedHost(g.allowedHosts, g.start);
    return recording;
}

QStringList GuideRecording::stepIds() const
{
    QStringList ids;
    for (const Step &step : m_guide.steps) {
        ids.append(step.id);
    }
    return ids;
}

Step GuideRecording::propose(const ElementDescription &element, const QUrl &page) const
{
    return proposeStep(element, page, stepIds());
}

Step GuideRecording::proposeReadThePage(const QUrl &page) const
{
    return readThePageStep(page, stepIds());
}

void GuideRecording::addStep(Step step)
{
    const QStringList ids = stepIds();
    if (step.id.isEmpty() || ids.contains(step.id)) {
        step.id = stepIdFor(step.id.isEmpty() ? step.frenchWords : step.id, ids);
    }
    m_guide.steps.append(step);
    m_guide.minutes = qBound(1, int(m_guide.steps.size()), 600);
}

bool GuideRecording::pageChanged(const QUrl &before, const QUrl &after)
{
    addAllowedHost(m_guide.allowedHosts, after);
    if (m_guide.steps.isEmpty() || m_guide.steps.constLast().completion.kind != Completion::Kind::Tap) {
        return false;
    }
    return completeOnAddress(m_guide.steps.last(), before, after);
}

Diagnostics GuideRecording::save(const QString &dir, QString *savedPath) const
{
    return saveGuide(m_guide, dir, savedPath);
}

} // namespace pasapas
