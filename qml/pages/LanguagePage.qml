// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// Choose the language: each one by its own name, in its own script, in
/// large entries. Changes at once, without restarting.
Kirigami.ScrollablePage {
    id: root

    objectName: "languagePage"
    title: qsTr("Choisir la langue")
    titleDelegate: PageHeading {
        page: root
    }

    ListView {
        model: AppController.localization.interfaceLanguages

        delegate: QQC2.ItemDelegate {
            id: entry

            required property var modelData

            width: ListView.view.width
            implicitHeight: Kirigami.Units.gridUnit * 3.5
            objectName: "language-" + modelData.code
            checkable: true
            checked: AppController.localization.language === modelData.code
            highlighted: checked
            // Each name in its own direction, whatever the current one.
            LayoutMirroring.enabled: modelData.rightToLeft
            Accessible.name: modelData.name
            // One choice among several, the current one checked; a screen
            // reader can press it (a list item offers no action).
            Accessible.role: Accessible.RadioButton
            onClicked: {
                AppController.localization.language = modelData.code;
                applicationWindow().pageStack.pop();
            }

            contentItem: QQC2.Label {
                text: entry.modelData.name
                font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.6
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
