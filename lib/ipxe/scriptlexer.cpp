#include "ipxe/scriptlexer.h"

#include <QStringList>
#include <QVarLengthArray>

namespace Bootlace {

namespace {

// iPXE uses C isspace(): space, \t, \n, \v, \f, \r.
bool isIpxeSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\v' || u == u'\f' || u == u'\r';
}

struct Position
{
    int line;
    int column;
};

// Where the physical lines of a logical line start: usually one segment, more when backslash
// continuations were joined. Positions are computed from it instead of stored per character.
struct Segment
{
    qsizetype offset; // in the logical text
    int line;
};

class PositionMap final
{
public:
    void add(qsizetype offset, int line) { m_segments.append({offset, line}); }
    void clear() { m_segments.clear(); }
    bool isEmpty() const { return m_segments.isEmpty(); }
    Position at(qsizetype i) const
    {
        qsizetype s = m_segments.size() - 1;
        while (s > 0 && m_segments.at(s).offset > i)
            --s;
        return {m_segments.at(s).line, int(i - m_segments.at(s).offset) + 1};
    }

private:
    QVarLengthArray<Segment, 2> m_segments;
};

ScriptLexer::Line lexLogical(const QString &text, const PositionMap &pos, int firstLine, int lastLine)
{
    ScriptLexer::Line out;
    out.line = firstLine;
    out.lastLine = lastLine;
    out.text = text;
    const qsizetype n = text.size();
    auto at = [&](qsizetype i) { return pos.isEmpty() ? Position{firstLine, int(i) + 1} : pos.at(i); };
    qsizetype i = 0;
    while (i < n && isIpxeSpace(text.at(i)))
        ++i;
    if (i < n && text.at(i) == QLatin1Char(':')) {
        out.hasLabel = true;
        const qsizetype start = ++i;
        while (i < n && !isIpxeSpace(text.at(i)))
            ++i;
        out.label = {text.mid(start, i - start), at(start - 1).line, at(start - 1).column};
    }
    ScriptLexer::Command current;
    bool any = false;
    while (true) {
        while (i < n && isIpxeSpace(text.at(i)))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && !isIpxeSpace(text.at(i)))
            ++i;
        const QString word = text.mid(start, i - start);
        const Position p = at(start);
        if (word.startsWith(QLatin1Char('#'))) {
            out.hasComment = true;
            out.comment = {text.mid(start), p.line, p.column};
            break;
        }
        any = true;
        if (word == QLatin1String("||") || word == QLatin1String("&&") || word == QLatin1String(";")) {
            current.next = word == QLatin1String("||") ? ScriptLexer::Command::Next::IfFailure
                : word == QLatin1String("&&")          ? ScriptLexer::Command::Next::IfSuccess
                                                       : ScriptLexer::Command::Next::Always;
            out.commands << current;
            current = {};
            continue;
        }
        current.words << ScriptLexer::Token{word, p.line, p.column};
    }
    if (!current.words.isEmpty())
        out.commands << current;
    else if (any && !out.commands.isEmpty())
        out.commands << current; // an empty command after a trailing terminator, e.g. `a ||`
    return out;
}

} // namespace

QStringList ScriptLexer::Command::arguments() const
{
    QStringList args;
    for (qsizetype i = 1; i < words.size(); ++i)
        args << words.at(i).text;
    return args;
}

bool ScriptLexer::Line::hasCode() const
{
    if (hasLabel)
        return true;
    for (const Command &c : commands) {
        if (!c.words.isEmpty())
            return true;
    }
    return false;
}

ScriptLexer::Line ScriptLexer::splitLine(const QString &text, int lineNumber)
{
    PositionMap pos;
    pos.add(0, lineNumber);
    return lexLogical(text, pos, lineNumber, lineNumber);
}

QList<ScriptLexer::Line> ScriptLexer::split(const QString &script)
{
    QList<Line> lines;
    QString logical;
    PositionMap pos;
    int first = 1;
    int physical = 1;
    qsizetype start = 0;
    const qsizetype n = script.size();
    while (start <= n) {
        qsizetype end = script.indexOf(QLatin1Char('\n'), start);
        const bool last = end < 0;
        if (last)
            end = n;
        if (last && start == n && logical.isEmpty() && pos.isEmpty())
            break; // no text after the final newline
        QStringView frag = QStringView(script).mid(start, end - start);
        if (frag.endsWith(QLatin1Char('\r')))
            frag.chop(1);
        if (logical.isEmpty() && pos.isEmpty())
            first = physical;
        const bool continued = frag.endsWith(QLatin1Char('\\'));
        if (continued)
            frag.chop(1);
        pos.add(logical.size(), physical);
        logical += frag;
        if (!continued || last) {
            lines << lexLogical(logical, pos, first, physical);
            logical.clear();
            pos.clear();
        }
        ++physical;
        start = end + 1;
        if (last)
            break;
    }
    return lines;
}

} // namespace Bootlace
