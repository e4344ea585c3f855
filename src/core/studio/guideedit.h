// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "guide.h"

#include <QStringList>

namespace pasapas
{

/// A problem of an edited guide, on the field it concerns. Fields are
/// named as the guide file's JSON pointers without the leading slash and
/// the language: "title", "summary", "mediatorNotes", "documents/0",
/// "steps/2/instruction", "steps/2/complete", "steps/2/mediatorNote", or
/// "steps/2" (the step as a whole) and "" (the guide as a whole).
struct FieldProblem
{
    QString field;
    QString language; ///< for a text: the language concerned, else empty
    QString message; ///< the loader's French message
};

/// The field a loader diagnostic (its JSON pointer) concerns.
[[nodiscard]] FieldProblem fieldProblem(const Diagnostic &diagnostic);

/// A guide being edited in the studio's editor: its texts in every
/// interface language, its steps (reordered, removed, duplicated, their
/// completion and sensitivity). Plain data; every change is checked by the
/// guide loader before it is saved, never before (a half-typed text is fine).
class GuideEdit
{
public:
    /// Editing `original`: what is saved is version + 1 (a bundled guide's
    /// edit becomes a local version that wins over it).
    explicit GuideEdit(const Guide &original);

    [[nodiscard]] const Guide &guide() const
    {
        return m_guide;
    }
    [[nodiscard]] bool isChanged() const
    {
        return m_changed;
    }

    /// The text of a field (see FieldProblem) in one language, as written
    /// (empty when missing). Unknown fields: empty.
    [[nodiscard]] QString text(const QString &field, const QString &language) const;
    /// Sets a text. Emptying a translation removes it (French shows);
    /// emptying the French leaves it empty, which the loader refuses.
    /// Changing the French drops the field's other languages: they said
    /// the old text (the editor then shows them as missing). False for an
    /// unknown field or no change.
    bool setText(const QString &field, const QString &language, const QString &text);
    /// The interface languages in which the field falls back to French.
    [[nodiscard]] QStringList missingLanguages(const QString &field) const;

    bool moveStep(int from, int to);
    bool removeStep(int index);
    /// A copy of the step right after it, with a new id.
    bool duplicateStep(int index);
    bool setCompletion(int index, Completion::Kind kind);
    bool setSensitive(int index, bool on);

    /// A new document to prepare (its French text still empty).
    void addDocument();
    bool removeDocument(int index);

    /// The guide loader's verdict on the guide as edited.
    [[nodiscard]] Diagnostics check() const;
    /// Writes <dir>/<id>/guide.json when the loader finds no error
    /// (saveGuide()); the diagnostics either way.
    Diagnostics save(const QString &dir, QString *savedPath = nullptr);

private:
    [[nodiscard]] const LocalizedText *textOf(const QString &field) const;
    [[nodiscard]] LocalizedText *textOf(const QString &field);
    [[nodiscard]] bool validStep(int index) const
    {
        return index >= 0 && index < m_guide.steps.size();
    }

    Guide m_guide;
    bool m_changed = false;
};

/// Exports a guide for another tablet: checked by the loader, written as
/// <folder>/<id>/guide.json (a guide folder, as --guides and
/// --check-guides read). The diagnostics; *path set on success.
Diagnostics exportGuide(const Guide &guide, const QString &folder, QString *path = nullptr);

/// Imports a guide file (an export, or any guide.json) into the guide
/// folder `dir`, when the loader finds no error in it. The imported guide
/// in *imported on success; the diagnostics either way.
Diagnostics importGuide(const QString &file, const QString &dir, Guide *imported = nullptr);

/// A plain French sentence for a person: where the first error is and what
/// is wrong ("Le fichier …, ligne 3 : …"); empty without error.
[[nodiscard]] QString plainError(const Diagnostics &diagnostics);

} // namespace pasapas
