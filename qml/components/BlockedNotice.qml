// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import PasAPas.App

/// The friendly message, in the session language, when the tablet refused
/// something (another site, an app, a file, a menu). It covers the page
/// until the person has read it; the page underneath is the one they were on.
FullScreenNotice {
    id: root

    required property SessionController session
    /// True when the refused page replaced the page (the way back is needed).
    property bool pageLost: false

    signal backRequested()

    objectName: "blockedNotice"
    visible: session.lockdown.reason !== BlockReason.None
    color: Qt.rgba(Kirigami.Theme.backgroundColor.r, Kirigami.Theme.backgroundColor.g, Kirigami.Theme.backgroundColor.b, 0.96)
    iconName: session.lockdown.reason === BlockReason.ExternalApp ? "call-start" : "security-high"
    title: session.lockdown.title
    text: session.lockdown.text
    // The host only: the rest of an address may carry personal data.
    note: session.lockdown.blockedHost
    titleItem.objectName: "blockedTitle"
    textItem.objectName: "blockedText"

    NoticeButton {
        objectName: "blockedContinue"
        Layout.fillWidth: false
        Layout.alignment: Qt.AlignHCenter
        icon.name: root.pageLost ? "go-previous" : "dialog-ok"
        text: root.pageLost ? qsTr("Revenir à la démarche") : qsTr("Continuer la démarche")
        onClicked: {
            if (root.pageLost)
                root.backRequested();
            root.session.lockdown.dismiss();
        }
    }
}
