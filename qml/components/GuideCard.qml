// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

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
    required property int guideSource
    required property int guideVersion

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
            source: Pictograms.source(root.pictogram)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Kirigami.Units.smallSpacing

            Kirigami.Heading {
                Layout.fillWidth: true
                level: 3
                wrapMode: Text.WordWrap
                text: root.title
            }
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
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
                // Where the guide comes from: a local repair wins over the
                // signed pack, which wins over the guides bundled with the app.
                QQC2.Label {
                    objectName: "sourceMark"
                    color: root.guideSource === CatalogSource.Bundled ? Kirigami.Theme.disabledTextColor : Kirigami.Theme.positiveTextColor
                    font: Kirigami.Theme.smallFont
                    text: {
                        if (root.guideSource === CatalogSource.Local) {
                            //: The guide comes from a mediator's local repair folder; %1 is the guide's version number
                            return root.overridesBundled ? qsTr("réparation locale (remplace l'autre version) · v%1").arg(root.guideVersion) : qsTr("guide local · v%1").arg(root.guideVersion);
                        }
                        if (root.guideSource === CatalogSource.Pack) {
                            //: The guide comes from the signed guide pack the tablet downloaded; %1 is the guide's version number
                            return qsTr("paquet signé · v%1").arg(root.guideVersion);
                        }
                        //: The guide was installed with the app; %1 is the guide's version number
                        return qsTr("fourni · v%1").arg(root.guideVersion);
                    }
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
