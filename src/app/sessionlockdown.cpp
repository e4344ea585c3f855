// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlockdown.h"
#include "languages.h"
#include "sessionprofile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace pasapas
{

SessionLockdown::SessionLockdown(SessionProfile *profile, const QString &language, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_language(language)
{
    m_profile->setBlockedPageMaker([this](BlockReason reason, const QUrl &url) {
        return framePage(reason, url);
    });
    connect(m_profile, &SessionProfile::refused, this, [this](BlockReason reason, const QUrl &url, bool inFrame) {
        if (inFrame) {
            // The frame shows the friendly page itself: the person's page stays usable.
            ++m_frameRefusals;
            Q_EMIT frameRefusalsChanged();
        } else {
            refuse(reason, url);
        }
    });
}

const NavigationPolicy &SessionLockdown::policy() const
{
    return m_profile->policy();
}

void SessionLockdown::setLanguage(const QString &language)
{
    m_language = language;
    if (m_reason != BlockReason::None) {
        Q_EMIT blockChanged();
    }
}

QString SessionLockdown::title() const
{
    return m_reason == BlockReason::None ? QString() : refusedTitle();
}

QString SessionLockdown::refusedTitle()
{
    return tr("Cette page ne s'ouvre pas ici");
}

QString SessionLockdown::text() const
{
    return message(m_reason);
}

QString SessionLockdown::message(BlockReason reason)
{
    switch (reason) {
    case BlockReason::None:
        return {};
    case BlockReason::OtherSite:
        return tr("Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l'ouvre pas.");
    case BlockReason::ForbiddenAddress:
        return tr("Cette adresse n'est pas une page de site. La tablette ne l'ouvre pas.");
    case BlockReason::BrowserPage:
        return tr("Les pages de réglage du navigateur ne s'ouvrent pas sur cette tablette.");
    case BlockReason::ExternalApp:
        return tr("Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.");
    case BlockReason::Download:
        return tr("Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.");
    case BlockReason::DevTools:
        return tr("Les outils de développement ne sont pas disponibles sur cette tablette.");
    case BlockReason::DragDrop:
        return tr("On ne peut pas déposer de lien ou de fichier dans la page.");
    case BlockReason::ContextMenu:
        return tr("Il n'y a pas de menu ici. Touchez simplement l'élément.");
    case BlockReason::FileOutsideSession:
        return tr("Seuls les documents de cette séance peuvent être envoyés.");
    }
    return {};
}

QByteArray SessionLockdown::framePage(BlockReason reason, const QUrl &url) const
{
    static const QString page = [] {
        QFile file(u":/pasapas/pages/blocked-frame.html"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    Q_ASSERT(!page.isEmpty());
    const bool rtl = std::any_of(interfaceLanguages().cbegin(), interfaceLanguages().cend(), [this](const Language &l) {
        return l.code == m_language && l.rightToLeft;
    });
    QString html = page;
    html.replace(u"%LANG%"_s, m_language.toHtmlEscaped())
        .replace(u"%DIR%"_s, rtl ? u"rtl"_s : u"ltr"_s)
        .replace(u"%TITLE%"_s, refusedTitle().toHtmlEscaped())
        .replace(u"%MESSAGE%"_s, message(reason).toHtmlEscaped())
        .replace(u"%HOST%"_s, url.host().toHtmlEscaped());
    return html.toUtf8();
}

bool SessionLockdown::allowNavigation(const QUrl &url, bool mainFrame)
{
    if (m_closed) {
        return false;
    }
    if (!mainFrame) {
        // Frames are checked by the profile, which shows the friendly page in the frame.
        return true;
    }
    const NavigationDecision decision = policy().decide(url, NavigationTarget::TopLevel);
    if (!decision.allowed()) {
        refuse(decision.reason, url);
    }
    return decision.allowed();
}

bool SessionLockdown::allowNewWindow(const QUrl &url)
{
    if (m_closed) {
        return false;
    }
    // An empty window a script would then fill (or a javascript: address
    // run in it) cannot be shown in the guide's view.
    const NavigationDecision decision = url.scheme() == u"about" ? NavigationDecision{BlockReason::ForbiddenAddress}
                                                                 : policy().decide(url, NavigationTarget::NewWindow);
    if (!decision.allowed()) {
        refuse(decision.reason, url);
    }
    return decision.allowed();
}

void SessionLockdown::refuse(BlockReason reason, const QUrl &url)
{
    if (reason == BlockReason::None) {
        return;
    }
    m_reason = reason;
    // Only the host is kept: the rest of an address may carry personal data.
    m_blockedUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    ++m_count;
    Q_EMIT blockChanged();
}

void SessionLockdown::dismiss()
{
    if (m_reason == BlockReason::None) {
        return;
    }
    m_reason = BlockReason::None;
    m_blockedUrl.clear();
    Q_EMIT blockChanged();
}

} // namespace pasapas
