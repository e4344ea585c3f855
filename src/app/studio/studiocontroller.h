// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide.h"
#include "guiderecording.h"

#include <QObject>
#include <QQmlEngine>
#include <QQuickWebEngineProfile>
#include <QRectF>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <optional>

namespace pasapas
{

class GuideLibrary;
class KioskController;
class PageBridge;
class PracticeServer;
class SessionProfile;

/// The guide studio's record screen, as QML sees it: a thin glue over
/// GuideRecording (src/core/studio). It owns the web page's parts while a
/// guide is recorded (an off-the-record browser profile, the page bridge in
/// record mode, the practice site when the guide is on it), turns each
/// element the mediator taps into a proposed step, and saves the guide into
/// the tablet's own guide folder. Never in the locked kiosk.
class StudioController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString guideTitle READ guideTitle NOTIFY activeChanged)
    Q_PROPERTY(QUrl startUrl READ startUrl NOTIFY activeChanged)
    Q_PROPERTY(QString userScript READ userScript CONSTANT)
    Q_PROPERTY(QObject *bridge READ bridge NOTIFY activeChanged)
    Q_PROPERTY(QQuickWebEngineProfile *profile READ profile NOTIFY activeChanged)
    Q_PROPERTY(bool hasProposal READ hasProposal NOTIFY proposalChanged)
    Q_PROPERTY(QString instruction READ instruction WRITE setInstruction NOTIFY proposalChanged)
    Q_PROPERTY(QString completion READ completion NOTIFY proposalChanged)
    Q_PROPERTY(bool sensitive READ sensitive WRITE setSensitive NOTIFY proposalChanged)
    Q_PROPERTY(bool actionLetThrough READ actionLetThrough NOTIFY proposalChanged)
    Q_PROPERTY(bool proposalAdded READ proposalAdded NOTIFY proposalChanged)
    Q_PROPERTY(QStringList steps READ steps NOTIFY stepsChanged)
    Q_PROPERTY(QString savedGuideId READ savedGuideId NOTIFY saved)

public:
    StudioController(const GuideLibrary *library, KioskController *kiosk, QObject *parent = nullptr);
    ~StudioController() override;

    /// Starts recording a new guide: the start address opens in record
    /// mode. False, with error(), when the title, category or address is
    /// refused, or in the locked kiosk.
    Q_INVOKABLE bool start(const QString &category, const QString &frenchTitle, const QString &address);
    /// Leaves recording without saving: the browser profile goes.
    Q_INVOKABLE void stop();

    /// The web view's address changed (main frame).
    Q_INVOKABLE void addressChanged(const QUrl &url);
    /// « Faire l'action »: the next tap on the selected element reaches the page.
    Q_INVOKABLE void doAction();
    /// « Ajouter l'étape »: the proposal, as edited, becomes the next step.
    Q_INVOKABLE void addStep();
    /// « Étape C'est fait »: a step with no target on the current page.
    Q_INVOKABLE void addDoneStep();
    /// « Enregistrer le guide »: checked by the guide loader, then saved
    /// as <local guides>/<id>/guide.json. False with error() when refused.
    Q_INVOKABLE bool save();

    /// A guide of the tablet's own guide folder (recorded or repaired here),
    /// which a mediator may remove: the bundled version, if any, comes back.
    Q_INVOKABLE [[nodiscard]] bool canRemoveLocal(const QString &guideId) const;
    Q_INVOKABLE bool removeLocal(const QString &guideId);

    [[nodiscard]] bool isActive() const
    {
        return m_recording.has_value();
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }
    [[nodiscard]] QString guideTitle() const;
    [[nodiscard]] QUrl startUrl() const
    {
        return m_startUrl;
    }
    [[nodiscard]] static QString userScript();
    [[nodiscard]] QObject *bridge() const;
    [[nodiscard]] QQuickWebEngineProfile *profile() const;
    [[nodiscard]] bool hasProposal() const
    {
        return m_proposal.has_value();
    }
    [[nodiscard]] QString instruction() const;
    void setInstruction(const QString &text);
    /// What ends the proposed step, in French words for the card.
    [[nodiscard]] QString completion() const;
    [[nodiscard]] bool sensitive() const;
    void setSensitive(bool on);
    [[nodiscard]] bool actionLetThrough() const
    {
        return m_letThrough;
    }
    [[nodiscard]] bool proposalAdded() const
    {
        return m_added;
    }
    /// The French instructions of the steps recorded so far.
    [[nodiscard]] QStringList steps() const;
    [[nodiscard]] QString savedGuideId() const
    {
        return m_savedId;
    }
    /// The guide as recorded so far (tests).
    [[nodiscard]] const Guide *guide() const
    {
        return m_recording ? &m_recording->guide() : nullptr;
    }
    /// Serves the practice site from another folder (tests).
    void setPracticeSiteRoot(const QString &root);

Q_SIGNALS:
    void activeChanged();
    void errorChanged();
    void proposalChanged();
    void stepsChanged();
    /// A guide was saved in the local guide folder.
    void saved(const QString &guideId);
    /// The local guide folder changed: the catalog must load it again.
    void localGuidesChanged();

private:
    void setError(const QString &error);
    void elementRecorded(const QVariantMap &element, const QUrl &url);

    const GuideLibrary *m_library;
    KioskController *m_kiosk;
    std::optional<GuideRecording> m_recording;
    std::optional<Step> m_proposal;
    bool m_letThrough = false;
    bool m_added = false; ///< the proposal is already a step
    QUrl m_startUrl;
    QUrl m_page; ///< the address the page is at
    QString m_error;
    QString m_savedId;
    QString m_practiceRoot;
    std::unique_ptr<PracticeServer> m_practice;
    std::unique_ptr<PageBridge> m_bridge;
    std::unique_ptr<QTemporaryDir> m_downloads;
    std::unique_ptr<SessionProfile> m_profile;
};

} // namespace pasapas
