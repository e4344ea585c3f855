// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

/// A big button of a FullScreenNotice, named for the screen reader by its text.
QQC2.Button {
    Layout.fillWidth: true
    Layout.minimumHeight: Sizes.bigButton
    Accessible.name: text

    background: ButtonFrame {}
}
