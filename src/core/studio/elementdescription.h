// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pasapas
{

/// One element on the way from the page's <body> down to a recorded element.
struct PathPart
{
    QString tag; ///< lower case
    int nth = 1; ///< position among the siblings of the same tag (CSS :nth-of-type), from 1
    QString id; ///< its id attribute, if any
};

/// What the record script says about the element a mediator tapped. Never a
/// field's value: only how the element is named and where it sits.
struct ElementDescription
{
    QString role; ///< ARIA role, explicit or implied by the tag
    QString name; ///< accessible name
    QString label; ///< text of the field's <label>
    QString text; ///< visible text (empty for fields)
    QString tag; ///< lower case
    QString type; ///< type attribute of an <input>
    QString id;
    QStringList classes;
    QString nameAttribute; ///< the name attribute of a form field
    QString autocomplete; ///< the autocomplete attribute ("current-password", "cc-number"…)
    QList<PathPart> path; ///< from the child of <body> down to the element itself

    /// Reads what record.js reports; unknown members are ignored.
    [[nodiscard]] static ElementDescription fromJson(const QJsonObject &object);
};

/// What kind of control an element is, which decides the instruction and the completion.
enum class ControlKind {
    Action, ///< a button, a link, anything to tap
    TextField, ///< a field to type in
    List, ///< a drop-down list (<select>, combobox)
    Checkbox,
    Radio,
};

[[nodiscard]] ControlKind controlKind(const ElementDescription &element);

} // namespace pasapas
