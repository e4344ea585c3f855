// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrecord.h"

using namespace Qt::StringLiterals;

namespace pasapas
{

QString outcomeKey(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Finished:
        return u"finished"_s;
    case SessionOutcome::Abandoned:
        return u"abandoned"_s;
    case SessionOutcome::IdleReset:
        return u"idle-reset"_s;
    }
    return {};
}

QString startHour(const QDateTime &start)
{
    const QDateTime utc = start.toUTC();
    return utc.date().toString(Qt::ISODate) + u'T' + u"%1:00Z"_s.arg(utc.time().hour(), 2, 10, QChar(u'0'));
}

QString durationBucket(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 5) {
        return u"0-5"_s;
    }
    if (minutes < 15) {
        return u"5-15"_s;
    }
    if (minutes < 30) {
        return u"15-30"_s;
    }
    if (minutes < 60) {
        return u"30-60"_s;
    }
    return u"60+"_s;
}

} // namespace pasapas
