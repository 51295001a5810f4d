#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Bootlace {

// An iPXE build as far as the linter cares: the commands it was compiled with and whether it can
// fetch https:// URLs. "debian" is Debian 12's stock ipxe/ipxe-qemu (checked under QEMU), "full"
// an iPXE built with every common option. It also knows every command any iPXE build can have, so
// that a typo ("menuu") can be told apart from a command this build lacks ("params").
class BuildProfile final
{
public:
    BuildProfile() = default; // invalid: no name and no commands

    QString name() const { return m_name; }
    // Translated for the UI; the English name when no translator is installed.
    QString displayName() const;
    bool isValid() const { return !m_name.isEmpty(); }
    bool supportsHttps() const { return m_https; }
    bool hasCommand(const QString &command) const { return m_commands.contains(command); }
    QStringList commands() const; // sorted

    bool operator==(const BuildProfile &) const = default;

    // Looks a profile up by name (case-insensitive); an unknown name gives an invalid profile.
    static BuildProfile byName(const QString &name, bool *ok = nullptr);
    static QStringList names(); // "debian" first: the default of a new project

    // Every command of mainline iPXE, in any build configuration, sorted.
    static QStringList knownCommands();
    static bool isKnownCommand(const QString &command);

private:
    QString m_name;
    const char *m_displayName = ""; // QT_TRANSLATE_NOOP("Bootlace::BuildProfile", ...)
    QSet<QString> m_commands;
    bool m_https = false;
};

} // namespace Bootlace
