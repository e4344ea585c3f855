// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Dialogs
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// The exports for funders: a table (CSV) and a one-page report (PDF), saved
/// where the mediator picks, with the association's name at its top.
ColumnLayout {
    id: root

    required property Desk desk

    spacing: Kirigami.Units.largeSpacing

    Kirigami.Heading {
        text: qsTr("Pour les financeurs")
        level: 2
    }
    QQC2.TextField {
        objectName: "associationName"
        text: root.desk.associationName
        placeholderText: qsTr("Nom de l'association")
        Accessible.name: qsTr("Nom de l'association, en tête du rapport")
        onEditingFinished: root.desk.associationName = text
        Layout.fillWidth: true
        Layout.minimumHeight: Sizes.touchTarget
    }
    Flow {
        spacing: Kirigami.Units.largeSpacing
        Layout.fillWidth: true

        QQC2.Button {
            objectName: "exportCsv"
            icon.name: "text-csv"
            text: qsTr("Tableau (CSV)")
            Accessible.name: qsTr("Enregistrer le tableau des chiffres (CSV)")
            height: Math.max(Sizes.touchTarget, implicitHeight)
            onClicked: saveDialog.ask("csv")
        }
        QQC2.Button {
            objectName: "exportPdf"
            icon.name: "application-pdf"
            text: qsTr("Rapport d'une page (PDF)")
            Accessible.name: qsTr("Enregistrer le rapport d'une page (PDF)")
            height: Math.max(Sizes.touchTarget, implicitHeight)
            onClicked: saveDialog.ask("pdf")
        }
    }
    Kirigami.InlineMessage {
        id: exportMessage

        objectName: "exportMessage"
        visible: text.length > 0
        Layout.fillWidth: true
    }

    FileDialog {
        id: saveDialog

        property string suffix: "csv"

        function ask(kind: string): void {
            suffix = kind;
            selectedFile = root.desk.suggestedFile(kind);
            open();
        }

        fileMode: FileDialog.SaveFile
        nameFilters: suffix === "csv" ? [qsTr("Tableau (*.csv)")] : [qsTr("Document PDF (*.pdf)")]
        onAccepted: {
            const problem = suffix === "csv" ? root.desk.exportCsv(selectedFile) : root.desk.exportPdf(selectedFile);
            exportMessage.type = problem === "" ? Kirigami.MessageType.Positive : Kirigami.MessageType.Error;
            exportMessage.text = problem === "" ? qsTr("Enregistré : %1").arg(decodeURIComponent(selectedFile.toString().replace("file://", ""))) : problem;
        }
    }
}
