// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.kirigamiaddons.delegates as Delegates
import PasAPas

/// A choice in a list for the guide editor (a plain list of words as its
/// model): Kirigami Addons' form row, whose list entries are made at least
/// a finger's size (its own are 36 px high).
FormCard.FormComboBoxDelegate {
    id: root

    Layout.minimumHeight: Sizes.formRow
    Accessible.name: text

    comboBoxDelegate: Delegates.RoundedItemDelegate {
        required property int index
        required property string modelData

        implicitWidth: ListView.view ? ListView.view.width : 0
        implicitHeight: Math.max(Sizes.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        text: modelData
        Accessible.name: modelData
        highlighted: root.highlightedIndex === index
    }
    dialogDelegate: Delegates.RoundedItemDelegate {
        required property int index
        required property string modelData

        implicitWidth: ListView.view ? ListView.view.width : 0
        implicitHeight: Math.max(Sizes.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        text: modelData
        Accessible.name: modelData
        onClicked: {
            root.currentIndex = index;
            root.activated(index);
            root.closeDialog();
        }
    }
}
