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
/// then go with it. Their makers delete them themselves too, which stays safe
/// (a deleted child leaves its parent's list).
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
