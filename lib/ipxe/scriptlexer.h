#pragma once

#include <QList>
#include <QString>

namespace Bootlace {

// Splits iPXE script text the way iPXE itself does (src/image/script.c, src/core/exec.c):
// lines end at '\n', a trailing '\r' is dropped, a trailing backslash joins the next line, a
// line starting with ':' is a label, words are separated by whitespace, the words `||`, `&&`
// and `;` separate commands, and a word starting with '#' starts a comment that runs to the end
// of the line. Positions are kept so that diagnostics can point at the physical line and column.
// Shared by the importer and the linter so that both read scripts the same way.
class ScriptLexer final
{
public:
    struct Token
    {
        QString text;
        int line = 0;    // 1-based physical line
        int column = 0;  // 1-based column in that line
    };

    struct Command
    {
        enum class Next { End, IfSuccess, IfFailure, Always }; // end of line, `&&`, `||`, `;`
        QList<Token> words;
        Next next = Next::End;

        const QString &name() const;
        QStringList arguments() const; // words after the name
    };

    struct Line
    {
        int line = 0;      // first physical line (1-based)
        int lastLine = 0;  // last physical line, > line when backslash continuations were joined
        QString text;      // the logical line: continuations joined, '\r' removed
        bool hasLabel = false;
        Token label;       // the label name (without ':') when hasLabel
        QList<Command> commands;  // empty commands (e.g. a trailing `||`) are kept
        bool hasComment = false;
        Token comment;     // from the first word starting with '#' to the end of the line

        bool isBlank() const { return !hasLabel && commands.isEmpty() && !hasComment; }
        // True when the line does something: a label or at least one non-empty command.
        bool hasCode() const;
    };

    static QList<Line> split(const QString &script);
    // Splits one logical line (no newlines) that starts at physical line `lineNumber`.
    static Line splitLine(const QString &text, int lineNumber);
};

} // namespace Bootlace
