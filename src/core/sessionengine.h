// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide.h"
#include "pagewatch.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

namespace pasapas
{

/// The state machine of a guided session. Fed by events from the page
/// (address changed, target found, tapped, field filled…) and from the person
/// (Next, Back, Done, I'm stuck), it decides the current step, skips and
/// recovery. It knows nothing of WebEngine or QML; both only render it.
class SessionEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentStepChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool fieldFilled READ fieldFilled NOTIFY fieldFilledChanged)
    Q_PROPERTY(Obstacle obstacle READ obstacle NOTIFY obstacleChanged)

public:
    enum class State {
        NotStarted,
        Looking, ///< looking for the step's target on the page
        Showing, ///< the target is found and highlighted (or the step needs none)
        Missing, ///< the target stayed missing past its wait: "can't find it"
        OffTrack, ///< the page matches no step: offer to get back on track
        Stuck, ///< the person pressed "I'm stuck"
        Finished,
    };
    Q_ENUM(State)

    /// What stands between the person and the shown target: the page points
    /// at the way out (refuse the cookies, close the pop-in, open the section).
    enum class Obstacle {
        NoObstacle,
        CookieBanner, ///< a consent banner covers the target
        SiteDialog, ///< a pop-in of the site covers the target
        ClosedSection, ///< the target is in a closed section or tab
    };
    Q_ENUM(Obstacle)

    explicit SessionEngine(Guide guide, QObject *parent = nullptr);

    [[nodiscard]] const Guide &guide() const
    {
        return m_guide;
    }
    [[nodiscard]] int currentIndex() const
    {
        return m_index;
    }
    [[nodiscard]] int stepCount() const
    {
        return int(m_guide.steps.size());
    }
    [[nodiscard]] const Step *currentStep() const;
    [[nodiscard]] State state() const
    {
        return m_state;
    }
    [[nodiscard]] bool fieldFilled() const
    {
        return m_fieldFilled;
    }
    [[nodiscard]] Obstacle obstacle() const
    {
        return m_obstacle;
    }
    /// Skipped by its skip condition, or passed with Next.
    [[nodiscard]] bool isSkipped(int index) const
    {
        return m_autoSkipped.contains(index) || m_passed.contains(index);
    }
    /// The last address on which the current step's page condition held: where "get back on track" goes.
    [[nodiscard]] QUrl lastGoodUrl() const
    {
        return m_lastGoodUrl;
    }
    [[nodiscard]] QUrl currentUrl() const
    {
        return m_url;
    }

    /// What the page must look for now: the current step's target and
    /// locators, whether only the target may be tapped, what to watch for
    /// completion and skipping. Plain data for the page bridge.
    [[nodiscard]] PageWatch pageWatch() const;

public Q_SLOTS:
    void start();

    // From the page. stepId is the step the page was looking for; events for
    // another step than the current one are stale and ignored.
    void addressChanged(const QUrl &url);
    void targetFound(const QString &stepId);
    void targetLost(const QString &stepId);
    /// The target is there but cannot be tapped yet (see Obstacle); the page shows the way out.
    void targetCovered(const QString &stepId, pasapas::SessionEngine::Obstacle obstacle);
    void targetTapped(const QString &stepId);
    /// filled is a yes/no only; committed when the person left the field (change event).
    void fieldChanged(const QString &stepId, bool filled, bool committed);
    void elementAppeared(const QString &stepId);
    /// An option of the step's group was picked (which one is never told).
    void optionChosen(const QString &stepId);
    void skipElementPresent(const QString &stepId);

    // From the person.
    void next(); ///< go on without doing the step
    void back();
    void done(); ///< "C'est fait": the person says the step is done
    void stuck(); ///< "Je suis bloqué"
    /// A mediator who took over goes straight to a step (0-based): the steps
    /// between are passed (as with Next), the step is looked for again.
    void jumpTo(int index);

public:
    /// The guide was repaired during the session (a mediator's « Réparer
    /// cette étape »: new locators, version + 1). The session goes on with
    /// it from the same step, which is looked for again. False, and nothing
    /// changes, when it is another guide or its steps are not the same ones
    /// (same ids, same order). Defined in sessionrepair.cpp.
    bool replaceGuide(Guide guide);

Q_SIGNALS:
    void currentStepChanged();
    void stateChanged();
    void fieldFilledChanged();
    void obstacleChanged();
    /// The watch for the page changed (new step, or state needing a new look).
    void pageWatchChanged();
    /// The person was moved from one step to another because of the page they are on.
    void recovered(int fromIndex, int toIndex);
    void finished();

private:
    void enterStep(int index, bool forward);
    void showStep(int index);
    void advance();
    void setState(State state);
    void setFieldFilled(bool filled);
    void setObstacle(Obstacle obstacle);
    [[nodiscard]] bool isCurrent(const QString &stepId) const;
    [[nodiscard]] bool shouldSkipByAddress(const Step &step) const;
    [[nodiscard]] int findStepForUrl(const QUrl &url) const;
    void onMissingTimeout();

    Guide m_guide;
    int m_index = -1;
    State m_state = State::NotStarted;
    bool m_fieldFilled = false;
    Obstacle m_obstacle = Obstacle::NoObstacle;
    QSet<int> m_autoSkipped; ///< skipped by their skip condition
    QSet<int> m_passed; ///< passed with Next
    QUrl m_url;
    QUrl m_lastGoodUrl;
    QTimer m_missingTimer;
};

/// Where "get back on track" finds its page in the web view's history: the
/// offset (-1 the previous page, -2 the one before…) of the newest page back
/// there that is `good` or that `page` matches, or 0 when none is. Going
/// back keeps what the person typed in the form; a new load would lose it.
[[nodiscard]] int backOffsetTo(const QList<QUrl> &backPages, const QUrl &good, const AddressPattern &page);

} // namespace pasapas
