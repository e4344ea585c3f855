// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepproposal.h"

#include "instructiontemplates.h"
#include "locatorgenerator.h"
#include "pagegeneraliser.h"
#include "sensitivefields.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

QString uniqueSlug(const QString &words, int maxWords, const QString &fallback, const QStringList &taken)
{
    QStringList pieces = plainWords(words).split(u' ', Qt::SkipEmptyParts);
    while (pieces.size() > maxWords) {
        pieces.removeLast();
    }
    const QString base = pieces.isEmpty() ? fallback : pieces.join(u'-');
    QString id = base;
    for (int n = 2; taken.contains(id); ++n) {
        id = base + u"-"_s + QString::number(n);
    }
    return id;
}

QString stepIdFor(const QString &words, const QStringList &taken)
{
    return uniqueSlug(words, 4, u"etape"_s, taken);
}

Step proposeStep(const ElementDescription &element, const QUrl &page, const QStringList &takenIds)
{
    Step step;
    step.frenchWords = frenchWordsFor(element);
    step.id = stepIdFor(step.frenchWords, takenIds);
    step.instruction.insert(u"fr"_s, instructionFor(element));
    step.target = proposeLocators(element);
    step.page = AddressPattern::parse(pagePattern(page));
    const ControlKind kind = controlKind(element);
    step.completion.kind = kind == ControlKind::TextField || kind == ControlKind::List ? Completion::Kind::Fill : Completion::Kind::Tap;
    step.sensitive = isSensitiveField(element);
    return step;
}

bool completeOnAddress(Step &step, const QUrl &before, const QUrl &after)
{
    const QString pattern = addressCompletionPattern(before, after);
    if (pattern.isEmpty()) {
        return false;
    }
    step.completion.kind = Completion::Kind::Address;
    step.completion.address = AddressPattern::parse(pattern);
    return true;
}

Step readThePageStep(const QUrl &page, const QStringList &takenIds)
{
    Step step;
    step.id = stepIdFor(u"lire la page"_s, takenIds);
    step.instruction.insert(u"fr"_s, readThePageInstruction());
    step.page = AddressPattern::parse(pagePattern(page));
    step.completion.kind = Completion::Kind::Done;
    return step;
}

} // namespace pasapas
