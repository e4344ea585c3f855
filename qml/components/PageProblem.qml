// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import PasAPas.App

/// A friendly page in the person's language when the network or the site
/// fails, or the page crashed: never a blank screen.
FullScreenNotice {
    id: root

    property int failure: PageFailure.None

    signal retryRequested()

    objectName: "pageProblem"
    visible: failure !== PageFailure.None
    iconName: failure === PageFailure.Network ? "network-disconnect"
        : failure === PageFailure.Unsafe ? "security-low"
        : failure === PageFailure.Slow ? "chronometer" : "dialog-warning"
    title: failure === PageFailure.Network ? qsTr("La page ne s'ouvre pas")
        : failure === PageFailure.Crash ? qsTr("La page s'est fermée")
        //: The site's certificate is not valid: it may be a fake site
        : failure === PageFailure.Unsafe ? qsTr("Ce site n'est pas sûr")
        //: The page has been loading for a long while
        : failure === PageFailure.Slow ? qsTr("Le site met du temps à répondre")
        : qsTr("Le site a un problème")
    text: failure === PageFailure.Network ? qsTr("La tablette n'arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.")
        : failure === PageFailure.Crash ? qsTr("Ce n'est pas de votre faute. On peut reprendre à la dernière bonne page.")
        : failure === PageFailure.Unsafe ? qsTr("Le site ne prouve pas qui il est. N'écrivez rien. Appelez le médiateur.")
        : failure === PageFailure.Slow ? qsTr("Attendez encore un peu, ou réessayez.")
        : qsTr("Le site ne répond pas comme d'habitude. Réessayez dans un instant, ou appelez le médiateur.")

    NoticeButton {
        objectName: "pageRetry"
        icon.name: "view-refresh"
        text: qsTr("Réessayer")
        onClicked: root.retryRequested()
    }
}
