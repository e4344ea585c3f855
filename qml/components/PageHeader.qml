// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import PasAPas.App

/// The header of the home screen and of a session: the page's title
/// (PageHeading) and, at the other end, its actions' buttons (those visible),
/// where Kirigami's header toolbar puts them, with the same look. Kirigami's
/// toolbar makes, for each action, a hidden icon-only button with its
/// tooltip and a menu, and a "more" button with another menu; on the first
/// frame they cost ~10 ms and the compiling of Kirigami's menus (issue 16).
/// When title and buttons do not fit side by side (a narrow screen, large
/// text), `fits` turns false: it then gives the page's actions to Kirigami's
/// toolbar, which puts what does not fit in its "more" menu, as before.
RowLayout {
    id: root

    required property Kirigami.Page page
    /// The header's actions (HeaderAction), in order.
    required property list<Kirigami.Action> headerActions
    /// PageHeading's: a way back even first on the stack (a session page).
    property bool backAlways: false
    /// Whether the title and every button fit in the header's width.
    readonly property bool fits: {
        // (The row of Kirigami's header, which holds this title's loader
        // and its toolbar: its width does not change with the toolbar.)
        const room = parent?.parent?.width ?? 0;
        if (room <= 0)
            return true; // not laid out yet
        let needed = heading.implicitWidth;
        for (let i = 0; i < buttons.count; ++i) {
            const button = buttons.itemAt(i);
            if (button?.headerAction.visible)
                needed += Kirigami.Units.smallSpacing + button.implicitWidth;
        }
        return needed <= room;
    }

    // Kirigami's header toolbar fills the header's height; so do the buttons.
    readonly property real headerHeight: page.Kirigami.ColumnView.view?.__pageRow?.globalToolBar.preferredHeight ?? implicitHeight

    // As in Kirigami's header: a small spacing before each button.
    spacing: 0
    Layout.fillWidth: true
    Layout.minimumWidth: 0
    // Beside Kirigami's toolbar, as PageHeading alone.
    Layout.maximumWidth: fits ? Infinity : heading.implicitWidth

    // The page's actions go to Kirigami's toolbar only when they do not fit here.
    onFitsChanged: root.page.actions = root.fits ? [] : root.headerActions

    // As PageHeading's: Kirigami makes a page's heading again when the page
    // is shown again (a session page, at its start), and the style makes
    // the buttons' icons and labels with no owner (e2e-longuse).
    Component.onCompleted: OrphanItems.adopt(root)

    PageHeading {
        id: heading

        page: root.page
        backAlways: root.backAlways
    }
    Item {
        visible: root.fits
        Layout.fillWidth: true
    }
    Repeater {
        id: buttons

        model: root.headerActions

        HeaderButton {
            required property Kirigami.Action modelData

            headerAction: modelData
            visible: root.fits && headerAction.visible
            Layout.leftMargin: Kirigami.Units.smallSpacing
            Layout.preferredHeight: root.headerHeight
        }
    }
}
