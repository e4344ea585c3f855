// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskguard.h"
#include "appcontroller.h"
#include "sessioncontroller.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
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

KioskGuard::BackGesture KioskGuard::backGesture(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        const auto button = static_cast<const QMouseEvent *>(event)->button();
        if (button != Qt::BackButton && button != Qt::ForwardButton) {
            return BackGesture::None;
        }
        return event->type() == QEvent::MouseButtonPress && button == Qt::BackButton ? BackGesture::Back : BackGesture::Swallow;
    }
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride: {
        const auto *key = static_cast<const QKeyEvent *>(event);
        const auto mods = key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
        const bool back = key->key() == Qt::Key_Back || (mods == Qt::AltModifier && key->key() == Qt::Key_Left);
        const bool forward = key->key() == Qt::Key_Forward || (mods == Qt::AltModifier && key->key() == Qt::Key_Right);
        if (!back && !forward) {
            return BackGesture::None;
        }
        return event->type() == QEvent::KeyPress && back && !key->isAutoRepeat() ? BackGesture::Back : BackGesture::Swallow;
    }
    default:
        return BackGesture::None;
    }
}

bool KioskGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Text from an on-screen keyboard comes as input method events, to items.
    if (event->type() == QEvent::InputMethod) {
        m_controller->kiosk()->idleMonitor()->activity();
        return false;
    }
    // A shortcut is offered to the focused item first (not the window): a
    // back key accepted here stays a key, which Kirigami's Back shortcut
    // never sees; its press then comes to the window below.
    if (event->type() == QEvent::ShortcutOverride && m_controller->session() && backGesture(event) != BackGesture::None) {
        event->accept();
        return true;
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
    // Back, as people know it (the mouse's or a stylus's back button, the
    // Back key, Alt+Left): the previous web page, never the end of the
    // session; Kirigami would otherwise leave the session page (issue 11).
    if (const BackGesture gesture = backGesture(event); gesture != BackGesture::None) {
        if (gesture == BackGesture::Back) {
            session->requestPageBack();
        }
        return true;
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
