// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagehealth.h"

namespace pasapas
{

PageHealth::PageHealth(QObject *parent)
    : QObject(parent)
{
    m_slow.setSingleShot(true);
    m_slow.setInterval(30000);
    connect(&m_slow, &QTimer::timeout, this, [this] {
        setVerdict({PageFailure::Slow, m_verdict.pageLost});
    });
}

void PageHealth::loadStarted()
{
    setVerdict({});
    m_slow.start();
}

void PageHealth::loadEnded(const LoadVerdict &verdict)
{
    m_slow.stop();
    if (verdict != LoadVerdict{}) {
        setVerdict(verdict);
    } else if (m_verdict.failure == PageFailure::Slow) {
        setVerdict({PageFailure::None, m_verdict.pageLost}); // it came after all
    }
}

void PageHealth::documentStatus(int httpStatus)
{
    if (httpStatus >= 400) {
        setVerdict({PageFailure::Site, false});
    }
}

void PageHealth::crashed()
{
    m_slow.stop();
    if (!m_lastCrash.isValid() || m_lastCrash.elapsed() > m_crashWindowMs) {
        m_lastCrash.start();
        Q_EMIT reloadWanted();
        return;
    }
    setVerdict({PageFailure::Crash, false});
}

void PageHealth::clear()
{
    setVerdict({PageFailure::None, m_verdict.pageLost});
}

void PageHealth::setVerdict(const LoadVerdict &verdict)
{
    if (m_verdict == verdict) {
        return;
    }
    m_verdict = verdict;
    Q_EMIT verdictChanged();
}

} // namespace pasapas
