// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// An action of a page's header, shown as a button of at least 48 px that
/// carries its own text. (A button that only borrows its text from an
/// action gives no name to a screen reader switched on after it was made.)
/// Its objectName is the action's, followed by "Button".
Kirigami.Action {
    id: root

    displayComponent: QQC2.ToolButton {
        objectName: root.objectName + "Button"
        text: root.text
        icon.name: root.icon.name
        display: QQC2.AbstractButton.TextBesideIcon
        enabled: root.enabled
        Accessible.name: root.text
        Accessible.description: root.tooltip
        QQC2.ToolTip.text: root.tooltip
        QQC2.ToolTip.visible: hovered && root.tooltip.length > 0
        QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
        implicitWidth: Math.max(Sizes.touchTarget, implicitContentWidth + leftPadding + rightPadding)
        implicitHeight: Math.max(Sizes.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        onClicked: root.trigger()
    }
}
