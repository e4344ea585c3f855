// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// The friendly message, in the session language, when the tablet refused
/// something (another site, an app, a file, a menu). It covers the page
/// until the person has read it; the page underneath is the one they were on.
Rectangle {
    id: root

    required property SessionController session
    /// True when the refused page replaced the page (the way back is needed).
    property bool pageLost: false

    signal backRequested()

    objectName: "blockedNotice"
    visible: session.blockReason !== ""
    color: Qt.rgba(Kirigami.Theme.backgroundColor.r, Kirigami.Theme.backgroundColor.g, Kirigami.Theme.backgroundColor.b, 0.96)

    // Taps do not reach the page underneath.
    MouseArea {
        anchors.fill: parent
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Kirigami.Units.gridUnit * 2, Kirigami.Units.gridUnit * 30)
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Icon {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: Kirigami.Units.iconSizes.huge
            implicitHeight: Kirigami.Units.iconSizes.huge
            source: root.session.blockReason === "external-app" ? "call-start" : "security-high"
            Accessible.ignored: true
        }
        Kirigami.Heading {
            objectName: "blockedTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            level: 2
            text: root.session.blockTitle
        }
        QQC2.Label {
            objectName: "blockedText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: root.session.blockText
        }
        QQC2.Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: root.session.blockedHost !== ""
            color: Kirigami.Theme.disabledTextColor
            wrapMode: Text.WrapAnywhere
            // The host only: the rest of an address may carry personal data.
            text: root.session.blockedHost
        }
        QQC2.Button {
            objectName: "blockedContinue"
            Layout.alignment: Qt.AlignHCenter
            Layout.minimumHeight: Kirigami.Units.gridUnit * 3
            icon.name: root.pageLost ? "go-previous" : "dialog-ok"
            text: root.pageLost ? qsTr("Revenir à la démarche") : qsTr("Continuer la démarche")
            Accessible.name: text
            onClicked: {
                if (root.pageLost)
                    root.backRequested();
                root.session.dismissBlock();
            }
        }
    }
}
