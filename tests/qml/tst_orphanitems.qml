// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtTest
import org.kde.kirigami as Kirigami
import PasAPas
import PasAPas.App

/// A Breeze button's icon and label, which the style makes from C++ with no
/// owner, go with their button once OrphanItems has adopted them. Without it
/// every screen torn down left them behind (bench_soak: about 1,000 objects
/// a session).
TestCase {
    id: testCase

    /// What the style made for the button under test (null once deleted).
    property QtObject madeIcon: null
    property QtObject madeLabel: null

    name: "OrphanItems"
    width: 400
    height: 400
    visible: true
    when: windowShown

    Component {
        id: buttonComponent

        QQC2.Button {
            text: "Suivant"
            icon.name: "go-next"
        }
    }

    // A screen with a closed context menu, as Kirigami's SelectableLabel has
    // in every InlineMessage: its items are out of the window's tree.
    Component {
        id: menuHolderComponent

        Item {
            property alias menu: contextMenu

            QQC2.Menu {
                id: contextMenu

                QQC2.MenuItem {
                    text: "Copier"
                    icon.name: "edit-copy"
                }
            }
        }
    }

    // Every page's heading, which Kirigami makes again each time its page shows.
    Component {
        id: headingComponent

        Item {
            property alias heading: pageHeading

            Kirigami.Page {
                id: headingPage
            }
            PageHeading {
                id: pageHeading

                page: headingPage
            }
        }
    }

    function findMade(item: Item): void {
        for (const child of item.children) {
            if (child.objectName === "iconItem")
                testCase.madeIcon = child;
            else if (child.objectName === "labelItem")
                testCase.madeLabel = child;
            findMade(child);
        }
    }

    function test_adoptedItemsGoWithTheirButton(): void {
        const button = buttonComponent.createObject(testCase);
        verify(button);
        findMade(button);
        verify(testCase.madeIcon, "the style made an icon item");
        verify(testCase.madeLabel, "the style made a label item");
        verify(OrphanItems.adopt(button) >= 2, "both were adopted");
        compare(OrphanItems.adopt(button), 0, "once adopted, they have an owner");
        button.destroy();
        tryVerify(() => testCase.madeIcon === null && testCase.madeLabel === null, 5000, "the icon and the label went with the button");
    }

    function test_closedMenuItemsGoWithTheirScreen(): void {
        const holder = menuHolderComponent.createObject(testCase);
        verify(holder);
        testCase.madeIcon = null;
        testCase.madeLabel = null;
        const menuItem = holder.menu.itemAt(0);
        verify(menuItem, "the menu made its item while closed");
        findMade(menuItem);
        verify(testCase.madeIcon, "the style made the menu item's icon");
        verify(testCase.madeLabel, "the style made the menu item's label");
        verify(!holder.menu.visible);
        verify(OrphanItems.adopt(holder) >= 2, "the closed menu's items were adopted");
        holder.destroy();
        tryVerify(() => testCase.madeIcon === null && testCase.madeLabel === null, 5000, "the menu item's icon and label went with the screen");
    }

    function test_headingsOwnTheirBackButtonsIcon(): void {
        const holder = headingComponent.createObject(testCase);
        verify(holder);
        testCase.madeIcon = null;
        findMade(holder.heading);
        verify(testCase.madeIcon, "the style made the back button's icon");
        // No adopt() here: the heading gave it an owner when made.
        holder.heading.destroy();
        tryVerify(() => testCase.madeIcon === null, 5000, "the back button's icon went with its heading");
        holder.destroy();
    }
}
