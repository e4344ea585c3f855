// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pasapas
{

/// A family of procedures, as French mediation services sort them.
struct Category
{
    QString id; ///< as written in guide files: "work", "family"…
    const char *name; ///< French name, translated with QCoreApplication::translate("Category", name)
    QString icon; ///< Breeze icon name of its pictogram
};

[[nodiscard]] const QList<Category> &categories();
[[nodiscard]] const Category *findCategory(const QString &id);
[[nodiscard]] QString categoryName(const QString &id);

} // namespace pasapas
