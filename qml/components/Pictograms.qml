// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

/// Where an icon of the app's own pictograms is taken from: "pasapas-health"
/// straight from its file in the app (src/app/pictograms), any other name
/// from the icon theme. Asked by name, the theme looked for each pictogram
/// in every folder of Breeze and hicolor before it found it in the app: on
/// the home screen, that search was most of the first frame's layout time
/// (its three tiles; bench_startup --home-only). The same file, so the same
/// pixels.
QtObject {
    /// A Kirigami.Icon source for an icon name.
    function source(name: string): string {
        return name.startsWith("pasapas-") ? "qrc:/pictograms/" + name + ".svg" : name;
    }
}
