// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guideedit.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>
#include <optional>

namespace pasapas
{

class GuideLibrary;
class KioskController;
class SessionManager;

/// The guide studio's editor, as QML sees it: a thin glue over GuideEdit
/// (src/core/studio). Texts are typed in one interface language at a time
/// (`language`); fields are named as in FieldProblem. Saving, « Essayer »,
/// export and import go through the guide loader. Mediator space only,
/// never in the locked kiosk.
class GuideEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool active READ isActive NOTIFY openedChanged)
    Q_PROPERTY(QString guideId READ guideId NOTIFY openedChanged)
    Q_PROPERTY(int version READ version NOTIFY openedChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QStringList completionNames READ completionNames NOTIFY completionNamesChanged)
    /// Goes up at every change: the page's bindings read the guide again.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY changed)
    Q_PROPERTY(int documentCount READ documentCount NOTIFY changed)
    Q_PROPERTY(bool unsaved READ isUnsaved NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    GuideEditor(const GuideLibrary *library, KioskController *kiosk, SessionManager *sessions, QObject *parent = nullptr);

    /// Edits a guide of the catalog (bundled, from a pack or local). False in the locked kiosk.
    Q_INVOKABLE bool open(const QString &guideId);
    Q_INVOKABLE void close();

    /// A text in the editing language, as written (empty when missing).
    Q_INVOKABLE [[nodiscard]] QString text(const QString &field) const;
    /// What the person sees when it is missing: the French text.
    Q_INVOKABLE [[nodiscard]] QString frenchText(const QString &field) const;
    Q_INVOKABLE void setText(const QString &field, const QString &value);
    /// The field falls back to French in the editing language.
    Q_INVOKABLE [[nodiscard]] bool isMissing(const QString &field) const;
    /// The names (each in its own script) of the languages the field is missing in.
    Q_INVOKABLE [[nodiscard]] QStringList missingNames(const QString &field) const;
    /// The loader's error on this field, after a refused save (empty when none).
    Q_INVOKABLE [[nodiscard]] QString problem(const QString &field) const;

    Q_INVOKABLE [[nodiscard]] int completion(int step) const;
    Q_INVOKABLE void setCompletion(int step, int kind);
    Q_INVOKABLE [[nodiscard]] bool sensitive(int step) const;
    Q_INVOKABLE void setSensitive(int step, bool on);
    Q_INVOKABLE void moveStep(int from, int to);
    Q_INVOKABLE void removeStep(int step);
    Q_INVOKABLE void duplicateStep(int step);
    Q_INVOKABLE void addDocument();
    Q_INVOKABLE void removeDocument(int index);

    /// Checked by the guide loader, then saved in the tablet's guide folder;
    /// false (nothing saved, problems on their fields) when it has errors.
    Q_INVOKABLE bool save();
    /// « Essayer »: saved, then played in a normal session from this step (0-based).
    Q_INVOKABLE bool tryFrom(int step);
    /// Writes the guide, checked, as <folder>/<id>/guide.json.
    Q_INVOKABLE bool exportTo(const QUrl &folder);
    /// Checks a guide file and adds it to the tablet's guide folder; it is then open here.
    Q_INVOKABLE bool importFrom(const QUrl &file);

    [[nodiscard]] bool isActive() const
    {
        return m_edit.has_value();
    }
    [[nodiscard]] QString guideId() const
    {
        return m_edit ? m_edit->guide().id : QString();
    }
    [[nodiscard]] int version() const
    {
        return m_edit ? m_edit->guide().version : 0;
    }
    [[nodiscard]] QString language() const
    {
        return m_language;
    }
    void setLanguage(const QString &language);
    [[nodiscard]] static QVariantList languages();
    [[nodiscard]] static QStringList completionNames();
    [[nodiscard]] int revision() const
    {
        return m_revision;
    }
    [[nodiscard]] int stepCount() const
    {
        return m_edit ? int(m_edit->guide().steps.size()) : 0;
    }
    [[nodiscard]] int documentCount() const
    {
        return m_edit ? int(m_edit->guide().documents.size()) : 0;
    }
    [[nodiscard]] bool isUnsaved() const
    {
        return m_edit && m_edit->isChanged();
    }
    [[nodiscard]] QString message() const
    {
        return m_message;
    }
    /// The guide as edited (tests).
    [[nodiscard]] const Guide *guide() const
    {
        return m_edit ? &m_edit->guide() : nullptr;
    }

Q_SIGNALS:
    void openedChanged();
    void languageChanged();
    void changed();
    /// The local guide folder changed: the catalog must load it again.
    void localGuidesChanged();
    /// The interface language changed: the completions' names are said in it.
    void completionNamesChanged();

private:
    /// After an edit: the problems again when they are shown, and the page told.
    void edited(bool really);
    void setMessage(const QString &message);

    const GuideLibrary *m_library;
    KioskController *m_kiosk;
    SessionManager *m_sessions;
    std::optional<GuideEdit> m_edit;
    QString m_language = QStringLiteral("fr");
    QHash<QString, QString> m_problems; ///< by field, once a save was refused
    bool m_showProblems = false;
    QString m_message;
    int m_revision = 0;
};

} // namespace pasapas
