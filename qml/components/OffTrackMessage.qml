// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

/// The step card's message when the page is not the step's, with the way
/// back to it. Loaded by its address (StepCard), which gives it its words:
/// a session page does not load Kirigami's InlineMessage for it (compiled
/// from source at every fresh start: Debian ships it uncompiled).
PaintedMessage {
    id: root

    /// The action's words.
    property string actionText

    /// The person asked to go back to the step's page.
    signal backRequested

    objectName: "offTrackMessage"
    visible: true
    type: Kirigami.MessageType.Warning
    actions: Kirigami.Action {
        icon.name: "go-previous"
        text: root.actionText
        onTriggered: root.backRequested()
    }
}
