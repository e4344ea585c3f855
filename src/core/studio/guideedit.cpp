// SPDX-License-Identifier: GPL-3.0-or-later
#include "guideedit.h"

#include "guideloader.h"
#include "guidewriter.h"
#include "languages.h"
#include "stepproposal.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
/// "steps/3/instruction" → {"steps", "3", "instruction"}; the index, or -1.
int indexIn(const QStringList &parts, qsizetype at, qsizetype size)
{
    bool ok = false;
    const int index = parts.value(at).toInt(&ok);
    return ok && index >= 0 && index < size ? index : -1;
}

const QStringList &stepTextFields()
{
    static const QStringList fields{u"instruction"_s, u"mediatorNote"_s};
    return fields;
}

const QStringList &guideTextFields()
{
    static const QStringList fields{u"title"_s, u"summary"_s, u"mediatorNotes"_s};
    return fields;
}
} // namespace

FieldProblem fieldProblem(const Diagnostic &diagnostic)
{
    FieldProblem problem{QString(), QString(), diagnostic.message};
    const QStringList parts = diagnostic.pointer.mid(1).split(u'/');
    const QString first = parts.value(0);
    if (first == u"steps" && parts.size() >= 2) {
        const QString step = u"steps/"_s + parts.at(1);
        const QString member = parts.value(2);
        if (stepTextFields().contains(member)) {
            problem.field = step + u'/' + member;
            problem.language = parts.value(3);
        } else if (member == u"complete") {
            problem.field = step + u"/complete"_s;
        } else {
            problem.field = step;
        }
    } else if (guideTextFields().contains(first)) {
        problem.field = first;
        problem.language = parts.value(1);
    } else if (first == u"documents" && parts.size() >= 2) {
        problem.field = u"documents/"_s + parts.at(1);
        problem.language = parts.value(3); // documents/N/text/<language>
    }
    return problem;
}

GuideEdit::GuideEdit(const Guide &original)
    : m_guide(original)
{
    m_guide.version = original.version + 1;
}

const LocalizedText *GuideEdit::textOf(const QString &field) const
{
    const QStringList parts = field.split(u'/');
    if (parts.size() == 1) {
        if (field == u"title") {
            return &m_guide.title;
        }
        if (field == u"summary") {
            return &m_guide.summary;
        }
        if (field == u"mediatorNotes") {
            return &m_guide.mediatorNotes;
        }
        return nullptr;
    }
    if (parts.size() == 2 && parts.at(0) == u"documents") {
        const int index = indexIn(parts, 1, m_guide.documents.size());
        return index < 0 ? nullptr : &m_guide.documents.at(index).text;
    }
    if (parts.size() == 3 && parts.at(0) == u"steps") {
        const int index = indexIn(parts, 1, m_guide.steps.size());
        if (index < 0) {
            return nullptr;
        }
        const Step &step = m_guide.steps.at(index);
        if (parts.at(2) == u"instruction") {
            return &step.instruction;
        }
        if (parts.at(2) == u"mediatorNote") {
            return &step.mediatorNote;
        }
    }
    return nullptr;
}

LocalizedText *GuideEdit::textOf(const QString &field)
{
    // The same look-up, on the guide this edit owns.
    return const_cast<LocalizedText *>(std::as_const(*this).textOf(field));
}

QString GuideEdit::text(const QString &field, const QString &language) const
{
    const LocalizedText *text = textOf(field);
    return text ? text->value(language) : QString();
}

bool GuideEdit::setText(const QString &field, const QString &language, const QString &value)
{
    LocalizedText *text = textOf(field);
    if (!text || language.isEmpty() || (text->has(language) && text->value(language) == value)) {
        return false;
    }
    QHash<QString, QString> texts = text->texts();
    if (language == u"fr") {
        // The translations said the old French text: they are missing now.
        texts.clear();
        texts.insert(language, value);
    } else if (value.trimmed().isEmpty()) {
        if (!texts.remove(language)) {
            return false;
        }
    } else {
        texts.insert(language, value);
    }
    *text = LocalizedText(texts);
    m_changed = true;
    return true;
}

QStringList GuideEdit::missingLanguages(const QString &field) const
{
    const LocalizedText *text = textOf(field);
    QStringList missing;
    if (!text) {
        return missing;
    }
    for (const Language &language : interfaceLanguages()) {
        const LocalizedText::Resolved resolved = text->resolve(language.code);
        if (language.code != u"fr" && (resolved.text.isEmpty() || resolved.language == u"fr")) {
            missing.append(language.code);
        }
    }
    return missing;
}

bool GuideEdit::moveStep(int from, int to)
{
    if (!validStep(from) || !validStep(to) || from == to) {
        return false;
    }
    m_guide.steps.move(from, to);
    m_changed = true;
    return true;
}

bool GuideEdit::removeStep(int index)
{
    if (!validStep(index)) {
        return false;
    }
    m_guide.steps.removeAt(index);
    m_changed = true;
    return true;
}

bool GuideEdit::duplicateStep(int index)
{
    if (!validStep(index)) {
        return false;
    }
    QStringList ids;
    for (const Step &step : std::as_const(m_guide.steps)) {
        ids.append(step.id);
    }
    Step copy = m_guide.steps.at(index);
    copy.id = stepIdFor(copy.id, ids);
    m_guide.steps.insert(index + 1, copy);
    m_changed = true;
    return true;
}

bool GuideEdit::setCompletion(int index, Completion::Kind kind)
{
    if (!validStep(index) || m_guide.steps.at(index).completion.kind == kind) {
        return false;
    }
    // The address or element it waited for stays, should the mediator come back to it.
    m_guide.steps[index].completion.kind = kind;
    m_changed = true;
    return true;
}

bool GuideEdit::setSensitive(int index, bool on)
{
    if (!validStep(index) || m_guide.steps.at(index).sensitive == on) {
        return false;
    }
    m_guide.steps[index].sensitive = on;
    m_changed = true;
    return true;
}

void GuideEdit::addDocument()
{
    GuideDocument document;
    document.text.insert(u"fr"_s, QString());
    m_guide.documents.append(document);
    m_changed = true;
}

bool GuideEdit::removeDocument(int index)
{
    if (index < 0 || index >= m_guide.documents.size()) {
        return false;
    }
    m_guide.documents.removeAt(index);
    m_changed = true;
    return true;
}

Diagnostics GuideEdit::check() const
{
    return parseGuide(guideFileContent(m_guide), m_guide.id + u"/guide.json"_s).diagnostics;
}

Diagnostics GuideEdit::save(const QString &dir, QString *savedPath)
{
    QString path;
    const Diagnostics diagnostics = saveGuide(m_guide, dir, &path);
    if (!path.isEmpty()) {
        m_changed = false;
        m_guide.filePath = path;
        m_guide.folder = QFileInfo(path).absolutePath();
        if (savedPath) {
            *savedPath = path;
        }
    }
    return diagnostics;
}

Diagnostics exportGuide(const Guide &guide, const QString &folder, QString *path)
{
    if (!QFileInfo(folder).isDir()) {
        Diagnostic d;
        d.file = folder;
        d.message = u"ce dossier n'existe pas ou ne peut pas être ouvert"_s;
        return {d};
    }
    return saveGuide(guide, folder, path);
}

Diagnostics importGuide(const QString &file, const QString &dir, Guide *imported)
{
    const GuideLoadResult loaded = loadGuideFile(file);
    if (!loaded.guide) {
        return loaded.diagnostics;
    }
    QString path;
    Diagnostics diagnostics = saveGuide(*loaded.guide, dir, &path);
    if (!path.isEmpty() && imported) {
        *imported = *loaded.guide;
        imported->filePath = path;
        imported->folder = QFileInfo(path).absolutePath();
    }
    return diagnostics;
}

QString plainError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (!d.isError()) {
            continue;
        }
        const QString file = QDir::toNativeSeparators(d.file);
        if (d.line > 0) {
            return u"Le fichier %1, ligne %2, colonne %3 : %4."_s.arg(file).arg(d.line).arg(d.column).arg(d.message);
        }
        return u"Le fichier %1 : %2."_s.arg(file, d.message);
    }
    return {};
}

} // namespace pasapas
