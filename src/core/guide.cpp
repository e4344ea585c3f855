// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide.h"

namespace pasapas
{

QList<const LocalizedText *> Guide::texts() const
{
    QList<const LocalizedText *> result{&title, &summary};
    if (!mediatorNotes.isEmpty()) {
        result.append(&mediatorNotes);
    }
    for (const GuideDocument &document : documents) {
        result.append(&document.text);
    }
    for (const Step &step : steps) {
        result.append(&step.instruction);
        if (!step.mediatorNote.isEmpty()) {
            result.append(&step.mediatorNote);
        }
    }
    return result;
}

} // namespace pasapas
