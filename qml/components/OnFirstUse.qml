// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/// A part that starts hidden and opens when asked (a drawer, a dialog, a
/// full-screen view), made the first time it is asked for and kept: a page
/// costs nothing at its creation for what may never open (issue 16). It fills
/// its parent, so a pop-up made here is placed as if declared in the parent.
Loader {
    id: root

    /// The part, made now if it was not yet.
    function get(): QtObject {
        root.active = true;
        return root.item;
    }

    anchors.fill: parent
    active: false
}
