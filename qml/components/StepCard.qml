// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// The current step: where we are, what to do in the person's language, the
/// exact French words to look for on the site, and the big buttons that are
/// always within reach (Back, Done, I'm stuck, Quit).
QQC2.Pane {
    id: root

    required property SessionController session
    property bool mediatorMode: true
    /// « Réparer cette étape » is offered when the target is missing (never in the locked kiosk).
    property bool repairOffered: false
    readonly property int state: session.state
    readonly property bool finished: state === SessionEngine.Finished

    signal backOnTrackRequested()
    signal quitRequested()
    signal repairRequested()

    objectName: "stepCard"
    padding: Kirigami.Units.largeSpacing * 2
    Kirigami.Theme.colorSet: Kirigami.Theme.Window
    Kirigami.Theme.inherit: false

    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
        Kirigami.Separator {
            anchors {
                left: parent.left
                top: parent.top
                bottom: parent.bottom
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        QQC2.Label {
            objectName: "stepProgress"
            Layout.fillWidth: true
            color: Kirigami.Theme.disabledTextColor
            text: root.finished ? qsTr("Terminé") : qsTr("Étape %1 sur %2").arg(root.session.step.number).arg(root.session.step.count)
        }
        StillProgressBar {
            Layout.fillWidth: true
            from: 0
            to: root.session.step.count
            value: root.finished ? root.session.step.count : root.session.step.number - 1
            Accessible.name: qsTr("Avancement")
        }

        GridLayout {
            id: heading

            // The instruction goes under the pictogram and the speaker when its
            // longest word would not fit beside them (large text, a narrow card).
            readonly property bool wordsFitBeside: instruction.widestWordWidth <= root.availableWidth - pictogram.width - (speakButton.visible ? speakButton.width + columnSpacing : 0) - columnSpacing

            Layout.fillWidth: true
            columns: 3
            columnSpacing: Kirigami.Units.largeSpacing
            rowSpacing: Kirigami.Units.largeSpacing

            Kirigami.Icon {
                id: pictogram

                Layout.row: 0
                Layout.column: 0
                Layout.preferredWidth: Kirigami.Units.iconSizes.large
                Layout.preferredHeight: Kirigami.Units.iconSizes.large
                Layout.alignment: Qt.AlignTop
                source: Pictograms.source(root.finished ? "pasapas-done" : root.session.step.pictogram)
            }
            QQC2.ToolButton {
                id: speakButton

                objectName: "speakButton"
                Layout.row: 0
                Layout.column: 1
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: Sizes.bigButton
                Layout.preferredHeight: Sizes.bigButton
                visible: !root.finished
                icon.name: "audio-volume-high"
                icon.width: Kirigami.Units.iconSizes.medium
                icon.height: Kirigami.Units.iconSizes.medium
                display: QQC2.AbstractButton.IconOnly
                text: qsTr("Écouter")
                Accessible.name: qsTr("Lire l'étape à voix haute")
                onClicked: AppController.readStep()
            }
            // Under the pictogram and the speaker, the instruction has the whole width.
            Item {
                Layout.row: 0
                Layout.column: 2
                Layout.fillWidth: true
                visible: !heading.wordsFitBeside
            }
            WholeWordsLabel {
                id: instruction

                objectName: "instruction"
                Layout.fillWidth: true
                Layout.preferredWidth: 0 // the room left, never more: the card does not grow with the words
                Layout.row: heading.wordsFitBeside ? 0 : 1
                Layout.column: heading.wordsFitBeside ? 2 : 0
                Layout.columnSpan: heading.wordsFitBeside ? 1 : 3
                // A long word at 200 % ("Торкніться") makes the words smaller, never cut.
                pointSize: Kirigami.Theme.defaultFont.pointSize * 1.5
                font.bold: true
                text: root.finished ? qsTr("Bravo ! La démarche est terminée.") : root.session.step.instruction
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: root.session.step.instructionIsFallback && !root.finished
            color: Kirigami.Theme.neutralTextColor
            wrapMode: Text.WordWrap
            //: Shown when a guide step is not translated into the person's language
            text: qsTr("(pas encore traduit : en français)")
        }

        QQC2.Label {
            objectName: "chooseHint"
            Layout.fillWidth: true
            visible: root.session.step.completion === Completion.Choose && !root.finished
            wrapMode: Text.WordWrap
            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.2
            //: Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine
            text: qsTr("Choisissez ce qui vous correspond. Toutes les réponses conviennent.")
        }

        // The exact words on the site, which stays in French (painted: a
        // cold session page's first frame compiles no GL program for it).
        PaintedRectangle {
            Layout.fillWidth: true
            visible: root.session.step.frenchWords.length > 0 && !root.finished
            implicitHeight: words.implicitHeight + Kirigami.Units.largeSpacing * 2
            radius: Kirigami.Units.cornerRadius
            color: Kirigami.Theme.neutralBackgroundColor
            border.width: 1
            border.color: Kirigami.Theme.neutralTextColor

            ColumnLayout {
                id: words

                anchors.fill: parent
                anchors.margins: Kirigami.Units.largeSpacing
                spacing: Kirigami.Units.smallSpacing

                QQC2.Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Sur le site, cherchez :")
                }
                QQC2.Label {
                    objectName: "frenchWords"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.4
                    font.bold: true
                    // The French words are shown left to right in every language.
                    horizontalAlignment: Text.AlignLeft
                    LayoutMirroring.enabled: false
                    text: "« " + root.session.step.frenchWords + " »"
                    Accessible.name: root.session.step.frenchWords
                }
            }
        }

        OnNeed {
            Layout.fillWidth: true
            shown: AppController.readAloud.problem.length > 0
            sourceComponent: PlainMessage {
                objectName: "speechProblem"
                type: Kirigami.MessageType.Information
                iconName: "audio-volume-muted"
                text: AppController.readAloud.problem
            }
        }

        OnNeed {
            Layout.fillWidth: true
            shown: root.session.step.sensitive && !root.finished
            sourceComponent: PlainMessage {
                objectName: "sensitiveMessage"
                type: Kirigami.MessageType.Warning
                iconName: "dialog-password"
                text: qsTr("Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l'application ne la lit pas.")
            }
        }

        // A banner, a pop-in or a closed section is in the way: the page shows what to tap first.
        OnNeed {
            Layout.fillWidth: true
            shown: root.session.obstacle !== SessionEngine.NoObstacle && !root.finished
            sourceComponent: PlainMessage {
                objectName: "obstacleMessage"
                type: Kirigami.MessageType.Information
                iconName: "dialog-information"
                text: root.session.obstacle === SessionEngine.CookieBanner
                      //: A cookie consent banner covers the page; the app highlights its "refuse" (or "accept") button
                      ? qsTr("D'abord, fermez le message sur les cookies. Appuyez sur le bouton montré.")
                      : root.session.obstacle === SessionEngine.SiteDialog
                        //: A pop-in window of the web site covers the page; the app highlights its close button
                        ? qsTr("D'abord, fermez ce message du site. Appuyez sur le bouton montré.")
                        //: The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it
                        : qsTr("D'abord, ouvrez cette partie de la page. Appuyez sur l'endroit montré.")
            }
        }

        OnNeed {
            Layout.fillWidth: true
            shown: root.state === SessionEngine.Missing
            sourceComponent: PlainMessage {
                objectName: "missingMessage"
                type: Kirigami.MessageType.Warning
                text: root.session.step.frenchWords.length > 0
                      ? qsTr("Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l'aide.").arg(root.session.step.frenchWords)
                      : qsTr("Je ne trouve pas l'endroit sur cette page. Cherchez-le, ou demandez de l'aide.")
            }
        }
        CardButton {
            objectName: "repairButton"
            visible: root.repairOffered && root.state === SessionEngine.Missing
            icon.name: visible ? "tools-wizard" : "" // read only once shown (issue 16)
            //: A mediator shows the app the right element of the page for a step whose target the app cannot find
            text: qsTr("Réparer cette étape")
            Accessible.name: qsTr("Réparer cette étape : montrer le bon élément")
            onClicked: root.repairRequested()
        }

        // By its address: the only message here with an action, Kirigami's
        // InlineMessage (compiled from source at every fresh start, Debian
        // ships it uncompiled) is loaded the first time it shows, not with
        // the card's type when a session page is made (issue 16).
        OnNeed {
            id: offTrack

            Layout.fillWidth: true
            shown: root.state === SessionEngine.OffTrack
            source: "OffTrackMessage.qml"

            Binding {
                target: offTrack.item
                when: offTrack.item !== null
                property: "text"
                value: qsTr("Vous n'êtes pas sur la bonne page pour cette étape.")
            }
            Binding {
                target: offTrack.item
                when: offTrack.item !== null
                property: "actionText"
                value: qsTr("Revenir à la bonne page")
            }
            Connections {
                target: offTrack.item
                function onBackRequested() {
                    root.backOnTrackRequested();
                }
            }
        }

        OnNeed {
            Layout.fillWidth: true
            shown: root.state === SessionEngine.Stuck
            sourceComponent: PlainMessage {
                objectName: "stuckMessage"
                type: Kirigami.MessageType.Information
                text: root.session.helpCalled ? qsTr("Pas de souci. Votre appel s'affiche en haut de l'écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.")
                    : root.mediatorMode ? qsTr("Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.")
                                        : qsTr("Pas de souci. Demandez de l'aide à l'accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.")
            }
        }

        OnNeed {
            Layout.fillWidth: true
            shown: root.mediatorMode && root.session.step.mediatorNote.length > 0 && !root.finished
            sourceComponent: PlainMessage {
                objectName: "mediatorNote"
                type: Kirigami.MessageType.Information
                iconName: "user-identity"
                // Plain words, no markup: a screen reader reached the bold as HTML source.
                text: qsTr("Pour le médiateur : %1").arg(root.session.step.mediatorNote)
            }
        }

        Item {
            Layout.fillHeight: true
        }

        GridLayout {
            id: buttons

            Layout.fillWidth: true
            // Side by side while the words fit; one under the other with large text.
            columns: backButton.implicitWidth + stuckButton.implicitWidth + columnSpacing <= root.availableWidth ? 2 : 1
            columnSpacing: Kirigami.Units.largeSpacing
            rowSpacing: Kirigami.Units.largeSpacing

            CardButton {
                objectName: "doneButton"
                Layout.columnSpan: buttons.columns
                visible: !root.finished
                highlighted: (root.session.step.active && root.session.step.completion === Completion.Done) || root.session.fieldFilled
                icon.name: "dialog-ok"
                text: qsTr("C'est fait")
                font.bold: true
                Accessible.name: qsTr("C'est fait : étape suivante")
                onClicked: root.session.done()
            }
            CardButton {
                id: backButton

                objectName: "backButton"
                enabled: root.session.step.number > 1 || root.finished
                icon.name: root.mirrored ? "go-next" : "go-previous"
                text: qsTr("Étape précédente")
                Accessible.name: qsTr("Étape précédente")
                onClicked: root.session.back()
            }
            CardButton {
                id: stuckButton

                objectName: "stuckButton"
                visible: !root.finished
                // A pictogram that says it without reading: a raised hand.
                icon.name: "pasapas-help"
                icon.width: Kirigami.Units.iconSizes.medium
                icon.height: Kirigami.Units.iconSizes.medium
                icon.color: "transparent"
                text: qsTr("J'ai besoin d'aide")
                font.bold: true
                Accessible.name: qsTr("J'ai besoin d'aide : appeler un médiateur")
                onClicked: root.session.callHelp()
            }
            CardButton {
                objectName: "quitButton"
                Layout.columnSpan: root.finished ? 1 : buttons.columns
                highlighted: root.finished
                icon.name: root.finished ? "dialog-ok-apply" : "application-exit"
                text: root.finished ? qsTr("Terminer") : qsTr("Quitter")
                Accessible.name: root.finished ? qsTr("Terminer la session") : qsTr("Quitter la démarche")
                onClicked: root.quitRequested()
            }
        }
    }
}
