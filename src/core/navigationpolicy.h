// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "addresspattern.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace pasapas
{

/// Holds the BlockReason enum so that QML sees it (as BlockReason.OtherSite…).
namespace BlockReasonEnum
{
Q_NAMESPACE

/// Why something was refused in a session: the friendly message depends on it.
enum class BlockReason {
    None,
    OtherSite, ///< a host the guide and the global allow-list do not allow
    ForbiddenAddress, ///< javascript:, file:, data:, view-source:, blob: of another site…
    BrowserPage, ///< chrome:, devtools: and other pages of the browser itself
    ExternalApp, ///< mailto:, tel:, intent: and any scheme that would open another app
    Download, ///< a file that is neither a PDF nor an image
    DevTools, ///< developer tools and their shortcuts
    DragDrop, ///< a link or a file dropped into the page
    ContextMenu, ///< the long-press menu
    FileOutsideSession, ///< a file chooser asking for files the session does not hold
};
Q_ENUM_NS(BlockReason)
} // namespace BlockReasonEnum

using BlockReason = BlockReasonEnum::BlockReason;

/// A stable key for logs and the refusal page's address ("other-site", "external-app"…).
[[nodiscard]] QString blockReasonKey(BlockReason reason);
/// The reason of a key; None for an unknown key.
[[nodiscard]] BlockReason blockReasonFromKey(const QString &key);

/// Where a navigation would happen.
enum class NavigationTarget {
    TopLevel, ///< the page itself (links, scripts, forms, redirects, the app)
    Frame, ///< a frame or iframe inside the page
    NewWindow, ///< a pop-up or target=_blank (opened in the same view when allowed)
};

struct NavigationDecision
{
    BlockReason reason = BlockReason::None;
    [[nodiscard]] bool allowed() const
    {
        return reason == BlockReason::None;
    }
};

/// What a running session may open: the hosts its guide allows, plus the
/// global allow-list kept by the mediator. Pure decisions, no WebEngine.
class NavigationPolicy
{
public:
    NavigationPolicy() = default;
    NavigationPolicy(QList<HostPattern> guideHosts, QList<HostPattern> globalHosts);

    [[nodiscard]] NavigationDecision decide(const QUrl &url, NavigationTarget target) const;
    [[nodiscard]] bool hostAllowed(const QUrl &url) const;

    [[nodiscard]] const QList<HostPattern> &guideHosts() const
    {
        return m_guideHosts;
    }
    [[nodiscard]] const QList<HostPattern> &globalHosts() const
    {
        return m_globalHosts;
    }

private:
    QList<HostPattern> m_guideHosts;
    QList<HostPattern> m_globalHosts;
};

/// Parses an allow-list written one host pattern per line (blank lines and
/// "#" comments ignored). Lines that are not host patterns go to *errors as
/// "line N: reason" in French.
[[nodiscard]] QList<HostPattern> parseHostList(const QString &text, QStringList *errors = nullptr);

/// Chromium flags (QTWEBENGINE_CHROMIUM_FLAGS) without the ones that open
/// developer tools or a remote debugging port.
[[nodiscard]] QString withoutDebuggingFlags(const QString &chromiumFlags);

/// The Chromium flags the app starts its web engine with: the given ones
/// without debugging (withoutDebuggingFlags) and with the pages' language
/// set to French (--lang=fr-FR, replacing any other): the sites are French,
/// so their dates read jj/mm/aaaa and numbers 1 234,56 whatever the
/// interface language, and they get Accept-Language French.
[[nodiscard]] QString webEngineFlags(const QString &chromiumFlags);

} // namespace pasapas
