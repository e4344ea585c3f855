// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

namespace pasapas
{

class SessionManager;

/// "image://papers/review/N" and "image://papers/page/I/N": the current
/// session's photos, from memory (never a file). N only makes each version a
/// new address.
class PaperImages : public QQuickImageProvider
{
public:
    explicit PaperImages(SessionManager *sessions);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    SessionManager *m_sessions;
};

} // namespace pasapas
