// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/// A part that shows only now and then (a message on a problem, a card for a
/// repair), made the first time it shows and kept: a page costs nothing at
/// its creation for what it may never show (issue 16).
///
/// The part shows exactly when `shown` is true, as when it was declared with
/// `visible: shown`. Made while `shown` is already true at the page's
/// creation, it is visible at once, as before; made later, it is made hidden
/// and then shown, so that an InlineMessage animates its reveal as before.
Loader {
    id: root

    /// Whether the part shows now.
    property bool shown: false
    // Made with the page: shown from its creation, without a reveal.
    property bool _atCreation: false
    property bool _complete: false

    active: false
    visible: root.shown && (root._atCreation || root.status === Loader.Ready)

    onShownChanged: {
        if (root.shown && root._complete)
            root.active = true;
    }
    Component.onCompleted: {
        root._complete = true;
        if (root.shown) {
            root._atCreation = true;
            root.active = true;
        }
    }
}
