#pragma once

#include <QString>

namespace Bootlace {

// Which clients an item is offered to: the firmware iPXE runs on (iPXE's ${platform}) and the
// architecture of the iPXE build (iPXE's ${buildarch}). Any/Any matches every client.
struct PlatformCondition final
{
    enum class Firmware { Any, Bios, Uefi };
    enum class Arch { Any, I386, X86_64, Arm32, Arm64 };

    Firmware firmware = Firmware::Any;
    Arch arch = Arch::Any;

    bool isAny() const { return firmware == Firmware::Any && arch == Arch::Any; }
    bool matches(Firmware clientFirmware, Arch clientArch) const;
    bool operator==(const PlatformCondition &) const = default;

    // Project-file names ("bios", "uefi", "x86_64", ...); parse functions return false for unknown names.
    static QString firmwareName(Firmware f);
    static QString archName(Arch a);
    static bool parseFirmware(const QString &name, Firmware *out);
    static bool parseArch(const QString &name, Arch *out);

    // The values iPXE itself reports in ${platform} and ${buildarch}.
    static QString ipxePlatformValue(Firmware f);
    static QString ipxeBuildArchValue(Arch a);
};

} // namespace Bootlace
