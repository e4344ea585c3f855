// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The pages kept so far, "add a page", what the paper is (its file name),
/// and "Envoyer".
ColumnLayout {
    id: root

    required property PaperCapture capture
    /// The kind chosen in the list; the step's suggestion until then.
    property string kind: ""

    spacing: Kirigami.Units.largeSpacing

    ListView {
        id: list

        objectName: "paperPageList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.margins: Kirigami.Units.largeSpacing
        orientation: ListView.Horizontal
        spacing: Kirigami.Units.gridUnit
        clip: true
        model: root.capture.pageCount
        footer: QQC2.Button {
            objectName: "paperAddPage"
            height: list.height
            width: Sizes.bigButton * 3
            icon.name: "list-add"
            icon.width: Kirigami.Units.iconSizes.large
            icon.height: Kirigami.Units.iconSizes.large
            display: QQC2.AbstractButton.TextUnderIcon
            text: qsTr("Ajouter une page")
            Accessible.name: text
            onClicked: root.capture.addPage()
        }

        delegate: Item {
            id: page

            required property int index

            height: list.height
            width: height * 210 / 297

            Image {
                objectName: "paperPage" + page.index
                anchors.fill: parent
                fillMode: Image.PreserveAspectFit
                cache: false
                source: "image://papers/page/" + page.index + "/" + root.capture.revision
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Page %1").arg(page.index + 1)
            }
            QQC2.RoundButton {
                objectName: "paperRemove" + page.index
                anchors.top: parent.top
                anchors.right: parent.right
                width: Sizes.touchTarget
                height: Sizes.touchTarget
                icon.name: "edit-delete"
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Enlever la page %1").arg(page.index + 1)
                Accessible.name: text
                onClicked: root.capture.removePage(page.index)
            }
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        Layout.leftMargin: Kirigami.Units.largeSpacing
        visible: root.capture.problem.length > 0
        wrapMode: Text.Wrap
        color: Kirigami.Theme.negativeTextColor
        text: root.capture.problem
    }

    Flow {
        Layout.fillWidth: true
        Layout.margins: Kirigami.Units.largeSpacing
        spacing: Kirigami.Units.smallSpacing

        Repeater {
            model: root.capture.kinds()

            delegate: QQC2.Button {
                required property var modelData

                objectName: "paperKind-" + modelData.id
                height: Sizes.bigButton
                highlighted: (root.kind || root.capture.suggestedName) === modelData.id
                Accessible.checkable: true
                Accessible.checked: highlighted
                icon.name: modelData.icon
                icon.width: Kirigami.Units.iconSizes.medium
                icon.height: Kirigami.Units.iconSizes.medium
                // French source from C++, translated here: follows a change of language.
                text: qsTranslate("pasapas::PaperCapture", modelData.label)
                Accessible.name: text
                onClicked: root.kind = modelData.id
            }
        }
    }

    QQC2.Button {
        objectName: "paperSend"
        Layout.alignment: Qt.AlignHCenter
        Layout.bottomMargin: Kirigami.Units.largeSpacing
        Layout.preferredHeight: Sizes.bigButton
        Layout.preferredWidth: Sizes.bigButton * 4
        enabled: root.capture.pageCount > 0
        highlighted: true
        icon.name: "document-send"
        text: qsTr("Envoyer")
        Accessible.name: qsTr("Envoyer le document au site")
        onClicked: root.capture.send(root.kind)
    }
}
