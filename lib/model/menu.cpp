#include "model/menu.h"

namespace Bootlace {

int Menu::indexOf(const QString &itemId) const
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == itemId)
            return i;
    }
    return -1;
}

const Item *Menu::item(const QString &itemId) const
{
    const int i = indexOf(itemId);
    return i < 0 ? nullptr : &items.at(i);
}

} // namespace Bootlace
