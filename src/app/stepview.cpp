// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepview.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// The step's own pictogram, or one for what the step asks.
QString pictogramOf(const Step &step)
{
    if (!step.pictogram.isEmpty()) {
        return step.pictogram;
    }
    switch (step.completion.kind) {
    case Completion::Kind::Tap:
        return u"pasapas-tap"_s;
    case Completion::Kind::Fill:
        return step.sensitive ? u"pasapas-password"_s : u"pasapas-fill"_s;
    case Completion::Kind::Address:
        return u"pasapas-next"_s;
    case Completion::Kind::Appears:
        return u"pasapas-look"_s;
    case Completion::Kind::Done:
        return u"pasapas-done"_s;
    case Completion::Kind::Choose:
        return u"pasapas-choose"_s;
    }
    return {};
}
} // namespace

StepView StepView::of(const Guide &guide, int index, bool active, const QString &language)
{
    StepView view;
    view.number = index + 1;
    view.count = int(guide.steps.size());
    if (index < 0 || index >= guide.steps.size()) {
        return view;
    }
    const Step &step = guide.steps.at(index);
    view.id = step.id;
    view.active = active;
    view.instruction = step.instruction.text(language);
    view.instructionIsFallback = step.instruction.resolve(language).fallback;
    view.frenchWords = step.frenchWords;
    view.pictogram = pictogramOf(step);
    view.mediatorNote = step.mediatorNote.text(language);
    view.sensitive = step.sensitive;
    view.completion = step.completion.kind;
    view.hasTarget = !step.target.isEmpty();
    return view;
}

} // namespace pasapas
