// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/// A part that starts hidden and opens when asked (a drawer, a dialog, a
/// full-screen view), made the first time it is asked for and kept: a page
/// costs nothing at its creation for what may never open (issue 16). It fills
/// its parent, so a pop-up made here is placed as if declared in the parent.
///
/// Given by its `address` (rather than a sourceComponent), its type is loaded
/// only then, with what it uses: for a part that uses a Kirigami type Debian
/// ships uncompiled, which every fresh start would otherwise compile with
/// the page. Its required properties are then given in `initialProperties`.
Loader {
    id: root

    /// The part's file, relative to the file that declares this.
    property url address
    /// The properties the part is made with, when made by its address.
    property var initialProperties: ({})

    /// The part, made now if it was not yet.
    function get(): QtObject {
        if (!root.active) {
            root.active = true;
            if (root.address.toString().length > 0)
                root.setSource(root.address, root.initialProperties);
        }
        return root.item;
    }

    anchors.fill: parent
    active: false
}
