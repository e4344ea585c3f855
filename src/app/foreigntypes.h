// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Core classes QML sees (through AppController's properties), declared to
// the QML type system without making core depend on QML.

#include "catalogmodel.h"
#include "idlemonitor.h"

#include <QQmlEngine>

namespace pasapas
{

struct GuideCatalogModelForeign
{
    Q_GADGET
    QML_FOREIGN(pasapas::GuideCatalogModel)
    QML_NAMED_ELEMENT(GuideCatalogModel)
    QML_UNCREATABLE("Built by the application")
};

struct CategoryModelForeign
{
    Q_GADGET
    QML_FOREIGN(pasapas::CategoryModel)
    QML_NAMED_ELEMENT(CategoryModel)
    QML_UNCREATABLE("Built by the application")
};

struct IdleMonitorForeign
{
    Q_GADGET
    QML_FOREIGN(pasapas::IdleMonitor)
    QML_NAMED_ELEMENT(IdleMonitor)
    QML_UNCREATABLE("Built by the application")
};

} // namespace pasapas
