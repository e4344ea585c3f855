// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

const QStringList &completionKindNames()
{
    static const QStringList names{u"tap"_s, u"fill"_s, u"address"_s, u"appears"_s, u"done"_s, u"choose"_s};
    return names;
}

QString completionKindName(Completion::Kind kind)
{
    return completionKindNames().value(static_cast<int>(kind));
}

const QStringList &locatorKindNames()
{
    static const QStringList names{u"css"_s, u"text"_s, u"role"_s, u"label"_s};
    return names;
}

QString locatorKindName(Locator::Kind kind)
{
    return locatorKindNames().value(static_cast<int>(kind));
}

QList<const LocalizedText *> Guide::texts() const
{
    QList<const LocalizedText *> result{&title, &summary};
    if (!mediatorNotes.isEmpty()) {
        result.append(&mediatorNotes);
    }
    if (!keywords.isEmpty()) {
        result.append(&keywords);
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

QStringList Guide::allKeywords() const
{
    QStringList result;
    for (const QString &language : keywords.languages()) {
        const QStringList words = keywords.text(language).split(u',');
        for (const QString &word : words) {
            if (!word.trimmed().isEmpty()) {
                result.append(word.trimmed());
            }
        }
    }
    return result;
}

} // namespace pasapas
