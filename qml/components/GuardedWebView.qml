// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtWebChannel
import QtWebEngine

/// The web view of a guided session and of the guide studio: no pop-up, no
/// plug-in, no full screen, no screen capture, no local files, no other
/// application; the browser profile and the navigation checks are the
/// page's. attach() gives it the page bridge.
WebEngineView {
    id: root

    /// The page bridge's object (PageBridge::channelObject) and its user
    /// script, injected in every frame in the app's own JavaScript world.
    function attach(bridge: QtObject, userScript: string): void {
        channel.registerObject("pasapas", bridge);
        const script = WebEngine.script();
        script.name = "pasapas-bridge";
        script.sourceCode = userScript;
        script.injectionPoint = WebEngineScript.DocumentCreation;
        script.worldId = WebEngineScript.ApplicationWorld;
        script.runsOnSubFrames = true;
        root.userScripts.insert(script);
    }

    webChannel: WebChannel {
        id: channel
    }
    webChannelWorld: WebEngineScript.ApplicationWorld
    settings.javascriptCanOpenWindows: false
    settings.localContentCanAccessFileUrls: false
    settings.localContentCanAccessRemoteUrls: false
    settings.pluginsEnabled: false
    settings.fullScreenSupportEnabled: false
    settings.screenCaptureEnabled: false
    settings.webRTCPublicInterfacesOnly: true
    settings.navigateOnDropEnabled: false
    settings.allowWindowActivationFromJavaScript: false
    settings.pdfViewerEnabled: false
    // An address no web page can show (mailto:, tel:, an app's) is never handed to another application.
    settings.unknownUrlSchemePolicy: WebEngineSettings.DisallowUnknownUrlSchemes

    onPermissionRequested: permission => {
        // Camera, microphone, location, notifications: never on a shared tablet.
        permission.deny();
    }
}
