// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import PasAPas

TestCase {
    id: testCase

    name: "ModeTile"
    width: 400
    height: 400
    visible: true
    when: windowShown

    Component {
        id: tileComponent

        ModeTile {
            iconName: "system-users"
            title: "Session accompagnée"
            description: "Avec un médiateur."
        }
    }

    SignalSpy {
        id: clickSpy
        signalName: "clicked"
    }

    function test_touchTargetAndName(): void {
        const tile = createTemporaryObject(tileComponent, testCase);
        verify(tile);
        verify(tile.height >= 48, "tile is at least 48 px high, got " + tile.height);
        verify(tile.width >= 48, "tile is at least 48 px wide, got " + tile.width);
        compare(tile.Accessible.name, "Session accompagnée");
        compare(tile.Accessible.role, Accessible.Button);
    }

    function test_tapEmitsClicked(): void {
        const tile = createTemporaryObject(tileComponent, testCase);
        clickSpy.target = tile;
        clickSpy.clear();
        waitForRendering(tile);
        mouseClick(tile);
        compare(clickSpy.count, 1);
    }
}
