// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// A page's header: a back button of full touch size (Kirigami's own is
/// smaller than 48 px) and the page's title. Every page uses it as its
/// titleDelegate; the back button does what Kirigami's does (the page's
/// backRequested first, so a session page can warn before it ends).
RowLayout {
    id: root

    required property Kirigami.Page page
    /// The page has a way back of its own (backRequested), even first on
    /// the stack: a session page started by `--start`, before the home page
    /// is made under it (Main.qml, HomeLater).
    property bool backAlways: false
    readonly property bool first: page.Kirigami.ColumnView.index <= 0
    readonly property bool canGoBack: backAlways || !first

    spacing: Kirigami.Units.smallSpacing
    // As Kirigami's own title: it gives way to the page's actions and elides.
    Layout.fillWidth: true
    Layout.minimumWidth: 0
    Layout.maximumWidth: implicitWidth

    QQC2.ToolButton {
        objectName: "headerBack"
        visible: root.canGoBack
        display: QQC2.AbstractButton.IconOnly
        icon.name: mirrored ? "go-next" : "go-previous"
        // The arrow grows with the text it stands beside.
        icon.width: Math.round(Kirigami.Units.iconSizes.smallMedium * AppController.appearance.textScale)
        icon.height: Math.round(Kirigami.Units.iconSizes.smallMedium * AppController.appearance.textScale)
        text: qsTr("Retour")
        Accessible.name: text
        QQC2.ToolTip.text: text
        QQC2.ToolTip.visible: hovered
        QQC2.ToolTip.delay: Kirigami.Units.toolTipDelay
        Layout.minimumHeight: Sizes.touchTarget
        Layout.preferredWidth: Math.max(Sizes.touchTarget, height)
        // (Kirigami's goBack does nothing on the first page.)
        onClicked: root.first ? root.page.backRequested({ accepted: false }) : applicationWindow().pageStack.goBack()
    }
    // Kirigami makes a page's heading again whenever the page is shown again
    // (a session page, at its start): the back button's icon, made by the
    // style with no owner, then goes with the heading (bench_soak: one a session).
    Component.onCompleted: OrphanItems.adopt(root)

    Kirigami.Heading {
        objectName: "headerTitle"
        text: root.page.title
        textFormat: Text.PlainText
        level: 1
        elide: Text.ElideRight
        maximumLineCount: 1
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
        Layout.leftMargin: root.canGoBack ? 0 : Kirigami.Units.largeSpacing
    }
}
