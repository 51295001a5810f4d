#pragma once

#include <QString>

namespace Bootlace {

// Reading what a booting VM wrote to its serial console: SeaBIOS, OVMF and iPXE draw with
// terminal escapes, and the test stubs and the harness report in "PREFIX: value" lines. Used by
// TestBootJob and the test suite's IpxeVm, so both read a console the same way.
class BootConsole final
{
public:
    // The text without CSI sequences, two-character escapes and carriage returns.
    static QString stripTerminal(QString text);
    // The rest of the first line containing `prefix` (not trimmed), or a null string when no
    // line has it.
    static QString lineAfter(const QString &text, const QString &prefix);
};

} // namespace Bootlace
