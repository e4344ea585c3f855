// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagefailure.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace pasapas
{

/// How the session's page is doing, from its loads and its renderer: what
/// the friendly page problem says (verdict), and when the page should just
/// be loaded again. A load that takes too long is "slow" (the site hangs);
/// a first renderer crash reloads the last address by itself, a second one
/// within a short while is shown (the person decides).
class PageHealth : public QObject
{
    Q_OBJECT

public:
    explicit PageHealth(QObject *parent = nullptr);

    [[nodiscard]] LoadVerdict verdict() const
    {
        return m_verdict;
    }
    /// After how long a load that has not ended counts as slow.
    void setSlowAfterMs(int ms)
    {
        m_slow.setInterval(ms);
    }
    [[nodiscard]] int slowAfterMs() const
    {
        return m_slow.interval();
    }
    /// Two crashes closer than this are shown instead of reloaded.
    void setCrashWindowMs(int ms)
    {
        m_crashWindowMs = ms;
    }

    /// A load started: the previous problem goes.
    void loadStarted();
    /// A load ended: failed with this verdict, or went well (an empty verdict).
    void loadEnded(const LoadVerdict &verdict);
    /// The document shown came with this HTTP status: 400 and up is the site's error page.
    void documentStatus(int httpStatus);
    /// The page's renderer ended.
    void crashed();
    /// The person tries again: the problem goes, the page loss stays known.
    void clear();

Q_SIGNALS:
    void verdictChanged();
    /// Load the last address again (after a first crash).
    void reloadWanted();

private:
    void setVerdict(const LoadVerdict &verdict);

    LoadVerdict m_verdict;
    QTimer m_slow;
    QElapsedTimer m_lastCrash;
    int m_crashWindowMs = 60000;
};

} // namespace pasapas
