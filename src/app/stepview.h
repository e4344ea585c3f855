// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide.h"

#include <QQmlEngine>

namespace pasapas
{

/// The current step as the step card shows it, in the session language:
/// one value handed to QML whenever the step or the language changes.
struct StepView
{
    Q_GADGET
    QML_VALUE_TYPE(stepView)
    QML_UNCREATABLE("Made by the session")
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(int number MEMBER number CONSTANT)
    Q_PROPERTY(int count MEMBER count CONSTANT)
    Q_PROPERTY(bool active MEMBER active CONSTANT)
    Q_PROPERTY(QString instruction MEMBER instruction CONSTANT)
    Q_PROPERTY(bool instructionIsFallback MEMBER instructionIsFallback CONSTANT)
    Q_PROPERTY(QString frenchWords MEMBER frenchWords CONSTANT)
    Q_PROPERTY(QString pictogram MEMBER pictogram CONSTANT)
    Q_PROPERTY(QString mediatorNote MEMBER mediatorNote CONSTANT)
    Q_PROPERTY(bool sensitive MEMBER sensitive CONSTANT)
    Q_PROPERTY(pasapas::Completion::Kind completion MEMBER completion CONSTANT)
    Q_PROPERTY(bool hasTarget MEMBER hasTarget CONSTANT)

public:
    /// The step of a guide at index (1-based number), or an empty view.
    static StepView of(const Guide &guide, int index, bool active, const QString &language);

    QString id;
    int number = 0; ///< 1-based; count + 1 once finished
    int count = 0;
    bool active = false; ///< started and not finished: the completion applies
    QString instruction;
    bool instructionIsFallback = false; ///< shown in French: no translation
    QString frenchWords; ///< the words on the site, to recognise them
    QString pictogram; ///< an icon name
    QString mediatorNote;
    bool sensitive = false;
    Completion::Kind completion = Completion::Kind::Done;
    bool hasTarget = false;

    bool operator==(const StepView &) const = default;
};

} // namespace pasapas
