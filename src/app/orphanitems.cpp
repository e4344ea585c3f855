// SPDX-License-Identifier: GPL-3.0-or-later
#include "orphanitems.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace pasapas
{

namespace
{
/// The makers known to leave their items without an owner.
bool makesOrphans(const QQuickItem *item)
{
    return item->inherits("IconLabelLayout") || item->inherits("ToolBarLayout");
}
} // namespace

int OrphanItems::adopt(QObject *itemOrWindow)
{
    if (auto *window = qobject_cast<QQuickWindow *>(itemOrWindow)) {
        return adoptUnder(window->contentItem());
    }
    return adoptUnder(qobject_cast<QQuickItem *>(itemOrWindow));
}

int OrphanItems::adoptUnder(QQuickItem *root)
{
    if (!root) {
        return 0;
    }
    int adopted = 0;
    const bool maker = makesOrphans(root);
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (maker && !child->parent()) {
            child->setParent(root);
            ++adopted;
        }
        adopted += adoptUnder(child);
    }
    return adopted;
}

} // namespace pasapas
