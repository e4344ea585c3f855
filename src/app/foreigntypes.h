// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Core classes QML sees (through AppController's properties), declared to
// the QML type system without making core depend on QML.

#include "activitymodel.h"
#include "catalogmodel.h"
#include "guide.h"
#include "catalogsource.h"
#include "idlemonitor.h"
#include "modes.h"
#include "navigationpolicy.h"
#include "pagefailure.h"
#include "sessionengine.h"

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

struct ActivityMonthModelForeign
{
    Q_GADGET
    QML_FOREIGN(pasapas::ActivityMonthModel)
    QML_NAMED_ELEMENT(ActivityMonthModel)
    QML_UNCREATABLE("Built by the application")
};

struct SessionEngineForeign
{
    Q_GADGET
    QML_FOREIGN(pasapas::SessionEngine)
    QML_NAMED_ELEMENT(SessionEngine)
    QML_UNCREATABLE("Only its State enum is for QML")
};

// Enums of core namespaces: Mode.SelfService, BlockReason.OtherSite…
namespace ModeForeign
{
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pasapas::ModeEnum)
QML_NAMED_ELEMENT(Mode)
}

namespace CatalogSourceForeign
{
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pasapas::CatalogSourceEnum)
QML_NAMED_ELEMENT(CatalogSource)
}

// A gadget's enum too: Completion.Tap… (a value type's own name would be lower case).
namespace CompletionForeign
{
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pasapas::Completion)
QML_NAMED_ELEMENT(Completion)
}

namespace PageFailureForeign
{
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pasapas::PageFailureEnum)
QML_NAMED_ELEMENT(PageFailure)
}

namespace BlockReasonForeign
{
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(pasapas::BlockReasonEnum)
QML_NAMED_ELEMENT(BlockReason)
}

} // namespace pasapas
