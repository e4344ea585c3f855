// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// One guide in a list: pictogram, title, one line of summary, duration.
QQC2.ItemDelegate {
    id: root

    required property string guideId
    required property string title
    required property bool titleIsFallback
    required property string summary
    required property string pictogram
    required property int minutes
    required property bool local
    required property bool overridesBundled

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Kirigami.Units.gridUnit * 4, layout.implicitHeight + 2 * Kirigami.Units.largeSpacing)

    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: summary

    contentItem: RowLayout {
        id: layout

        spacing: Kirigami.Units.largeSpacing

        Kirigami.Icon {
            Layout.preferredWidth: Kirigami.Units.iconSizes.large
            Layout.preferredHeight: Kirigami.Units.iconSizes.large
            Layout.alignment: Qt.AlignTop
            source: root.pictogram
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing

            Kirigami.Heading {
                Layout.fillWidth: true
                level: 3
                wrapMode: Text.Wrap
                text: root.title
            }
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                text: root.summary
            }
            RowLayout {
                spacing: Kirigami.Units.largeSpacing

                QQC2.Label {
                    color: Kirigami.Theme.disabledTextColor
                    //: Estimated duration of a procedure
                    text: qsTr("⏱ environ %n minute(s)", "", root.minutes)
                }
                QQC2.Label {
                    visible: root.titleIsFallback
                    color: Kirigami.Theme.neutralTextColor
                    //: The guide is not translated: shown in French
                    text: qsTr("en français")
                }
                QQC2.Label {
                    visible: root.local
                    color: Kirigami.Theme.positiveTextColor
                    text: root.overridesBundled ? qsTr("version locale (remplace le guide fourni)") : qsTr("guide local")
                }
            }
        }
        Kirigami.Icon {
            Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
            Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
            source: root.mirrored ? "go-previous" : "go-next"
        }
    }
}
