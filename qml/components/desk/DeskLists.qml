// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami
import PasAPas.App

/// Where people stop (the steps most abandoned) and the guides' health
/// (steps whose target was missing or found only by a fallback, last 30 days).
ColumnLayout {
    id: root

    required property Desk desk

    spacing: Kirigami.Units.largeSpacing

    Kirigami.Heading {
        text: qsTr("Où les personnes s'arrêtent")
        level: 2
    }
    QQC2.Label {
        text: qsTr("Aucune session abandonnée sur la période.")
        visible: root.desk.stops.length === 0
    }
    Repeater {
        model: root.desk.stops

        delegate: QQC2.Label {
            required property var modelData

            // TRANSLATORS: a guide, the step where sessions stopped, how many.
            text: qsTr("%1, étape %2 : %n session(s)", "", modelData.sessions).arg(modelData.title).arg(modelData.step)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }

    Kirigami.Heading {
        text: qsTr("Santé des guides (30 derniers jours)")
        level: 2
    }
    QQC2.Label {
        text: qsTr("Toutes les cibles ont été trouvées du premier coup.")
        visible: root.desk.health.length === 0
    }
    Repeater {
        model: root.desk.health

        delegate: QQC2.Label {
            required property var modelData

            objectName: "healthRow"
            // TRANSLATORS: a guide and its step (number and id), then how often its target was missing and found by a fallback.
            text: qsTr("%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois").arg(modelData.title).arg(modelData.step).arg(modelData.stepId).arg(modelData.missing).arg(modelData.fallback)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
