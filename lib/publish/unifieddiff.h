#pragma once

#include <QString>

namespace Bootlace {

// A line-based unified diff ("diff -u" format, three lines of context) for showing what a
// publish or a rollback changes. Texts are menus, small enough for an exact LCS.
class UnifiedDiff final
{
public:
    // Empty when the texts are equal. Labels go into the "---" / "+++" header lines.
    static QString diff(const QString &before, const QString &after, const QString &beforeLabel,
                        const QString &afterLabel, int context = 3);
};

} // namespace Bootlace
