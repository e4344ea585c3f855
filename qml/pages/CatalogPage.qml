// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The catalog: a search field over every guide, in every language, and the
/// families of procedures as large pictogram tiles.
Kirigami.ScrollablePage {
    id: root

    readonly property GuideCatalogModel catalog: AppController.catalog
    readonly property bool searching: search.text.trim().length > 0

    signal categoryChosen(categoryId: string, name: string)
    signal guideChosen(guideId: string)

    objectName: "catalogPage"
    actions: [
        LanguageAction {},
        SettingsAction {}
    ]
    title: qsTr("Choisir une démarche")
    titleDelegate: PageHeading {
        page: root
    }

    function showFilter(): void {
        catalog.category = "";
        catalog.query = search.text;
    }

    onIsCurrentPageChanged: if (isCurrentPage) showFilter()
    Component.onCompleted: showFilter()

    header: QQC2.Control {
        padding: Kirigami.Units.largeSpacing
        contentItem: Kirigami.SearchField {
            id: search

            objectName: "catalogSearch"
            implicitHeight: Sizes.bigButton
            // Room for the search icon on both sides: in Arabic and Persian
            // the icon is on the right, where the placeholder starts.
            leftPadding: Kirigami.Units.iconSizes.medium + Kirigami.Units.largeSpacing * 2
            rightPadding: Kirigami.Units.iconSizes.medium + Kirigami.Units.largeSpacing * 2
            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.25
            placeholderText: qsTr("Chercher une démarche, dans votre langue")
            Accessible.name: qsTr("Chercher une démarche")
            autoAccept: true
            delaySearch: false
            onTextChanged: root.catalog.query = text
        }
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        GridLayout {
            id: tiles

            Layout.fillWidth: true
            visible: !root.searching
            columns: Math.max(2, Math.floor(root.width / (Kirigami.Units.gridUnit * 12)))
            columnSpacing: Kirigami.Units.largeSpacing
            rowSpacing: Kirigami.Units.largeSpacing

            Repeater {
                model: AppController.categories

                CategoryTile {
                    Layout.fillWidth: true
                    Layout.preferredWidth: Kirigami.Units.gridUnit * 11
                    objectName: "category-" + categoryId
                    onClicked: root.categoryChosen(categoryId, name)
                }
            }
        }

        Repeater {
            model: root.searching ? root.catalog : null

            GuideCard {
                Layout.fillWidth: true
                objectName: "result-" + guideId
                onClicked: root.guideChosen(guideId)
            }
        }

        Kirigami.PlaceholderMessage {
            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.gridUnit * 2
            visible: root.searching && root.catalog.count === 0
            icon.name: "edit-find"
            text: qsTr("Aucune démarche trouvée")
            explanation: qsTr("Essayez un autre mot, ou demandez au médiateur.")
        }
    }
}
