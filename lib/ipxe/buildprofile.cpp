#include "ipxe/buildprofile.h"

#include <QCoreApplication>

#include <algorithm>

namespace Bootlace {

namespace {

// Every command of mainline iPXE (src/hci/commands/*.c, src/core/exec.c, src/image/script.c,
// src/hci/shell.c and the x86 commands), grouped by the build option or file that adds it.
// clang-format off
const char *const kKnownCommands[] = {
    // core: shell, scripts and settings (always built)
    "echo", "exit", "isset", "iseq", "sleep", "goto", "prompt", "help", "shell",
    "show", "set", "clear", "read", "inc",
    // images (IMAGE_CMD)
    "imgfetch", "module", "initrd", "kernel", "chain", "imgselect", "imgload", "imgargs",
    "imgexec", "boot", "imgstat", "imgfree",
    // networking and booting
    "dhcp", "pxebs", "ifopen", "ifclose", "ifstat", "ifconf", "route", "autoboot", "sync",
    "sanhook", "sanboot", "sanunhook", "config", "login", "menu", "item", "choose", "reboot",
    "cpuid", "iwstat", "iwlist", "ibstat",
    // optional commands (config/general.h)
    "poweroff", "params", "param", "ntp", "console", "colour", "cpair", "imgverify", "imgtrust",
    "ping", "nslookup", "ipstat", "nstat", "vcreate", "vdestroy", "certstat", "certstore",
    "certfree", "imgextract", "imgmem", "imgdecrypt", "imgset", "shim", "time", "pciscan",
    "usbscan", "fcstat", "fcels", "md5sum", "sha1sum", "fdt", "efimap", "startpxe", "stoppxe",
    // debugging only
    "gdbstub", "lotest", "profstat",
};

// What `help` lists in Debian 12's ipxe.lkrn, BIOS ROM and EFI ROM (1.21.1+git20220113), see
// reference/ipxe-in-qemu.md section 5. ibstat, iwstat and iwlist are only in the lkrn; they are
// included because the lkrn is what the boot tests run.
const char *const kDebianCommands[] = {
    "config", "cpuid", "dhcp", "pxebs", "ifopen", "ifclose", "ifstat", "ifconf", "imgfetch",
    "module", "initrd", "kernel", "chain", "imgselect", "imgload", "imgargs", "imgexec", "boot",
    "imgstat", "imgfree", "login", "menu", "item", "choose", "show", "set", "clear", "read",
    "inc", "reboot", "route", "sanhook", "sanboot", "sanunhook", "prompt", "goto", "shell",
    "help", "sync", "autoboot", "sleep", "iseq", "isset", "exit", "echo",
    "ibstat", "iwstat", "iwlist",
};
// clang-format on

// Left out of "full": they only exist in builds made to debug iPXE itself.
const char *const kDebugCommands[] = { "gdbstub", "lotest", "profstat" };

template <std::size_t N> QSet<QString> toSet(const char *const (&list)[N])
{
    QSet<QString> set;
    set.reserve(qsizetype(N));
    for (const char *c : list)
        set.insert(QString::fromLatin1(c));
    return set;
}

const QSet<QString> &knownSet()
{
    static const QSet<QString> set = toSet(kKnownCommands);
    return set;
}

struct Profiles
{
    BuildProfile debian;
    BuildProfile full;
};

} // namespace

QString BuildProfile::displayName() const
{
    return QCoreApplication::translate("Bootlace::BuildProfile", m_displayName);
}

QStringList BuildProfile::commands() const
{
    QStringList list(m_commands.cbegin(), m_commands.cend());
    std::sort(list.begin(), list.end());
    return list;
}

BuildProfile BuildProfile::byName(const QString &name, bool *ok)
{
    static const Profiles profiles = [] {
        Profiles p;
        p.debian.m_name = QStringLiteral("debian");
        p.debian.m_displayName = QT_TRANSLATE_NOOP("Bootlace::BuildProfile", "Debian 12 stock iPXE");
        p.debian.m_commands = toSet(kDebianCommands);
        p.debian.m_https = false;

        p.full.m_name = QStringLiteral("full");
        p.full.m_displayName = QT_TRANSLATE_NOOP("Bootlace::BuildProfile", "iPXE with all common options");
        p.full.m_commands = knownSet();
        for (const char *c : kDebugCommands)
            p.full.m_commands.remove(QString::fromLatin1(c));
        p.full.m_https = true;
        return p;
    }();

    const QString key = name.trimmed().toLower();
    const BuildProfile *found = key == profiles.debian.m_name ? &profiles.debian
        : key == profiles.full.m_name                         ? &profiles.full
                                                              : nullptr;
    if (ok)
        *ok = found != nullptr;
    return found ? *found : BuildProfile();
}

QStringList BuildProfile::names()
{
    return { QStringLiteral("debian"), QStringLiteral("full") };
}

QStringList BuildProfile::knownCommands()
{
    QStringList list(knownSet().cbegin(), knownSet().cend());
    std::sort(list.begin(), list.end());
    return list;
}

bool BuildProfile::isKnownCommand(const QString &command)
{
    return knownSet().contains(command);
}

} // namespace Bootlace
