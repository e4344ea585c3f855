// SPDX-License-Identifier: GPL-3.0-or-later
// The on-screen keyboard of a tablet with no keyboard (pasapas --keyboard,
// as in the kiosk session): Qt Virtual Keyboard, in the window, under the
// page, for the site's fields and the app's alike. French AZERTY first (the
// sites are French); its language key offers the person's own script
// (Arabic, Persian, Cyrillic…). Loaded only when the keyboard is on.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import PasAPas.App

InputPanel {
    id: panel

    objectName: "keyboardPanel"

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: AppController.localization.keyboardLocales
    }
    Component.onCompleted: VirtualKeyboardSettings.locale = "fr_FR"
    // A new person, a new language: French again, the sites' language.
    Connections {
        target: AppController.localization
        function onLanguageChanged(): void {
            VirtualKeyboardSettings.locale = "fr_FR";
        }
    }
}
