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

QStringList Item::mirroredUrls() const
{
    if (!isMirrored())
        return {};
    QStringList candidates;
    if (kind == Kind::Linux)
        candidates << kernel << initrds;
    else if (kind == Kind::Chain || kind == Kind::Sanboot)
        candidates << url;
    QStringList urls;
    for (const QString &u : std::as_const(candidates)) {
        if (source.isArtifactUrl(u)) // typed by hand or pointing elsewhere: not GitLab's to mirror
            urls << u;
    }
    return urls;
}

} // namespace Bootlace
