// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtTest
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

TestCase {
    id: testCase

    name: "LiveLanguage"
    width: 1200
    height: 800
    visible: true
    when: windowShown

    Component {
        id: actionComponent

        LanguageAction {}
    }

    Component {
        id: rowComponent

        RowLayout {
            LayoutMirroring.enabled: AppController.localization.rightToLeft
            width: 400
            Rectangle { objectName: "first"; Layout.preferredWidth: 100; Layout.preferredHeight: 48 }
            Rectangle { objectName: "second"; Layout.preferredWidth: 100; Layout.preferredHeight: 48 }
        }
    }

    function cleanup(): void {
        AppController.localization.language = "fr";
    }

    function test_textsFollowTheLanguage(): void {
        const action = createTemporaryObject(actionComponent, testCase);
        compare(action.text, "Langue");
        AppController.localization.language = "en";
        tryCompare(action, "text", "Language");
        AppController.localization.language = "uk";
        verify(action.text !== "Language" && action.text !== "Langue", action.text);
        AppController.localization.language = "fr";
        tryCompare(action, "text", "Langue");
    }

    function test_arabicMirrors(): void {
        const row = createTemporaryObject(rowComponent, testCase);
        const first = row.children[0];
        const second = row.children[1];
        waitForRendering(row);
        verify(first.x < second.x, "left to right in French");
        AppController.localization.language = "ar";
        verify(AppController.localization.rightToLeft);
        compare(Qt.application.layoutDirection, Qt.RightToLeft);
        tryVerify(() => first.x > second.x, 2000, "right to left in Arabic");
        AppController.localization.language = "fa";
        verify(AppController.localization.rightToLeft);
        AppController.localization.language = "ru";
        tryVerify(() => first.x < second.x, 2000, "left to right again");
        compare(Qt.application.layoutDirection, Qt.LeftToRight);
    }

    function test_languagesListedByTheirOwnName(): void {
        const names = AppController.localization.interfaceLanguages.map(l => l.name);
        verify(names.length >= 10);
        verify(names.indexOf("العربية") >= 0);
        verify(names.indexOf("Українська") >= 0);
        verify(names.indexOf("فارسی") >= 0);
        compare(AppController.localization.interfaceLanguages[0].code, "fr");
    }
}
