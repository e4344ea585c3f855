// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionprofile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QQuickWebEngineDownloadRequest>
#include <QQuickWebEngineProfile>
#include <QUrlQuery>
#include <QWebEngineCookieStore>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
QUrl blockedPageUrl(BlockReason reason, const QUrl &url)
{
    QUrl page;
    page.setScheme(QString::fromLatin1(SessionProfile::blockedScheme));
    page.setPath(blockReasonKey(reason));
    QUrlQuery query;
    // Only the host: the rest of an address may carry personal data.
    query.addQueryItem(u"adresse"_s, QString::fromUtf8(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toEncoded()));
    page.setQuery(query);
    return page;
}
} // namespace

/// Refuses, before any byte is sent, the pages and frames the policy does
/// not allow. A refused frame shows the friendly page instead of a blank.
class NavigationGuard : public QWebEngineUrlRequestInterceptor
{
public:
    explicit NavigationGuard(SessionProfile *profile)
        : m_profile(profile)
    {
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const auto type = info.resourceType();
        const bool mainFrame = type == QWebEngineUrlRequestInfo::ResourceTypeMainFrame;
        const bool subFrame = type == QWebEngineUrlRequestInfo::ResourceTypeSubFrame || type == QWebEngineUrlRequestInfo::ResourceTypeNavigationPreloadSubFrame;
        if (!mainFrame && !subFrame) {
            return;
        }
        const QUrl url = info.requestUrl();
        if (url.scheme() == QLatin1StringView(SessionProfile::blockedScheme)) {
            return;
        }
        const NavigationDecision decision = m_profile->policy().decide(url, mainFrame ? NavigationTarget::TopLevel : NavigationTarget::Frame);
        if (decision.allowed()) {
            return;
        }
        if (subFrame) {
            info.redirect(blockedPageUrl(decision.reason, url));
        } else {
            info.block(true);
        }
        Q_EMIT m_profile->refused(decision.reason, url, subFrame);
    }

private:
    SessionProfile *m_profile;
};

/// Serves the friendly page of a refused frame.
class BlockedPageHandler : public QWebEngineUrlSchemeHandler
{
public:
    explicit BlockedPageHandler(SessionProfile *profile)
        : m_profile(profile)
    {
    }

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        const QUrl url = job->requestUrl();
        const BlockReason key = blockReasonFromKey(url.path());
        const BlockReason reason = key == BlockReason::None ? BlockReason::OtherSite : key;
        const QUrl refused(QUrlQuery(url).queryItemValue(u"adresse"_s, QUrl::FullyDecoded));
        auto *buffer = new QBuffer(job);
        buffer->setData(m_profile->blockedPage(reason, refused));
        job->reply("text/html; charset=utf-8", buffer);
    }

private:
    SessionProfile *m_profile;
};

void SessionProfile::registerSchemes()
{
    QWebEngineUrlScheme scheme(blockedScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::ContentSecurityPolicyIgnored);
    QWebEngineUrlScheme::registerScheme(scheme);
}

SessionProfile::SessionProfile(NavigationPolicy policy, QString documentsFolder, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
    , m_documentsFolder(std::move(documentsFolder))
    , m_profile(new QQuickWebEngineProfile(this))
    , m_guard(std::make_unique<NavigationGuard>(this))
    , m_blockedPages(std::make_unique<BlockedPageHandler>(this))
{
    // A fresh profile with no storage name is off the record: nothing of it reaches the disk.
    m_profile->setOffTheRecord(true);
    m_profile->setHttpCacheType(QQuickWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QQuickWebEngineProfile::NoPersistentCookies);
    m_profile->setPersistentPermissionsPolicy(QQuickWebEngineProfile::PersistentPermissionsPolicy::AskEveryTime);
    m_profile->setPushServiceEnabled(false);
    m_profile->setSpellCheckEnabled(false);
    // The sites are French: ask for their French pages (the page language itself: webEngineFlags).
    m_profile->setHttpAcceptLanguage(u"fr-FR,fr;q=0.9"_s);
    m_profile->setDownloadPath(m_documentsFolder);
    m_profile->setUrlRequestInterceptor(m_guard.get());
    m_profile->installUrlSchemeHandler(blockedScheme, m_blockedPages.get());
    connect(m_profile, &QQuickWebEngineProfile::downloadRequested, this, &SessionProfile::handleDownload);
}

SessionProfile::~SessionProfile()
{
    wipe();
    // The handlers must outlive the profile's use of them.
    delete m_profile;
    m_profile = nullptr;
}

QQuickWebEngineProfile *SessionProfile::profile() const
{
    return m_profile;
}

void SessionProfile::setBlockedPageMaker(BlockedPageMaker maker)
{
    m_blockedPageMaker = std::move(maker);
}

QByteArray SessionProfile::blockedPage(BlockReason reason, const QUrl &url) const
{
    return m_blockedPageMaker ? m_blockedPageMaker(reason, url) : QByteArray("<!doctype html><title>-</title>");
}

bool SessionProfile::acceptsDownload(const QString &mimeType, const QString &fileName)
{
    const QString lower = fileName.toLower();
    const bool pdf = mimeType == u"application/pdf" || (lower.endsWith(u".pdf"_s) && (mimeType.isEmpty() || mimeType == u"application/octet-stream"));
    const bool image = mimeType.startsWith(u"image/"_s) && !mimeType.contains(u"svg"_s);
    return pdf || image;
}

void SessionProfile::handleDownload(QQuickWebEngineDownloadRequest *download)
{
    if (m_wiped || m_documentsFolder.isEmpty()) {
        // The session is over (or has nowhere private to keep files).
        download->cancel();
        return;
    }
    if (!acceptsDownload(download->mimeType(), download->downloadFileName())) {
        download->cancel();
        Q_EMIT refused(BlockReason::Download, download->url(), false);
        return;
    }
    // Only a plain file name, in the session folder: never a path elsewhere.
    download->setDownloadDirectory(m_documentsFolder);
    download->setDownloadFileName(QFileInfo(download->downloadFileName()).fileName());
    m_downloads.append(download);
    connect(download, &QWebEngineDownloadRequest::isFinishedChanged, this, [this, download] {
        if (download->state() == QWebEngineDownloadRequest::DownloadCompleted) {
            Q_EMIT documentSaved(download->downloadFileName());
        }
    });
    download->accept();
}

void SessionProfile::wipe()
{
    if (!m_profile) {
        return;
    }
    m_wiped = true;
    for (const auto &download : std::as_const(m_downloads)) {
        if (download && !download->isFinished()) {
            download->cancel();
        }
    }
    m_downloads.clear();
    m_profile->cookieStore()->deleteAllCookies();
    m_profile->clearHttpCache();
}

} // namespace pasapas
