// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigationpolicy.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>

class QQuickWebEngineProfile;
class QQuickWebEngineDownloadRequest;

namespace pasapas
{

class NavigationGuard;
class BlockedPageHandler;

/// The browser profile of one guided session: off the record (cookies,
/// storage, IndexedDB, cache, service workers and HTTP authentication live
/// in memory only), guarded by the session's navigation policy, with
/// downloads kept to the session's documents folder. Destroying it destroys
/// everything the session left in the browser.
class SessionProfile : public QObject
{
    Q_OBJECT

public:
    /// The scheme of the friendly pages shown in place of a refused frame.
    static constexpr const char *blockedScheme = "pasapas-bloque";
    /// Registers the app's own URL scheme; call before WebEngine starts.
    static void registerSchemes();

    SessionProfile(NavigationPolicy policy, QString documentsFolder, QObject *parent = nullptr);
    ~SessionProfile() override;

    [[nodiscard]] QQuickWebEngineProfile *profile() const;
    [[nodiscard]] const NavigationPolicy &policy() const
    {
        return m_policy;
    }

    /// Makes the HTML of the page shown inside a refused frame (in the session language).
    using BlockedPageMaker = std::function<QByteArray(BlockReason reason, const QUrl &url)>;
    void setBlockedPageMaker(BlockedPageMaker maker);
    [[nodiscard]] QByteArray blockedPage(BlockReason reason, const QUrl &url) const;

    /// Whether a download of this MIME type and file name may be kept (PDF and images).
    [[nodiscard]] static bool acceptsDownload(const QString &mimeType, const QString &fileName);

    /// Forgets everything the session did in the browser that an API can
    /// reach now (cookies, HTTP cache, visited links); the rest goes when the
    /// profile is destroyed. Downloads in progress are cancelled.
    void wipe();

Q_SIGNALS:
    /// Something was refused: the friendly message says why. inFrame: a
    /// frame of the page, which shows the friendly page in its place.
    void refused(pasapas::BlockReason reason, const QUrl &url, bool inFrame);
    /// A download finished into the documents folder.
    void documentSaved(const QString &fileName);

private:
    void handleDownload(QQuickWebEngineDownloadRequest *download);

    NavigationPolicy m_policy;
    QString m_documentsFolder;
    QQuickWebEngineProfile *m_profile = nullptr; // child of this
    std::unique_ptr<NavigationGuard> m_guard;
    std::unique_ptr<BlockedPageHandler> m_blockedPages;
    BlockedPageMaker m_blockedPageMaker;
    QList<QPointer<QQuickWebEngineDownloadRequest>> m_downloads;
    bool m_wiped = false;
};

} // namespace pasapas
