// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The mediator's PIN, on a large keypad: to unlock a mode, or to choose a
/// new PIN, typed twice. The PIN itself never leaves
/// this page except to be checked or hashed.
Kirigami.Page {
    id: root

    enum Purpose {
        Unlock,
        Choose,
        Confirm ///< a mediator answers a help call in the kiosk: the PIN is checked, the mode stays
    }
    property int purpose: PinPage.Unlock
    /// The mode to open once unlocked (or once the first PIN is chosen); -1 for none.
    property int targetMode: -1
    property string entered: ""
    property string firstEntry: ""
    property string message: ""
    property int lockSeconds: AppController.kiosk.pinSecondsLocked()

    signal unlocked(mode: int)
    signal pinChosen(mode: int)
    signal confirmed()

    objectName: "pinPage"
    title: purpose === PinPage.Choose ? qsTr("Choisir le code médiateur") : qsTr("Code médiateur")
    titleDelegate: PageHeading {
        page: root
    }

    function press(digit: string): void {
        if (root.entered.length < 8)
            root.entered += digit;
    }
    function submit(): void {
        if (root.purpose === PinPage.Confirm) {
            const problem = AppController.kiosk.checkPin(root.entered);
            root.entered = "";
            root.lockSeconds = AppController.kiosk.pinSecondsLocked();
            if (problem === "")
                root.confirmed();
            else
                root.message = problem;
            return;
        }
        if (root.purpose === PinPage.Unlock) {
            const problem = AppController.kiosk.enterModeWithPin(root.targetMode, root.entered);
            root.entered = "";
            root.lockSeconds = AppController.kiosk.pinSecondsLocked();
            if (problem === "")
                root.unlocked(root.targetMode);
            else
                root.message = problem;
            return;
        }
        if (root.firstEntry === "") {
            root.firstEntry = root.entered;
            root.entered = "";
            root.message = "";
            return;
        }
        const problem = AppController.kiosk.choosePin(root.firstEntry, root.entered);
        root.firstEntry = "";
        root.entered = "";
        if (problem === "")
            root.pinChosen(root.targetMode);
        else
            root.message = problem;
    }

    Timer {
        interval: 1000
        repeat: true
        running: root.lockSeconds > 0
        onTriggered: root.lockSeconds = AppController.kiosk.pinSecondsLocked()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Kirigami.Units.gridUnit * 2, Kirigami.Units.gridUnit * 20)
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: root.purpose !== PinPage.Choose ? qsTr("Tapez le code médiateur.")
                : root.firstEntry === "" ? qsTr("Choisissez un code de 4 à 8 chiffres. Ne le donnez qu'aux médiateurs.")
                : qsTr("Tapez le même code une deuxième fois.")
        }
        QQC2.Label {
            objectName: "pinDots"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Kirigami.Units.gridUnit * 2
            font.letterSpacing: Kirigami.Units.smallSpacing
            // Dots only: the code is never shown.
            text: root.entered.length > 0 ? "●".repeat(root.entered.length) : " "
            Accessible.name: qsTr("%n chiffre(s) tapé(s)", "", root.entered.length)
        }
        QQC2.Label {
            objectName: "pinMessage"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: text !== ""
            color: Kirigami.Theme.negativeTextColor
            text: root.lockSeconds > 0 ? qsTr("Trop d'essais. Réessayez dans %n seconde(s).", "", root.lockSeconds) : root.message
        }

        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Kirigami.Units.largeSpacing
            columnSpacing: Kirigami.Units.largeSpacing
            // A keypad reads left to right in every language.
            LayoutMirroring.enabled: false
            LayoutMirroring.childrenInherit: true
            enabled: root.lockSeconds === 0

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

                delegate: Key {
                    required property string modelData

                    objectName: "pinKey" + modelData
                    text: modelData
                    onClicked: root.press(modelData)
                }
            }
            Key {
                objectName: "pinErase"
                icon.name: "edit-clear"
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Effacer un chiffre")
                enabled: root.entered.length > 0
                onClicked: root.entered = root.entered.slice(0, -1)
            }
            Key {
                objectName: "pinKey0"
                text: "0"
                onClicked: root.press("0")
            }
            Key {
                objectName: "pinOk"
                icon.name: "dialog-ok-apply"
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Valider le code")
                highlighted: true
                enabled: root.entered.length >= 4
                onClicked: root.submit()
            }
        }
    }

    /// A key of the pad: larger with the text size (up to 150 %, so that the
    /// pad still fits a landscape tablet at 200 %), its digit sized to it.
    component Key: QQC2.Button {
        readonly property real keyScale: Math.min(AppController.appearance.textScale, 1.5)

        Layout.preferredWidth: Math.round(72 * keyScale)
        Layout.preferredHeight: Math.round(64 * keyScale)
        // The style's padding grows with the text; a key's content needs the room.
        leftPadding: Kirigami.Units.smallSpacing
        rightPadding: Kirigami.Units.smallSpacing
        topPadding: Kirigami.Units.smallSpacing
        bottomPadding: Kirigami.Units.smallSpacing
        font.pixelSize: Math.round(26 * keyScale)
        icon.width: Math.round(Kirigami.Units.iconSizes.smallMedium * keyScale)
        icon.height: Math.round(Kirigami.Units.iconSizes.smallMedium * keyScale)
        Accessible.name: text
    }
}
