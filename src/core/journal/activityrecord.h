// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pasapas
{

/// How the page found one step's target during a session, and how often.
struct StepTally
{
    int index = 0; ///< 0-based step index in the guide
    QString stepId; ///< the guide's own step id (written by its author)
    int firstTime = 0; ///< found by the step's first locator
    int fallback = 0; ///< found only by a later locator
    int missing = 0; ///< stayed missing past the step's wait

    bool operator==(const StepTally &other) const = default;
};

/// How a session ended.
enum class SessionOutcome {
    Finished, ///< the guide's last step was done
    Abandoned, ///< the person or the mediator left before the end
    IdleReset, ///< the kiosk wiped it after nobody touched the tablet
};

[[nodiscard]] QString outcomeKey(SessionOutcome outcome);

/// One session as the activity journal keeps it. Anonymous by construction:
/// it has no field for a name, an address, a typed text or a document, and
/// the journal keeps only the start's hour and a duration bucket.
struct SessionRecord
{
    QString guideId;
    int guideVersion = 1;
    QString category;
    QString interfaceLanguage; ///< the app's language during the session
    QString guideLanguage; ///< the language the guide's steps were shown in (French when not translated)
    bool selfService = false; ///< a kiosk session (else accompanied)
    QDateTime start; ///< the journal keeps only its hour (startHour)
    qint64 durationSeconds = 0; ///< the journal keeps only its bucket (durationBucket)
    int stepsReached = 0;
    int stepsTotal = 0;
    SessionOutcome outcome = SessionOutcome::Abandoned;
    int stopStep = 0; ///< 1-based step where an unfinished session stopped; 0 when finished
    int stuckPresses = 0;
    int recoveries = 0; ///< moved to another step by the page reached
    int takeovers = 0; ///< a mediator took the tablet over
    int helpCalls = 0; ///< "J'ai besoin d'aide"
    bool readAloud = false; ///< a step was read aloud
    double textScale = 1; ///< the text size used at the end
    QList<StepTally> steps;
};

/// The start's hour in UTC, "2026-11-03T14:00Z": all the journal keeps of the time.
[[nodiscard]] QString startHour(const QDateTime &start);
/// "0-5", "5-15", "15-30", "30-60" or "60+" (minutes): all the journal keeps of the duration.
[[nodiscard]] QString durationBucket(qint64 seconds);

} // namespace pasapas
