// SPDX-License-Identifier: GPL-3.0-or-later
#include "guideeditor.h"

#include "application.h"
#include "guidelibrary.h"
#include "kioskcontroller.h"
#include "languages.h"
#include "logging.h"
#include "sessioncontroller.h"
#include "sessionmanager.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace pasapas
{

GuideEditor::GuideEditor(const GuideLibrary *library, KioskController *kiosk, SessionManager *sessions, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_kiosk(kiosk)
    , m_sessions(sessions)
{
    // The editor is never left open in the locked kiosk.
    connect(m_kiosk, &KioskController::modeChanged, this, [this] {
        if (m_kiosk->mode() == Mode::SelfService) {
            close();
        }
    });
}

bool GuideEditor::open(const QString &guideId)
{
    const CatalogEntry *entry = m_library->find(guideId);
    if (!entry || m_kiosk->mode() == Mode::SelfService) {
        return false;
    }
    m_edit.emplace(GuideLibrary::wholeGuide(*entry));
    m_problems.clear();
    m_showProblems = false;
    m_message.clear();
    Q_EMIT openedChanged();
    edited(false);
    return true;
}

void GuideEditor::close()
{
    m_message.clear(); // what it said was about that guide
    if (m_edit) {
        m_edit.reset();
        Q_EMIT openedChanged();
    }
    edited(false);
}

void GuideEditor::setLanguage(const QString &language)
{
    if (m_language != language) {
        m_language = language;
        Q_EMIT languageChanged();
        edited(false);
    }
}

QVariantList GuideEditor::languages()
{
    QVariantList list;
    for (const Language &language : interfaceLanguages()) {
        list.append(QVariantMap{{u"code"_s, language.code}, {u"name"_s, language.nativeName}});
    }
    return list;
}

QStringList GuideEditor::completionNames()
{
    // In Completion::Kind order.
    //: How a step ends, in the guide editor's list
    return {tr("Appui sur l'élément"),
            tr("Champ rempli"),
            tr("Nouvelle page (adresse)"),
            tr("Un élément apparaît"),
            tr("« C'est fait »"),
            tr("Un choix est fait")};
}

QString GuideEditor::text(const QString &field) const
{
    return m_edit ? m_edit->text(field, m_language) : QString();
}

QString GuideEditor::frenchText(const QString &field) const
{
    return m_edit ? m_edit->text(field, u"fr"_s) : QString();
}

void GuideEditor::setText(const QString &field, const QString &value)
{
    edited(m_edit && m_edit->setText(field, m_language, value));
}

bool GuideEditor::isMissing(const QString &field) const
{
    return m_edit && m_edit->missingLanguages(field).contains(m_language);
}

QStringList GuideEditor::missingNames(const QString &field) const
{
    QStringList names;
    if (m_edit) {
        for (const QString &code : m_edit->missingLanguages(field)) {
            names.append(nativeLanguageName(code));
        }
    }
    return names;
}

QString GuideEditor::problem(const QString &field) const
{
    return m_problems.value(field);
}

int GuideEditor::completion(int step) const
{
    return m_edit && step >= 0 && step < stepCount() ? int(m_edit->guide().steps.at(step).completion.kind) : -1;
}

void GuideEditor::setCompletion(int step, int kind)
{
    if (kind >= 0 && kind < completionNames().size()) {
        edited(m_edit && m_edit->setCompletion(step, Completion::Kind(kind)));
    }
}

bool GuideEditor::sensitive(int step) const
{
    return m_edit && step >= 0 && step < stepCount() && m_edit->guide().steps.at(step).sensitive;
}

void GuideEditor::setSensitive(int step, bool on)
{
    edited(m_edit && m_edit->setSensitive(step, on));
}

void GuideEditor::moveStep(int from, int to)
{
    edited(m_edit && m_edit->moveStep(from, to));
}

void GuideEditor::removeStep(int step)
{
    edited(m_edit && m_edit->removeStep(step));
}

void GuideEditor::duplicateStep(int step)
{
    edited(m_edit && m_edit->duplicateStep(step));
}

void GuideEditor::addDocument()
{
    if (m_edit) {
        m_edit->addDocument();
        edited(true);
    }
}

void GuideEditor::removeDocument(int index)
{
    edited(m_edit && m_edit->removeDocument(index));
}

void GuideEditor::edited(bool really)
{
    if (really && m_showProblems) {
        m_problems.clear();
        const Diagnostics diagnostics = m_edit->check();
        for (const Diagnostic &d : diagnostics) {
            if (d.isError()) {
                const FieldProblem problem = fieldProblem(d);
                m_problems.insert(problem.field, problem.message);
            }
        }
        if (m_problems.isEmpty()) {
            m_message.clear();
        }
    }
    ++m_revision;
    Q_EMIT changed();
}

void GuideEditor::setMessage(const QString &message)
{
    m_message = message;
    ++m_revision;
    Q_EMIT changed();
}

bool GuideEditor::save()
{
    if (!m_edit) {
        return false;
    }
    QString path;
    const Diagnostics diagnostics = m_edit->save(localRepairDir(), &path);
    m_problems.clear();
    QStringList elsewhere; // problems with no field on the page
    for (const Diagnostic &d : diagnostics) {
        if (d.isError()) {
            const FieldProblem problem = fieldProblem(d);
            m_problems.insert(problem.field, problem.message);
            if (problem.field.isEmpty()) {
                elsewhere.append(problem.message);
            }
        }
    }
    if (path.isEmpty()) {
        m_showProblems = true;
        //: The guide editor refused to save; the problems are shown on their fields
        setMessage(tr("Le guide n'est pas enregistré : corrigez ce qui est signalé en rouge.") + (elsewhere.isEmpty() ? QString() : u"\n"_s + elsewhere.join(u'\n')));
        return false;
    }
    m_showProblems = false;
    qCInfo(lcGuides, "editor: guide \"%s\" saved, version %d, %d steps", qPrintable(guideId()), version(), stepCount());
    setMessage(tr("Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».").arg(version()));
    Q_EMIT localGuidesChanged();
    return true;
}

bool GuideEditor::tryFrom(int step)
{
    if (!m_edit || step < 0 || step >= stepCount() || ((isUnsaved() || !m_library->find(guideId())) && !save())) {
        return false;
    }
    SessionController *session = m_sessions->start(guideId());
    if (!session) {
        return false;
    }
    session->setFirstStep(step);
    return true;
}

bool GuideEditor::exportTo(const QUrl &folder)
{
    if (!m_edit) {
        return false;
    }
    QString path;
    const Diagnostics diagnostics = exportGuide(m_edit->guide(), folder.toLocalFile(), &path);
    if (path.isEmpty()) {
        //: Export of a guide failed; then where and what is wrong (in French)
        setMessage(tr("Le guide n'est pas exporté.") + u' ' + plainError(diagnostics));
        return false;
    }
    qCInfo(lcGuides, "editor: guide \"%s\" exported", qPrintable(guideId()));
    setMessage(tr("Guide exporté : %1").arg(path));
    return true;
}

bool GuideEditor::importFrom(const QUrl &file)
{
    if (m_kiosk->mode() == Mode::SelfService) {
        return false;
    }
    Guide imported;
    const Diagnostics diagnostics = importGuide(file.toLocalFile(), localRepairDir(), &imported);
    if (imported.id.isEmpty()) {
        //: Import of a guide file failed; then where and what is wrong (in French)
        setMessage(tr("Ce guide n'est pas importé.") + u' ' + plainError(diagnostics));
        return false;
    }
    qCInfo(lcGuides, "editor: guide \"%s\" imported", qPrintable(imported.id));
    Q_EMIT localGuidesChanged(); // the catalog has it now
    (void)open(imported.id); // to look at it, try it, edit it
    setMessage(tr("Guide importé : « %1 », version %2.").arg(imported.title.french()).arg(imported.version));
    return true;
}

} // namespace pasapas
