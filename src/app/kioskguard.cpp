// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskguard.h"
#include "appcontroller.h"
#include "sessioncontroller.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QWindow>

namespace pasapas
{

KioskGuard::KioskGuard(AppController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
}

bool KioskGuard::isDeveloperShortcut(const QKeyEvent *event)
{
    const auto mods = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = event->key();
    if (key == Qt::Key_F12) {
        return true;
    }
    const bool ctrlShift = mods == (Qt::ControlModifier | Qt::ShiftModifier);
    if (ctrlShift && (key == Qt::Key_I || key == Qt::Key_J || key == Qt::Key_C || key == Qt::Key_K || key == Qt::Key_M)) {
        return true;
    }
    // View source, save page, open file, print the page, history.
    return mods == Qt::ControlModifier && (key == Qt::Key_U || key == Qt::Key_S || key == Qt::Key_O || key == Qt::Key_P || key == Qt::Key_H);
}

bool KioskGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Text from an on-screen keyboard comes as input method events, to items.
    if (event->type() == QEvent::InputMethod) {
        m_controller->kiosk()->idleMonitor()->activity();
        return false;
    }
    // Other events reach the window first, then its items: look once, at the window.
    if (!watched->isWindowType()) {
        return false;
    }
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::KeyPress:
        m_controller->kiosk()->idleMonitor()->activity();
        break;
    default:
        break;
    }
    SessionController *session = m_controller->session();
    if (!session) {
        return false;
    }
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData() || !drop->mimeData()->hasUrls()) {
            return false;
        }
        drop->setDropAction(Qt::IgnoreAction);
        drop->ignore();
        if (event->type() == QEvent::Drop) {
            const QList<QUrl> urls = drop->mimeData()->urls();
            session->lockdown()->refuse(BlockReason::DragDrop, urls.isEmpty() ? QUrl() : urls.constFirst());
        }
        return true;
    }
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!isDeveloperShortcut(key)) {
            return false;
        }
        if (event->type() == QEvent::KeyPress && !key->isAutoRepeat()) {
            session->lockdown()->refuse(BlockReason::DevTools, {});
        }
        return true;
    }
    case QEvent::KeyRelease:
        return isDeveloperShortcut(static_cast<QKeyEvent *>(event));
    default:
        return false;
    }
}

} // namespace pasapas
