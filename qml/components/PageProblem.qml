// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// A friendly page in the person's language when the network or the site
/// fails, or the page crashed: never a blank screen.
Rectangle {
    id: root

    property string kind: "network"

    signal retryRequested()

    color: Kirigami.Theme.backgroundColor
    objectName: "pageProblem"

    Kirigami.PlaceholderMessage {
        anchors.centerIn: parent
        width: parent.width - Kirigami.Units.gridUnit * 4
        icon.name: root.kind === "network" ? "network-disconnect" : "dialog-warning"
        text: root.kind === "network" ? qsTr("La page ne s'ouvre pas")
            : root.kind === "crash" ? qsTr("La page s'est fermée")
            : qsTr("Le site a un problème")
        explanation: root.kind === "network" ? qsTr("La tablette n'arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.")
            : root.kind === "crash" ? qsTr("Ce n'est pas de votre faute. On peut reprendre à la dernière bonne page.")
            : qsTr("Le site ne répond pas comme d'habitude. Réessayez dans un instant, ou appelez le médiateur.")
        helpfulAction: Kirigami.Action {
            icon.name: "view-refresh"
            text: qsTr("Réessayer")
            onTriggered: root.retryRequested()
        }
    }
}
