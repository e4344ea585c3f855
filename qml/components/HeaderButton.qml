// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// The button of a header action (HeaderAction): at least 48 px, with its
/// own text. Kirigami's header makes it for a page's actions; a page that
/// lays out its header itself (the home screen, a session: PageHeader) makes it for
/// its action. Its objectName is the action's, followed by "Button".
QQC2.ToolButton {
    required property Kirigami.Action headerAction

    objectName: headerAction.objectName + "Button"
    text: headerAction.text
    icon.name: headerAction.icon.name
    display: QQC2.AbstractButton.TextBesideIcon
    enabled: headerAction.enabled
    Accessible.name: headerAction.text
    Accessible.description: headerAction.tooltip
    QQC2.ToolTip.text: headerAction.tooltip
    QQC2.ToolTip.visible: hovered && headerAction.tooltip.length > 0
    QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
    implicitWidth: Math.max(Sizes.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Sizes.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    onClicked: headerAction.trigger()
}
