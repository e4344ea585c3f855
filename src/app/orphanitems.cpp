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

/// The item a closed pop-up (a Menu, a Drawer, a Dialog…) keeps its items
/// in: out of the window's tree while it is closed, so not reached from
/// there. Null when it is open (the window's overlay holds it then).
QQuickItem *closedPopupItem(QObject *popup)
{
    if (!popup->inherits("QQuickPopup")) {
        return nullptr;
    }
    QQuickItem *item = popup->property("contentItem").value<QQuickItem *>();
    while (item && !item->inherits("QQuickPopupItem")) {
        item = item->parentItem();
    }
    return item && !item->parentItem() ? item : nullptr;
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
    // Pop-ups declared in the item (Kirigami's SelectableLabel, in every
    // InlineMessage, has a context menu of Breeze menu items).
    const QObjectList owned = root->children();
    for (QObject *object : owned) {
        adopted += adoptUnder(closedPopupItem(object));
    }
    return adopted;
}

} // namespace pasapas
