// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Pdf

/// The pages of a PDF file, one under the other. Its own file so that Qt PDF
/// is loaded with the first PDF shown, not with every session (DocumentViewer).
PdfMultiPageView {
    property alias source: pdfDocument.source

    objectName: "pdfView"
    document: PdfDocument {
        id: pdfDocument
    }
}
