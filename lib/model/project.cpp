#include "model/project.h"

#include "model/identifier.h"

#include <QSet>

namespace Bootlace {

int Project::menuIndex(const QString &menuId) const
{
    for (int i = 0; i < menus.size(); ++i) {
        if (menus.at(i).id == menuId)
            return i;
    }
    return -1;
}

const Menu *Project::menu(const QString &menuId) const
{
    const int i = menuIndex(menuId);
    return i < 0 ? nullptr : &menus.at(i);
}

const Item *Project::findItem(const QString &itemId, int *menuIndexOut) const
{
    for (int m = 0; m < menus.size(); ++m) {
        if (const Item *it = menus.at(m).item(itemId)) {
            if (menuIndexOut)
                *menuIndexOut = m;
            return it;
        }
    }
    return nullptr;
}

QStringList Project::allIds() const
{
    QStringList ids;
    for (const Menu &m : menus) {
        ids << m.id;
        for (const Item &it : m.items)
            ids << it.id;
    }
    return ids;
}

QString Project::uniqueId(const QString &base) const
{
    const QString stem = Identifier::sanitize(base);
    const QStringList used = allIds();
    const QSet<QString> taken(used.cbegin(), used.cend());
    if (!taken.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

int Project::entryCount() const
{
    int n = 0;
    for (const Menu &m : menus) {
        for (const Item &it : m.items)
            n += it.isSelectable() ? 1 : 0;
    }
    return n;
}

} // namespace Bootlace
