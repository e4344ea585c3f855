// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

/// After a session, on the home screen: the clear message that everything is
/// gone (its text is the home page's). Made the first time it shows, and
/// loaded by its address (HomePage): a first start never shows it, and the
/// home page does not load Kirigami's InlineMessage for it (compiled from
/// source at every fresh start: Debian ships it uncompiled).
PaintedMessage {
    objectName: "wipeNotice"
    visible: true
    type: Kirigami.MessageType.Positive
    icon.name: "edit-clear-history"
}
