#pragma once

#include <QString>

namespace Bootlace {

// A global iPXE setting the menu defines before anything else (`set name value`), typically a
// base URL that entries refer to as ${name}.
struct Variable final
{
    QString name;
    QString value;

    bool operator==(const Variable &) const = default;
};

} // namespace Bootlace
