// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

TestCase {
    id: testCase

    name: "HomePage"
    width: 1200
    height: 800
    visible: true
    when: windowShown

    Component {
        id: pageComponent

        HomePage {
            width: testCase.width
            height: testCase.height
        }
    }

    SignalSpy {
        id: modeSpy
        signalName: "modeChosen"
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

    function test_threeWaysIn_data() {
        return [
            { tag: "accompanied", tile: "tileAccompanied", mode: Mode.Accompanied },
            { tag: "self-service", tile: "tileSelfService", mode: Mode.SelfService },
            { tag: "mediator", tile: "tileMediator", mode: Mode.Mediator },
        ];
    }

    function test_threeWaysIn(data) {
        const page = createTemporaryObject(pageComponent, testCase);
        modeSpy.target = page;
        modeSpy.clear();
        const tile = findByName(page, data.tile);
        verify(tile, "tile " + data.tile + " exists");
        tryVerify(() => tile.width > 0 && tile.height >= 48);
        verify(tile.Accessible.name.length > 0);
        waitForRendering(tile);
        mouseClick(tile);
        compare(modeSpy.count, 1);
        compare(modeSpy.signalArguments[0][0], data.mode);
    }

    function test_portraitStacksTiles(): void {
        const page = createTemporaryObject(pageComponent, testCase, { width: 500, height: 900 });
        const a = findByName(page, "tileAccompanied");
        const b = findByName(page, "tileSelfService");
        tryVerify(() => a.width > 0 && b.width > 0);
        tryVerify(() => b.mapToItem(page, 0, 0).y > a.mapToItem(page, 0, 0).y + a.height - 1, 2000, "portrait: tiles one under the other");

        page.width = 1200;
        page.height = 800;
        tryVerify(() => Math.abs(b.mapToItem(page, 0, 0).y - a.mapToItem(page, 0, 0).y) < 1, 2000, "landscape: tiles side by side");
    }
}
