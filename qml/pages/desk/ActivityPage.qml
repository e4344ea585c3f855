// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// "Activité": the journal's anonymous figures for a period of months, as
/// charts read at a glance, where people stop, the guides' health, and the
/// exports for funders.
Kirigami.ScrollablePage {
    id: root

    readonly property Desk desk: AppController.desk

    objectName: "activityPage"
    title: qsTr("Activité")
    titleDelegate: PageHeading {
        page: root
    }
    Component.onCompleted: root.desk.refresh()

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.InlineMessage {
            objectName: "journalProblem"
            type: Kirigami.MessageType.Warning
            text: root.desk.problem
            visible: text.length > 0
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: Kirigami.Units.largeSpacing
            Layout.fillWidth: true

            QQC2.Label {
                text: qsTr("Période")
                Accessible.ignored: true
            }
            QQC2.ComboBox {
                id: period

                readonly property var months: [1, 3, 6, 12]

                objectName: "periodChooser"
                // TRANSLATORS: the dashboard's period: the last n months, this one included.
                model: months.map(n => n === 1 ? qsTr("Ce mois-ci") : qsTr("Les %1 derniers mois").arg(n))
                currentIndex: Math.max(0, months.indexOf(root.desk.periodMonths))
                onActivated: index => root.desk.periodMonths = months[index]
                Accessible.name: qsTr("Période : %1").arg(currentText)
                Layout.minimumHeight: Sizes.touchTarget
                // Wide enough for its words at any text size.
                Layout.preferredWidth: Math.max(implicitWidth, contentItem.implicitWidth + indicator.width + leftPadding + rightPadding)
            }
            QQC2.Label {
                text: root.desk.periodLabel
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        // The totals, large.
        Flow {
            objectName: "totals"
            spacing: Kirigami.Units.largeSpacing
            Layout.fillWidth: true

            Repeater {
                model: [
                    { name: "totalSessions", figure: root.desk.sessions, label: qsTr("sessions") },
                    { name: "totalFinished", figure: root.desk.finished, label: qsTr("menées au bout") },
                    { name: "totalHelp", figure: root.desk.helpEvents, label: qsTr("demandes d'aide et blocages") },
                    { name: "totalHelpCalls", figure: root.desk.helpCalls, label: qsTr("appels « J'ai besoin d'aide »") }
                ]

                delegate: Kirigami.AbstractCard {
                    id: total

                    required property var modelData

                    objectName: total.modelData.name
                    Accessible.role: Accessible.StaticText
                    Accessible.name: total.modelData.figure + " " + total.modelData.label
                    contentItem: ColumnLayout {
                        Kirigami.Heading {
                            text: total.modelData.figure
                            level: 1
                            font.pointSize: Kirigami.Theme.defaultFont.pointSize * 2.4
                            Accessible.ignored: true
                        }
                        QQC2.Label {
                            text: total.modelData.label
                            Accessible.ignored: true
                        }
                    }
                }
            }
        }

        Kirigami.Heading {
            text: qsTr("Sessions par mois et par thème")
            level: 2
        }
        MonthBars {
            model: root.desk.months
            categories: root.desk.categories
            Layout.fillWidth: true
        }

        Kirigami.Heading {
            text: qsTr("Langues")
            level: 2
        }
        BreakdownBars {
            objectName: "languageBars"
            entries: root.desk.languages
            Layout.fillWidth: true
        }

        Kirigami.Heading {
            text: qsTr("Accompagnées ou en autonomie")
            level: 2
        }
        BreakdownBars {
            entries: root.desk.modes
            Layout.fillWidth: true
        }

        Kirigami.Heading {
            text: qsTr("Guides")
            level: 2
        }
        BreakdownBars {
            entries: root.desk.guides
            Layout.fillWidth: true
        }

        DeskLists {
            desk: root.desk
            Layout.fillWidth: true
        }

        ActivityExports {
            desk: root.desk
            Layout.fillWidth: true
        }
    }
}
