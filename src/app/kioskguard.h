// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QKeyEvent;

namespace pasapas
{

class AppController;

/// Watches every input event of the app (installed on the application):
/// touches and keys count as activity for the idle reset, and during a
/// session it stops what would leave the guided page: links or files
/// dropped into the view, and the developer tools' shortcuts; the back
/// gestures go to the web page, not to the page stack.
class KioskGuard : public QObject
{
    Q_OBJECT

public:
    explicit KioskGuard(AppController *controller, QObject *parent = nullptr);

    /// F12, Ctrl+Shift+I/J/C/K, Ctrl+U and the like.
    [[nodiscard]] static bool isDeveloperShortcut(const QKeyEvent *event);

    /// Back and forward gestures: the mouse's buttons, the Back key, Alt+Left/Right.
    enum class BackGesture {
        None, ///< not one
        Back, ///< go back one web page
        Swallow, ///< part of one (release, override, forward): nothing to do, nobody else gets it
    };
    [[nodiscard]] static BackGesture backGesture(const QEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AppController *m_controller = nullptr;
};

} // namespace pasapas
