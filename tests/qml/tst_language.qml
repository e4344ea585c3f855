// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
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

    // The app's own window (Main.qml) with its home screen: the mirroring
    // under test is the window's, inherited by the pages' layouts.
    Component {
        id: windowComponent

        Main {
            width: 1200
            height: 800
            visible: true
        }
    }

    function findByName(item: Item, name: string): Item {
        if (item.objectName === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name);
            if (found)
                return found;
        }
        return null;
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
        const window = createTemporaryObject(windowComponent, testCase);
        verify(window);
        const home = window.pageStack.items[0];
        compare(home.objectName, "homePage");
        // Three ways in, side by side in landscape: read from the left in
        // French, from the right in Arabic and Persian.
        const accompanied = findByName(home, "tileAccompanied");
        const mediator = findByName(home, "tileMediator");
        verify(accompanied && mediator);
        const x = tile => tile.mapToItem(null, 0, 0).x;
        tryVerify(() => accompanied.width > 0 && Math.abs(accompanied.mapToItem(null, 0, 0).y - mediator.mapToItem(null, 0, 0).y) < 1, 2000, "tiles in a row");
        verify(x(accompanied) < x(mediator), "left to right in French");
        AppController.localization.language = "ar";
        verify(AppController.localization.rightToLeft);
        compare(Qt.application.layoutDirection, Qt.RightToLeft);
        tryVerify(() => x(accompanied) > x(mediator), 2000, "right to left in Arabic");
        AppController.localization.language = "fa";
        verify(AppController.localization.rightToLeft);
        tryVerify(() => x(accompanied) > x(mediator), 2000, "right to left in Persian");
        AppController.localization.language = "ru";
        tryVerify(() => x(accompanied) < x(mediator), 2000, "left to right again");
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
