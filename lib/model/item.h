#pragma once

#include "model/artifactsource.h"
#include "model/platformcondition.h"

#include <QString>
#include <QStringList>

namespace Bootlace {

// One line of a boot menu and what choosing it does: a gap (section heading or blank line), a
// link to a submenu, a boot entry of one of several kinds, or raw script kept verbatim.
// A plain value type; which fields matter depends on the kind (see the comments below).
struct Item final
{
    enum class Kind {
        Gap,       // label = heading text, empty for a blank line
        Submenu,   // menu = id of the menu it opens
        Linux,     // kernel, initrds, args
        Chain,     // url
        Sanboot,   // url and/or drive
        LocalDisk, // drive (BIOS drive number, default 0x80); UEFI returns to the firmware
        Shell,
        Reboot,
        Exit,
        Script,   // an entry whose commands are the raw script in `script`
        Verbatim, // raw lines kept in place in the menu's item list (not an entry)
    };

    Kind kind = Kind::Linux;
    QString id;      // stable; also the iPXE item name and label, see Identifier
    QString label;   // text shown in the menu
    QString hotkey;  // one character, or empty
    bool enabled = true;
    PlatformCondition platform;

    QString kernel;
    QStringList initrds;
    QString args;
    QString url;
    QString drive;
    QString script;
    QString menu;
    ArtifactSource source; // set for entries made from GitLab CI artifacts

    bool operator==(const Item &) const = default;

    // Entries are the selectable items that run commands of their own.
    bool isSelectable() const { return kind != Kind::Gap && kind != Kind::Verbatim; }
    // Published from the targets' copies: enabled, built from GitLab artifacts, marked for mirroring.
    bool isMirrored() const { return enabled && !source.isEmpty() && source.mirror; }
    // The URLs publishing replaces by the targets' copies: a mirrored entry's own job artifact URLs
    // (kernel, initrds, chain or SAN URL), in that order; empty for any other entry.
    QStringList mirroredUrls() const;

    static QString kindName(Kind kind);
    static bool parseKind(const QString &name, Kind *out);
};

} // namespace Bootlace
