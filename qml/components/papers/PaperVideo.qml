// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtMultimedia
import PasAPas.App

/// The camera's live picture. Its own file so that Qt Multimedia is loaded
/// with the first photo, not with every session (PaperViewfinder).
VideoOutput {
    id: root

    property PaperCapture capture

    fillMode: VideoOutput.PreserveAspectFit
    Component.onCompleted: root.capture.source.setViewfinder(root)
    Component.onDestruction: root.capture.source.setViewfinder(null)
}
