// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace pasapas
{

class Application;

/// Support for `--self-test` and `--screenshot`: waits until the window has
/// drawn its first frames, then checks the QML warnings seen so far and/or
/// saves a screenshot, and ends the event loop with an exit code.
class FirstFrameProbe : public QObject
{
    Q_OBJECT

public:
    FirstFrameProbe(Application *application, QString screenshotPath, bool failOnWarnings, QObject *parent = nullptr);

    /// Every warning or error message logged by Qt while the probe runs.
    static void recordMessages();
    [[nodiscard]] static QStringList recordedMessages();

    void start();

private:
    void finish();

    Application *m_application = nullptr;
    QString m_screenshotPath;
    bool m_failOnWarnings = false;
    bool m_finished = false;
};

} // namespace pasapas
