// SPDX-License-Identifier: GPL-3.0-or-later
#include "categories.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pasapas
{

const QList<Category> &categories()
{
    static const QList<Category> list{
        {u"work"_s, QT_TRANSLATE_NOOP("Category", "Travail et emploi"), u"pasapas-work"_s},
        {u"family"_s, QT_TRANSLATE_NOOP("Category", "Famille et allocations (CAF)"), u"pasapas-family"_s},
        {u"health"_s, QT_TRANSLATE_NOOP("Category", "Santé"), u"pasapas-health"_s},
        {u"taxes"_s, QT_TRANSLATE_NOOP("Category", "Impôts et argent"), u"pasapas-taxes"_s},
        {u"identity"_s, QT_TRANSLATE_NOOP("Category", "Papiers d'identité et titre de séjour"), u"pasapas-identity"_s},
        {u"housing"_s, QT_TRANSLATE_NOOP("Category", "Logement"), u"pasapas-housing"_s},
        {u"transport"_s, QT_TRANSLATE_NOOP("Category", "Transports"), u"pasapas-transport"_s},
        {u"justice"_s, QT_TRANSLATE_NOOP("Category", "Justice et droits"), u"pasapas-justice"_s},
        {u"first-steps"_s, QT_TRANSLATE_NOOP("Category", "Premiers pas sur la tablette"), u"pasapas-first-steps"_s},
        {u"everyday"_s, QT_TRANSLATE_NOOP("Category", "Vie quotidienne"), u"pasapas-everyday"_s},
    };
    return list;
}

const Category *findCategory(const QString &id)
{
    for (const Category &category : categories()) {
        if (category.id == id) {
            return &category;
        }
    }
    return nullptr;
}

QString categoryName(const QString &id)
{
    const Category *category = findCategory(id);
    return category ? QCoreApplication::translate("Category", category->name) : id;
}

} // namespace pasapas
