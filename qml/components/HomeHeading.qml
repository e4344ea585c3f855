// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

/// The home screen's header: its title (PageHeading) and, at the other end,
/// its actions' buttons, where Kirigami's header toolbar puts them, with the
/// same look. The home page gives Kirigami no actions: its toolbar makes, for
/// each action, a hidden icon-only button with a menu, and a "more" button
/// with another menu, all for a header that never overflows; on the first
/// frame they cost ~10 ms and the compiling of Kirigami's menus (issue 16).
/// On a narrow screen the title elides first, as beside Kirigami's toolbar.
RowLayout {
    id: root

    required property Kirigami.Page page
    /// The header's actions (HeaderAction), in order.
    required property list<Kirigami.Action> headerActions

    // Kirigami's header toolbar fills the header's height; so do the buttons.
    readonly property real headerHeight: page.Kirigami.ColumnView.view?.__pageRow?.globalToolBar.preferredHeight ?? implicitHeight

    spacing: Kirigami.Units.smallSpacing
    Layout.fillWidth: true
    Layout.minimumWidth: 0

    PageHeading {
        page: root.page
    }
    Item {
        Layout.fillWidth: true
    }
    Repeater {
        model: root.headerActions

        HeaderButton {
            required property Kirigami.Action modelData

            headerAction: modelData
            Layout.preferredHeight: root.headerHeight
        }
    }
}
