// SPDX-License-Identifier: GPL-3.0-or-later
#include "paperimages.h"
#include "papercapture.h"
#include "sessioncontroller.h"
#include "sessionmanager.h"

namespace pasapas
{

PaperImages::PaperImages(SessionManager *sessions)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_sessions(sessions)
{
}

QImage PaperImages::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // Called on the screen's thread (the Image items are not asynchronous).
    const SessionController *session = m_sessions->current();
    const QString name = id.section(u'/', 0, -2); // without the version
    QImage image = session ? session->papers()->image(name) : QImage();
    if (!image.isNull() && requestedSize.isValid()) {
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    if (size) {
        *size = image.size();
    }
    return image;
}

} // namespace pasapas
