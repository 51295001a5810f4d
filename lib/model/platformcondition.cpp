#include "model/platformcondition.h"

namespace Bootlace {

bool PlatformCondition::matches(Firmware clientFirmware, Arch clientArch) const
{
    const bool fwOk = firmware == Firmware::Any || firmware == clientFirmware;
    const bool archOk = arch == Arch::Any || arch == clientArch;
    return fwOk && archOk;
}

QString PlatformCondition::firmwareName(Firmware f)
{
    switch (f) {
    case Firmware::Any: return QStringLiteral("any");
    case Firmware::Bios: return QStringLiteral("bios");
    case Firmware::Uefi: return QStringLiteral("uefi");
    }
    return {};
}

QString PlatformCondition::archName(Arch a)
{
    switch (a) {
    case Arch::Any: return QStringLiteral("any");
    case Arch::I386: return QStringLiteral("i386");
    case Arch::X86_64: return QStringLiteral("x86_64");
    case Arch::Arm32: return QStringLiteral("arm32");
    case Arch::Arm64: return QStringLiteral("arm64");
    }
    return {};
}

bool PlatformCondition::parseFirmware(const QString &name, Firmware *out)
{
    for (Firmware f : {Firmware::Any, Firmware::Bios, Firmware::Uefi}) {
        if (firmwareName(f) == name) {
            *out = f;
            return true;
        }
    }
    return false;
}

bool PlatformCondition::parseArch(const QString &name, Arch *out)
{
    for (Arch a : {Arch::Any, Arch::I386, Arch::X86_64, Arch::Arm32, Arch::Arm64}) {
        if (archName(a) == name) {
            *out = a;
            return true;
        }
    }
    return false;
}

QString PlatformCondition::ipxePlatformValue(Firmware f)
{
    switch (f) {
    case Firmware::Bios: return QStringLiteral("pcbios");
    case Firmware::Uefi: return QStringLiteral("efi");
    case Firmware::Any: break;
    }
    return {};
}

QString PlatformCondition::ipxeBuildArchValue(Arch a)
{
    return a == Arch::Any ? QString() : archName(a);
}

} // namespace Bootlace
