#pragma once

#include "model/item.h"

#include <QList>
#include <QString>

namespace Bootlace {

// A menu screen: its title, the item chosen when the timeout runs out, and its items in order.
// The id is the iPXE label the menu starts at; the first menu of a project is the root menu.
struct Menu final
{
    QString id;
    QString title;
    QString defaultItem;  // item id, or empty for the first item
    int timeoutMs = 0;    // 0 waits forever (as iPXE's `choose --timeout 0`)
    QList<Item> items;

    bool operator==(const Menu &) const = default;

    int indexOf(const QString &itemId) const;
    const Item *item(const QString &itemId) const;
};

} // namespace Bootlace
