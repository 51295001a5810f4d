#include "model/item.h"

#include <array>
#include <utility>

namespace Bootlace {

namespace {
constexpr std::array<std::pair<Item::Kind, const char *>, 11> kKindNames{{
    {Item::Kind::Gap, "gap"},
    {Item::Kind::Submenu, "submenu"},
    {Item::Kind::Linux, "linux"},
    {Item::Kind::Chain, "chain"},
    {Item::Kind::Sanboot, "sanboot"},
    {Item::Kind::LocalDisk, "localDisk"},
    {Item::Kind::Shell, "shell"},
    {Item::Kind::Reboot, "reboot"},
    {Item::Kind::Exit, "exit"},
    {Item::Kind::Script, "script"},
    {Item::Kind::Verbatim, "verbatim"},
}};
} // namespace

QString Item::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

bool Item::parseKind(const QString &name, Kind *out)
{
    for (const auto &[k, kindName] : kKindNames) {
        if (name == QLatin1String(kindName)) {
            *out = k;
            return true;
        }
    }
    return false;
}

} // namespace Bootlace
