// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick
import org.kde.kirigami as Kirigami

/// The few sizes the app decides itself (the rest comes from Kirigami.Units).
QtObject {
    /// The smallest thing a finger must hit: every control is at least this big.
    readonly property int touchTarget: 48
    /// A row of a settings form (FormCard), a little more than a touch target.
    readonly property int formRow: 56
    /// The header's height at 100 % text size (its buttons fill it).
    readonly property int header: 56
    /// The big buttons of notices and step cards.
    readonly property int bigButton: Kirigami.Units.gridUnit * 3
    /// How wide a notice's text column grows.
    readonly property int noticeWidth: Kirigami.Units.gridUnit * 30
}
