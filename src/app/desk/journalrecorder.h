// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityrecord.h"

#include <QObject>
#include <QPointer>

namespace pasapas
{

class Appearance;
class Journal;
class KioskController;
class Localization;
class ReadAloud;
class SessionController;
class SessionManager;

/// Turns a session's events into its anonymous journal row: glue between
/// the session owner, its engine and page bridge, and the journal. It
/// counts and never reads what a person typed or which page they were on.
class JournalRecorder : public QObject
{
    Q_OBJECT

public:
    struct Parts {
        Journal *journal = nullptr;
        SessionManager *sessions = nullptr;
        KioskController *kiosk = nullptr;
        Localization *localization = nullptr;
        Appearance *appearance = nullptr;
        ReadAloud *readAloud = nullptr;
    };
    explicit JournalRecorder(const Parts &parts, QObject *parent = nullptr);

Q_SIGNALS:
    /// A session's row was written (or could not be: see the journal's problem).
    void recorded(bool written);

private:
    void begin(SessionController *session);
    void end(SessionController *session, bool idleReset);
    StepTally &tally(int index);

    Parts m_parts;
    QPointer<SessionController> m_session;
    SessionRecord m_record;
    int m_locatedStep = -1; ///< the step whose target was already counted as found on this visit
};

} // namespace pasapas
