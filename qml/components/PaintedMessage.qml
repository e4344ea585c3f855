// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami

/// Kirigami's InlineMessage with the same frame (a 1 px ring of the type's
/// colour, the background tinted with it), painted: see MessageFrame.
/// For the messages of the first screens: the home screen, the step card.
Kirigami.InlineMessage {
    id: root

    // As Kirigami's: the ring's 1 px, then its small spacing.
    leftPadding: 1 + Kirigami.Units.smallSpacing
    topPadding: 1 + Kirigami.Units.smallSpacing
    rightPadding: 1 + Kirigami.Units.smallSpacing
    bottomPadding: 1 + Kirigami.Units.smallSpacing

    background: MessageFrame {
        type: root.type
    }
}
