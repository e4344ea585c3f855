// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionmanager.h"
#include "guidelibrary.h"
#include "kioskcontroller.h"
#include "localization.h"
#include "logging.h"
#include "practiceserver.h"
#include "sessioncontroller.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace pasapas
{

void wipeClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection()) {
        clipboard->clear(QClipboard::Selection);
    }
}

SessionManager::SessionManager(const GuideLibrary *library, Localization *localization, KioskController *kiosk, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_localization(localization)
    , m_kiosk(kiosk)
{
    connect(m_localization, &Localization::languageChanged, this, [this] {
        if (m_current) {
            m_current->setLanguage(m_localization->language());
        }
    });
}

SessionManager::~SessionManager() = default;

SessionController *SessionManager::start(const QString &guideId)
{
    const CatalogEntry *entry = m_library->find(guideId);
    PracticeServer *practice = nullptr;
    if (entry && PracticeServer::isPracticeHost(entry->guide.start.host())) {
        if (!m_practice) {
            m_practice = std::make_unique<PracticeServer>();
        }
        if (m_practice->start()) {
            practice = m_practice.get();
        } else {
            qCWarning(lcPractice, "the practice site could not start: %s", qPrintable(m_practice->errorString()));
            entry = nullptr;
        }
    }
    if (!entry) {
        Q_EMIT failed(guideId);
        return nullptr;
    }
    end();
    m_current = std::make_unique<SessionController>(GuideLibrary::wholeGuide(*entry), practice, m_localization->language(), m_kiosk->globalHosts());
    setWipeNotice(false);
    m_kiosk->setSessionRunning(true);
    Q_EMIT currentChanged();
    return m_current.get();
}

void SessionManager::end(EndReason reason)
{
    if (!m_current) {
        return;
    }
    Q_EMIT ended(m_current.get(), reason);
    // Cookies, cache and downloads go now; storage, IndexedDB, service
    // workers and HTTP authentication live in the off-the-record profile,
    // which goes with the session object.
    m_current->close();
    wipeClipboard();
    SessionController *closed = m_current.release();
    closed->setParent(this); // goes with the app if it quits first
    m_kiosk->setSessionRunning(false);
    setWipeNotice(true);
    Q_EMIT currentChanged();
    QTimer::singleShot(teardownDelayMs, closed, &QObject::deleteLater);
}

void SessionManager::setWipeNotice(bool shown)
{
    if (m_wipeNotice == shown) {
        return;
    }
    m_wipeNotice = shown;
    Q_EMIT wipeNoticeChanged();
}

void SessionManager::setPracticeSiteRoot(const QString &root)
{
    m_practice = std::make_unique<PracticeServer>(root);
}

} // namespace pasapas
