// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "elementdescription.h"
#include "guide.h"

#include <optional>

namespace pasapas
{

/// A guide id from its French title: "Demander la carte CCAS" →
/// "demander-la-carte-ccas", unique among `taken`.
[[nodiscard]] QString guideIdFor(const QString &title, const QStringList &taken);

/// A guide being recorded by a mediator on the real site: the steps
/// proposed from the elements tapped, the pages reached, the sites crossed.
/// Plain data: the app's studio screen drives it.
class GuideRecording
{
public:
    /// A new guide; nullopt and a French reason in *error when the title is
    /// empty, the category unknown or the start address not a web page.
    [[nodiscard]] static std::optional<GuideRecording>
    start(const QString &category, const QString &frenchTitle, const QUrl &start, const QStringList &takenIds, QString *error = nullptr);

    [[nodiscard]] const Guide &guide() const
    {
        return m_guide;
    }
    [[nodiscard]] QStringList stepIds() const;

    /// The step an element tapped on `page` proposes (not added yet).
    [[nodiscard]] Step propose(const ElementDescription &element, const QUrl &page) const;
    /// A "C'est fait" step with no target, on `page`.
    [[nodiscard]] Step proposeReadThePage(const QUrl &page) const;
    /// Adds a step (as proposed, or edited by the mediator); its id is made unique.
    void addStep(Step step);

    /// The page changed after the last step was acted on: a tap that led to a
    /// new page completes on that page's address, and a new site (an
    /// identity provider) joins the allowed hosts. True when the last step changed.
    bool pageChanged(const QUrl &before, const QUrl &after);

    /// Checks and writes the guide as <dir>/<id>/guide.json (saveGuide()).
    Diagnostics save(const QString &dir, QString *savedPath = nullptr) const;

private:
    Guide m_guide;
};

} // namespace pasapas
