// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQmlIntegration>

class QQuickItem;

namespace pasapas
{

/// Items the style makes from C++ with a visual parent but no owner: the
/// icon and label of every Breeze button (IconLabelLayout) and the buttons of
/// Kirigami's header toolbars (ToolBarLayout). Nothing deletes them with their
/// parent, so each screen torn down left them behind, about 1,000 objects a
/// session (bench_soak). adopt() gives each its visual parent as owner: they
/// then go with it. The pop-ups declared under an item are gone through too,
/// open or closed (a closed one's items are out of the window's tree: the
/// context menus of Kirigami's SelectableLabel, in every InlineMessage, left
/// about 90 menu items' labels and icons a session). Their makers delete them
/// themselves too, which stays safe (a deleted child leaves its parent's list).
class OrphanItems : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// Under an item, or in the whole of a window (its overlay and header
    /// included): returns how many items were adopted.
    Q_INVOKABLE static int adopt(QObject *itemOrWindow);
    static int adoptUnder(QQuickItem *root);
};

} // namespace pasapas
