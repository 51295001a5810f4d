#pragma once

#include <QHash>
#include <QString>

namespace Bootlace {

struct Project;

// Turns a project into the text of menu.ipxe. This is the only place that composes iPXE script:
// the preview, the CLI, publishing and the tests all call write(). The output is a pure function
// of the project: the same project always gives the same bytes (no dates, no hash order).
//
// Layout: `#!ipxe`, a header comment, `set` lines for the variables, the preamble, then per
// menu a label block (`:menu-id`, `menu`, `item` lines, `choose`, `goto ${selected}`) followed
// by one label block per entry (`:item-id`, its commands, `goto menu-id`), then the epilogue.
// Items limited to a platform are offered behind `iseq ${platform} efi && ... ||`; disabled
// items are written commented out with the prefix `#~ ` so that they survive an import.
//
// Sanitising rules (iPXE has no quoting, so user text is made harmless instead):
// - Text (titles, labels, gap headings, kernel arguments, variable values): control
//   characters and line breaks become spaces and runs of whitespace collapse to one space,
//   because iPXE splits on whitespace and re-joins with single spaces anyway. A word that is
//   exactly `||`, `&&` or `;` would end the command, so it becomes `|`, `&` or `,`. A word
//   starting with `#` would start a comment, so its leading `#` characters are dropped. A
//   trailing backslash would join the next line, so it is dropped. `${name}` is kept: iPXE
//   expands it after splitting, so an expansion can never add a command.
// - When a title starts with `-` it is preceded by `--` so getopt does not read it as an option.
// - URLs: every byte outside printable ASCII and every space is percent-encoded (UTF-8), so a
//   URL is always exactly one word; a leading `#` and a URL that is only `||`, `&&` or `;` are
//   percent-encoded too; `${name}` references are kept.
// - Identifiers (menu and item ids, variable names) are valid by construction (Identifier);
//   hotkeys are one printable, non-space ASCII character other than `#` and `;`, or nothing; drives must look like
//   numbers (`0x80`, `128`) or are left out.
// - Raw script (entry scripts, verbatim blocks, preamble, epilogue) is the user's own iPXE and
//   is written as is, except that carriage returns are removed and a trailing backslash on its
//   last line is dropped so it cannot swallow the next generated line.
class ScriptWriter final
{
public:
    struct LineRange
    {
        int first = 0; // 1-based, inclusive
        int last = 0;
        bool operator==(const LineRange &) const = default;
    };
    // Lines each menu (by menu id) and item (by item id) produced, for the preview.
    using SourceMap = QHash<QString, LineRange>;

    static QString write(const Project &project, SourceMap *map = nullptr);

    // The name of the iPXE setting `choose` stores the selection in.
    static QString choiceVariable();

    static QString sanitizeText(const QString &text);
    static QString encodeUrl(const QString &url);
    static QString sanitizeHotkey(const QString &key);
    static QString sanitizeDrive(const QString &drive);
    static QString sanitizeRaw(const QString &script);

    // The project as the script carries it: every field passed through the rules above, fields
    // the item's kind does not use cleared, a local disk's empty drive shown as 0x80, empty
    // verbatim blocks dropped. For a clean project this is the project itself.
    static Project sanitized(const Project &project);
};

} // namespace Bootlace
