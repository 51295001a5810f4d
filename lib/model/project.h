#pragma once

#include "model/menu.h"
#include "model/variable.h"
#include "publish/publishtarget.h"

#include <QList>
#include <QString>

namespace Bootlace {

// Everything one menu.ipxe is generated from: global variables, raw script kept before and after
// the menus, the menus themselves (the first one is the root) and the iPXE build profile the
// script is linted against. A plain value type; the project file stores it (ProjectFile).
struct Project final
{
    static constexpr int SchemaVersion = 1;

    QString name;
    QString buildProfile = QStringLiteral("debian");
    QList<Variable> variables;
    QString preamble;  // raw script after the variables, before the first menu
    QList<Menu> menus;
    QString epilogue;  // raw script after the last menu's entries
    QList<PublishTarget> targets; // where Publish sends the menu (project file key "targets")

    bool operator==(const Project &) const = default;

    int menuIndex(const QString &menuId) const;
    const Menu *menu(const QString &menuId) const;

    // Finds an item by id in any menu; menuIndexOut receives the index of its menu.
    const Item *findItem(const QString &itemId, int *menuIndexOut = nullptr) const;

    // Every id in use: menu ids and item ids share one namespace (they are all iPXE labels).
    QStringList allIds() const;

    // An id based on `base` that no menu or item uses yet ("debian", "debian-2", ...).
    QString uniqueId(const QString &base) const;

    int entryCount() const;
};

} // namespace Bootlace
