// SPDX-License-Identifier: GPL-3.0-or-later
#include "webengine.h"

#include <QCoreApplication>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

namespace pasapas
{

void initializeWebEngine()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QtWebEngineQuick::initialize();
}

} // namespace pasapas
