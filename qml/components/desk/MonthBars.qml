// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// Sessions per month as bars split by category (drawn with plain Qt
/// Quick items: they follow the text size, the colours and right-to-left
/// layouts, and need no GPU). Each bar says its figures to a screen reader.
ColumnLayout {
    id: root

    required property ActivityMonthModel model
    /// [{key, name, color}]: the colours of the categories, in the bars' order.
    required property var categories
    property real barsHeight: Kirigami.Units.gridUnit * 10

    function colorOf(category: string): color {
        for (const c of root.categories) {
            if (c.key === category)
                return c.color;
        }
        return Kirigami.Theme.disabledTextColor;
    }

    spacing: Kirigami.Units.smallSpacing

    // One line of text: the room for a bar's figure and its month.
    QQC2.Label {
        id: lineHeight

        visible: false
        text: "0"
    }

    RowLayout {
        objectName: "monthBars"
        Layout.fillWidth: true
        Layout.preferredHeight: root.barsHeight + lineHeight.implicitHeight * 2
        spacing: Kirigami.Units.smallSpacing

        Repeater {
            model: root.model

            delegate: ColumnLayout {
                id: bar

                required property string month
                required property int sessions
                required property int finished
                required property var segments

                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0
                Accessible.role: Accessible.StaticText
                // TRANSLATORS: one bar of the chart: the month, then its sessions and those led to the end.
                Accessible.name: qsTr("%1 : %2 sessions, %3 menées au bout").arg(Qt.locale(AppController.localization.language).toString(new Date(bar.month + "-15"), "MMMM yyyy")).arg(bar.sessions).arg(bar.finished)

                Item {
                    Layout.fillHeight: true
                }
                QQC2.Label {
                    text: bar.sessions
                    visible: bar.sessions > 0
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                    Accessible.ignored: true
                }
                Repeater {
                    // The first category at the bottom.
                    model: bar.segments.slice().reverse()

                    delegate: Rectangle {
                        required property var modelData

                        color: root.colorOf(modelData.category)
                        Layout.alignment: Qt.AlignHCenter
                        Layout.preferredWidth: Math.min(Kirigami.Units.gridUnit * 3, bar.width * 0.7)
                        Layout.preferredHeight: root.barsHeight * modelData.sessions / Math.max(1, root.model.maximum)
                    }
                }
                Rectangle {
                    color: Kirigami.Theme.textColor
                    Layout.fillWidth: true
                    Layout.preferredHeight: 1
                }
                QQC2.Label {
                    text: Qt.locale(AppController.localization.language).toString(new Date(bar.month + "-15"), "MMM yy")
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Accessible.ignored: true
                }
            }
        }
    }

    // The legend: a colour and a category's name.
    Flow {
        Layout.fillWidth: true
        spacing: Kirigami.Units.largeSpacing

        Repeater {
            model: root.categories

            delegate: Row {
                required property var modelData

                spacing: Kirigami.Units.smallSpacing
                Rectangle {
                    width: Kirigami.Units.gridUnit
                    height: width
                    color: parent.modelData.color
                    anchors.verticalCenter: parent.verticalCenter
                }
                QQC2.Label {
                    text: parent.modelData.name
                }
            }
        }
    }
}
