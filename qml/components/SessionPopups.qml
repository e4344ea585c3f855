// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import PasAPas
import PasAPas.App

/// The session page's pop-ups: the only file chooser a site gets (the
/// session's documents, or a photo of papers), « Mes documents » and the
/// document viewer. Each is made the first time it opens, and kept: a
/// session page costs nothing at its creation for them (issue 16).
Item {
    id: root

    required property SessionController session

    /// The site asks for a file to send.
    function pickFile(request: var): void {
        const picker = pickerPart.get();
        picker.request = request;
        picker.open();
    }
    /// « Mes documents ».
    function openDocuments(): void {
        documentsPart.get().open();
    }
    /// Closes those that were made.
    function closeAll(): void {
        for (const part of [pickerPart, paperCapturePart, documentsPart, viewerPart]) {
            if (part.item)
                part.item.close();
        }
    }

    // These three by their address: each uses Kirigami's PlaceholderMessage,
    // which Debian ships uncompiled; a session page made with them compiled
    // it at every fresh start, before its page could load (issue 16).
    OnFirstUse {
        id: pickerPart

        address: "DocumentPicker.qml"
        initialProperties: ({ session: root.session })

        Connections {
            target: pickerPart.item
            function onPhotoRequested(request: var): void {
                const paperCapture = paperCapturePart.get();
                paperCapture.request = request;
                paperCapture.open();
            }
        }
    }

    OnFirstUse {
        id: paperCapturePart

        address: "papers/PaperCaptureView.qml"
        initialProperties: ({ capture: root.session.papers })

        Connections {
            target: paperCapturePart.item
            function onSent(document: url): void {
                const paperCapture = paperCapturePart.item;
                if (paperCapture.request)
                    paperCapture.request.dialogAccept([String(document)]);
                paperCapture.request = null;
            }
            function onClosed(): void {
                // Closed without a file: the site's chooser gets none.
                const paperCapture = paperCapturePart.item;
                if (paperCapture.request)
                    paperCapture.request.dialogReject();
                paperCapture.request = null;
            }
        }
    }

    OnFirstUse {
        id: documentsPart

        address: "DocumentsDrawer.qml"
        initialProperties: ({ session: root.session })

        Connections {
            target: documentsPart.item
            function onDocumentChosen(fileName: string): void {
                viewerPart.get().show(fileName);
            }
        }
    }

    OnFirstUse {
        id: viewerPart

        sourceComponent: DocumentViewer {
            parent: root
            session: root.session
        }
    }
}
