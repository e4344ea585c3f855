// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationpolicy.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pasapas
{

QString blockReasonKey(BlockReason reason)
{
    switch (reason) {
    case BlockReason::None:
        return {};
    case BlockReason::OtherSite:
        return u"other-site"_s;
    case BlockReason::ForbiddenAddress:
        return u"forbidden-address"_s;
    case BlockReason::BrowserPage:
        return u"browser-page"_s;
    case BlockReason::ExternalApp:
        return u"external-app"_s;
    case BlockReason::Download:
        return u"download"_s;
    case BlockReason::DevTools:
        return u"dev-tools"_s;
    case BlockReason::DragDrop:
        return u"drag-drop"_s;
    case BlockReason::ContextMenu:
        return u"context-menu"_s;
    case BlockReason::FileOutsideSession:
        return u"file-outside-session"_s;
    }
    return {};
}

BlockReason blockReasonFromKey(const QString &key)
{
    for (int r = int(BlockReason::OtherSite); r <= int(BlockReason::FileOutsideSession); ++r) {
        if (blockReasonKey(BlockReason(r)) == key) {
            return BlockReason(r);
        }
    }
    return BlockReason::None;
}

NavigationPolicy::NavigationPolicy(QList<HostPattern> guideHosts, QList<HostPattern> globalHosts)
    : m_guideHosts(std::move(guideHosts))
    , m_globalHosts(std::move(globalHosts))
{
}

bool NavigationPolicy::hostAllowed(const QUrl &url) const
{
    return !url.host().isEmpty() && (pasapas::hostAllowed(m_guideHosts, url) || pasapas::hostAllowed(m_globalHosts, url));
}

NavigationDecision NavigationPolicy::decide(const QUrl &url, NavigationTarget target) const
{
    const QString scheme = url.scheme().toLower();
    const bool frame = target == NavigationTarget::Frame;

    if (scheme == u"http" || scheme == u"https") {
        return {hostAllowed(url) ? BlockReason::None : BlockReason::OtherSite};
    }
    if (scheme == u"about") {
        // Empty frames and windows are harmless; other about: pages are the browser's.
        const QString path = url.path();
        return {path == u"blank" || path == u"srcdoc" ? BlockReason::None : BlockReason::BrowserPage};
    }
    if (scheme == u"blob") {
        // A file the page made itself (a generated PDF): allowed when the page's site is.
        const QUrl inner(url.path());
        return {(inner.scheme() == u"http" || inner.scheme() == u"https") && hostAllowed(inner) ? BlockReason::None : BlockReason::ForbiddenAddress};
    }
    if (scheme == u"javascript" || scheme == u"data") {
        // Inside a frame they are the page's own content (old sites use them);
        // as the whole page or a new window they would replace the site.
        return {frame ? BlockReason::None : BlockReason::ForbiddenAddress};
    }
    static const QStringList localSchemes{u"file"_s, u"view-source"_s, u"filesystem"_s, u"ftp"_s, u"qrc"_s, u"ws"_s, u"wss"_s};
    if (localSchemes.contains(scheme)) {
        return {BlockReason::ForbiddenAddress};
    }
    static const QStringList browserSchemes{u"chrome"_s, u"chrome-untrusted"_s, u"chrome-extension"_s, u"chrome-error"_s, u"devtools"_s, u"chrome-search"_s};
    if (browserSchemes.contains(scheme)) {
        return {BlockReason::BrowserPage};
    }
    // mailto:, tel:, sms:, intent:, market:, geo: and every scheme we do not
    // know would hand the address to another application.
    return {BlockReason::ExternalApp};
}

QList<HostPattern> parseHostList(const QString &text, QStringList *errors)
{
    QList<HostPattern> hosts;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        QString error;
        const HostPattern pattern = HostPattern::parse(line, &error);
        if (pattern.isValid()) {
            hosts.append(pattern);
        } else if (errors) {
            errors->append(QCoreApplication::translate("HostList", "ligne %1 : « %2 » : %3").arg(i + 1).arg(line, error));
        }
    }
    return hosts;
}

QString withoutDebuggingFlags(const QString &chromiumFlags)
{
    QStringList kept;
    const QStringList flags = chromiumFlags.split(u' ', Qt::SkipEmptyParts);
    for (const QString &flag : flags) {
        // Chromium takes its switches with one dash or two.
        const QString name = flag.startsWith(u"--"_s) ? flag.mid(2) : flag.startsWith(u'-') ? flag.mid(1) : flag;
        if (!name.startsWith(u"remote-debugging"_s) && !name.startsWith(u"auto-open-devtools"_s) && !name.startsWith(u"remote-allow-origins"_s)) {
            kept.append(flag);
        }
    }
    return kept.join(u' ');
}

QString webEngineFlags(const QString &chromiumFlags)
{
    QStringList kept = withoutDebuggingFlags(chromiumFlags).split(u' ', Qt::SkipEmptyParts);
    kept.removeIf([](const QString &flag) {
        return flag.startsWith(u"--lang="_s) || flag.startsWith(u"-lang="_s) || flag == u"--lang" || flag == u"-lang";
    });
    kept.append(u"--lang=fr-FR"_s);
    return kept.join(u' ');
}

} // namespace pasapas
