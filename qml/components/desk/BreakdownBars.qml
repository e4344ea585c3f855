// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

/// A breakdown as horizontal bars, one per entry: its name, a bar as long
/// as its share, and its figure (languages, modes…).
ColumnLayout {
    id: root

    /// [{name, sessions}], most first.
    required property var entries
    readonly property int most: entries.length > 0 ? entries[0].sessions : 1

    spacing: Kirigami.Units.smallSpacing

    Repeater {
        model: root.entries

        // The name on its line (it never needs cutting), the bar and its figure under it.
        delegate: ColumnLayout {
            id: entry

            required property var modelData

            Layout.fillWidth: true
            spacing: 0
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 : %n session(s)", "", entry.modelData.sessions).arg(entry.modelData.name)

            QQC2.Label {
                text: entry.modelData.name
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.ignored: true
            }
            RowLayout {
                spacing: Kirigami.Units.largeSpacing
                Layout.fillWidth: true

                Item {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Kirigami.Units.gridUnit

                    Rectangle {
                        // Mirrored with the layout in right-to-left languages.
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        width: Math.max(2, parent.width * entry.modelData.sessions / Math.max(1, root.most))
                        color: Kirigami.Theme.highlightColor
                    }
                }
                QQC2.Label {
                    text: entry.modelData.sessions
                    Layout.minimumWidth: Kirigami.Units.gridUnit * 2
                    horizontalAlignment: Text.AlignRight
                    Accessible.ignored: true
                }
            }
        }
    }
}
