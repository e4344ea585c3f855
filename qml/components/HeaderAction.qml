// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

/// An action of a page's header, shown as a button of at least 48 px that
/// carries its own text (HeaderButton). (A button that only borrows its text
/// from an action gives no name to a screen reader switched on after it was
/// made.)
Kirigami.Action {
    id: root

    displayComponent: HeaderButton {
        headerAction: root
    }
}
