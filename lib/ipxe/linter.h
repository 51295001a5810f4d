#pragma once

#include "ipxe/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Bootlace {

class BuildProfile;
struct Project;

// Finds mistakes in iPXE script text that iPXE itself only reports at boot time, or never, and
// says where they are and what to do. Reads the script with ScriptLexer, exactly as iPXE does.
class Linter final
{
public:
    // Diagnostics sorted by line, then column. An invalid profile lints against "full", so that
    // only commands unknown to every build are reported.
    //
    // Control flow follows iPXE's rules: commands on a line run as `&&`, `||` and `;` say, and a
    // line whose last result is a failure ends the script, so the next line is reached only when
    // the line can succeed. `goto` and `exit` never fall through; `reboot`, `poweroff` and images
    // started with `--replace` never return when they succeed. `boot`, `chain` and `sanboot` do
    // fall through: the image may return successfully (an EFI application, a chained script that
    // exits 0), which is why generated entries end with `goto <menu>`. `goto ${var}` reaches the
    // items of the menu whose `choose` stored `var` (the nearest one before it in the same block,
    // else all of them; only items offered on that path) and any literal `set var <label>`;
    // `goto x-${platform}` reaches `x-pcbios` and `x-efi`. Any other computed goto may reach every
    // label, and then no label is reported as unreachable. Each path carries what it knows about
    // ${platform} from `iseq ${platform} efi|pcbios`, which is how a BIOS-only line behind
    // `iseq ${platform} efi && exit ||` is known to run on BIOS only.
    static QList<Diagnostic> lint(const QString &script, const BuildProfile &profile);

    // Renders the project with ScriptWriter::write() and lints the result against the project's
    // build profile; an unknown profile name is reported (`unknown-build-profile`) and "debian"
    // is used instead.
    static QList<Diagnostic> lintProject(const Project &project, QString *scriptOut = nullptr);
    // An https:// artifact URL of a mirrored GitLab entry never reaches a client (publishing
    // points the menu at the target's copy), so its `https-unsupported` finding in `script`
    // (written from `project`) becomes information. lintProject() does this itself.
    static void relaxMirroredUrls(const Project &project, const QString &script, QList<Diagnostic> *diagnostics);

    static QStringList ruleIds();
    static QString ruleDescription(const QString &ruleId); // empty for an unknown rule
    static Diagnostic::Severity ruleSeverity(const QString &ruleId);
};

} // namespace Bootlace
