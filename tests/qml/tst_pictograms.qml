// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import PasAPas

TestCase {
    id: testCase

    name: "Pictograms"
    width: 200
    height: 200
    visible: true
    when: windowShown

    Component {
        id: imageComponent

        Image {
            sourceSize.width: 64
            sourceSize.height: 64
        }
    }

    function test_appPictogramComesFromItsFile(): void {
        const source = Pictograms.source("pasapas-accompanied");
        compare(source, "qrc:/pictograms/pasapas-accompanied.svg");
        // The file is really there: the same SVG the theme lookup found.
        const image = createTemporaryObject(imageComponent, testCase, { source: source });
        tryCompare(image, "status", Image.Ready);
        compare(image.implicitWidth, 64);
    }

    function test_themeNamesStayNames(): void {
        compare(Pictograms.source("system-users"), "system-users");
        compare(Pictograms.source("go-next"), "go-next");
        // Only the prefix counts: a theme icon that merely contains it stays a name.
        compare(Pictograms.source("x-pasapas-y"), "x-pasapas-y");
        compare(Pictograms.source(""), "");
    }
}
