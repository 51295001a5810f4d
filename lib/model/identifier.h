#pragma once

#include <QString>

namespace Bootlace {

// Rules for the names that end up as iPXE labels, item names and setting names. iPXE splits
// command lines on whitespace and treats `||`, `&&`, `;` and words starting with `#` specially,
// and getopt stops at the first word not starting with `-`; a valid identifier is therefore
// 1-64 characters of [A-Za-z0-9_.-] that does not start with `-` or `.`.
class Identifier final
{
public:
    static bool isValid(const QString &id);
    // Maps any text to a valid identifier: invalid characters become `-`, runs of `-` collapse,
    // an empty result becomes "item". Deterministic; valid ids are returned unchanged.
    static QString sanitize(const QString &text);
};

} // namespace Bootlace
