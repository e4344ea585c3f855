// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The guides of one family of procedures.
Kirigami.ScrollablePage {
    id: root

    required property string categoryId
    required property string categoryName
    readonly property GuideCatalogModel catalog: AppController.catalog

    signal guideChosen(guideId: string)

    objectName: "guideListPage"
    title: categoryName
    titleDelegate: PageHeading {
        page: root
    }

    function showFilter(): void {
        catalog.query = "";
        catalog.category = categoryId;
    }

    onIsCurrentPageChanged: if (isCurrentPage) showFilter()
    Component.onCompleted: showFilter()

    ListView {
        id: list

        model: root.catalog
        spacing: Kirigami.Units.smallSpacing

        delegate: GuideCard {
            objectName: "guide-" + guideId
            onClicked: root.guideChosen(guideId)
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: list.count === 0
            icon.name: "document-open-folder"
            text: qsTr("Pas encore de guide ici")
            explanation: qsTr("Le médiateur peut ajouter des guides pour cette démarche.")
        }
    }
}
