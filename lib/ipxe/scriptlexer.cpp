#include "ipxe/scriptlexer.h"

#include <algorithm>

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
        // Binary search: a line joined from thousands of continuations has as many segments,
        // and every token asks for its position.
        auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), i,
                                   [](qsizetype offset, const Segment &seg) { return offset < seg.offset; });
        const Segment &seg = it == m_segments.cbegin() ? *it : *(it - 1);
        return {seg.line, int(i - seg.offset) + 1};
    }

private:
    QVarLengthArray<Segment, 2> m_segments;
};

ScriptLexer::Command::Next separatorOf(QStringView word)
{
    using Next = ScriptLexer::Command::Next;
    if (word.size() == 2 && word.at(0) == word.at(1)) {
        if (word.at(0) == QLatin1Char('|'))
            return Next::IfFailure;
        if (word.at(0) == QLatin1Char('&'))
            return Next::IfSuccess;
    } else if (word.size() == 1 && word.at(0) == QLatin1Char(';')) {
        return Next::Always;
    }
    return Next::End; // not a separator
}

ScriptLexer::Line lexLogical(QString text, const PositionMap &pos, int firstLine, int lastLine)
{
    ScriptLexer::Line out;
    out.line = firstLine;
    out.lastLine = lastLine;
    const qsizetype n = text.size();
    const QChar *chars = text.constData();
    auto at = [&](qsizetype i) { return pos.isEmpty() ? Position{firstLine, int(i) + 1} : pos.at(i); };
    auto token = [&](qsizetype start, qsizetype length) {
        const Position p = at(start);
        return ScriptLexer::Token{QString(chars + start, length), p.line, p.column};
    };
    qsizetype i = 0;
    while (i < n && isIpxeSpace(chars[i]))
        ++i;
    if (i < n && chars[i] == QLatin1Char(':')) {
        out.hasLabel = true;
        const qsizetype start = ++i;
        while (i < n && !isIpxeSpace(chars[i]))
            ++i;
        const Position p = at(start - 1);
        out.label = {QString(chars + start, i - start), p.line, p.column};
    }
    // Find the words first so that every list is allocated once, at its final size.
    struct Word
    {
        qsizetype start;
        qsizetype length;
        ScriptLexer::Command::Next separator; // End for an ordinary word
    };
    QVarLengthArray<Word, 32> words;
    qsizetype commandCount = 0;
    while (true) {
        while (i < n && isIpxeSpace(chars[i]))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && !isIpxeSpace(chars[i]))
            ++i;
        if (chars[start] == QLatin1Char('#')) {
            out.hasComment = true;
            out.comment = token(start, n - start);
            break;
        }
        const auto next = separatorOf(QStringView(chars + start, i - start));
        if (next != ScriptLexer::Command::Next::End)
            ++commandCount;
        words.append({start, i - start, next});
    }
    if (!words.isEmpty()) {
        // A command after the last separator, possibly empty: `a ||` ends in an empty command.
        ++commandCount;
        out.commands.reserve(commandCount);
        ScriptLexer::Command current;
        qsizetype w = 0;
        while (w < words.size()) {
            qsizetype end = w;
            while (end < words.size() && words.at(end).separator == ScriptLexer::Command::Next::End)
                ++end;
            current.words.reserve(end - w);
            for (; w < end; ++w)
                current.words.append(token(words.at(w).start, words.at(w).length));
            if (w < words.size()) {
                current.next = words.at(w).separator;
                ++w;
                out.commands.append(std::move(current));
                current = {};
                if (w == words.size())
                    out.commands.append(ScriptLexer::Command()); // the empty command after it
            } else {
                out.commands.append(std::move(current));
            }
        }
    }
    out.text = std::move(text);
    return out;
}

} // namespace

const QString &ScriptLexer::Command::name() const
{
    static const QString none;
    return words.isEmpty() ? none : words.front().text;
}

QStringList ScriptLexer::Command::arguments() const
{
    QStringList args;
    if (words.size() > 1)
        args.reserve(words.size() - 1);
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
        if (!continued || last) {
            if (logical.isEmpty()) // the text of an empty line stays null, as it always was
                lines.append(lexLogical(frag.isEmpty() ? QString() : frag.toString(), pos, first, physical));
            else
                lines.append(lexLogical(std::move(logical += frag), pos, first, physical));
            logical = QString();
            pos.clear();
        } else {
            logical += frag;
        }
        ++physical;
        start = end + 1;
        if (last)
            break;
    }
    return lines;
}

} // namespace Bootlace
