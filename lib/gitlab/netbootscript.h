#pragma once

#include <QString>
#include <QStringList>

namespace Bootlace {

// What a NixOS `netboot.ipxe` artifact boots: the kernel's file name, its arguments
// (init=/nix/store/…/init, initrd=initrd, …) and the initrd file names, all relative to the
// script, so Bootlace can write its own kernel/initrd lines with pinned URLs of one job.
struct NetbootScript final
{
    QString kernel;       // e.g. "bzImage"
    QString args;         // kernel arguments without iPXE options and without ${cmdline}
    QStringList initrds;  // e.g. {"initrd"}

    bool isValid() const { return !kernel.isEmpty(); }
    // The init= path, if any (NixOS's system closure).
    QString init() const;

    // Reads `kernel` (or `chain`/`imgexec`) and `initrd` lines; ignores comments, `boot` and
    // other commands. *error is set when there is no kernel line.
    static NetbootScript parse(const QString &text, QString *error = nullptr);
};

} // namespace Bootlace
