// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami
import PasAPas.App

Kirigami.ApplicationWindow {
    id: root

    title: qsTr("Pas à pas")
    width: Kirigami.Units.gridUnit * 64
    height: Kirigami.Units.gridUnit * 40
    minimumWidth: Kirigami.Units.gridUnit * 18
    minimumHeight: Kirigami.Units.gridUnit * 20

    pageStack.globalToolBar.style: Kirigami.ApplicationHeaderStyle.ToolBar
    pageStack.globalToolBar.showNavigationButtons: Kirigami.ApplicationHeaderStyle.ShowBackButton
    pageStack.initialPage: HomePage {
        onModeChosen: mode => root.openMode(mode)
    }

    function openMode(mode: string): void {
        AppController.enterMode(mode);
        const pages = {
            "accompanied": Qt.resolvedUrl("pages/AccompaniedPage.qml"),
            "mediator": Qt.resolvedUrl("pages/MediatorPage.qml"),
            "self-service": Qt.resolvedUrl("pages/SelfServicePage.qml")
        };
        pageStack.push(pages[mode]);
    }
}
