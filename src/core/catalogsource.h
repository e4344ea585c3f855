// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace pasapas
{

/// Holds the CatalogSource enum so that QML sees it (as CatalogSource.Pack…).
namespace CatalogSourceEnum
{
Q_NAMESPACE

/// Where a guide of the catalog comes from, lowest precedence first: a
/// guide replaces one with the same id from a lower source.
enum class CatalogSource {
    Bundled, ///< shipped with the app
    Pack, ///< the signed guide pack installed from the fleet's address
    Local, ///< a mediator's local repair (the local-guides folder, or --guides DIR)
};
Q_ENUM_NS(CatalogSource)
} // namespace CatalogSourceEnum

using CatalogSource = CatalogSourceEnum::CatalogSource;

} // namespace pasapas
