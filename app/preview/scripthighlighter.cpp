#include "preview/scripthighlighter.h"

#include "ipxe/buildprofile.h"
#include "ipxe/scriptlexer.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <cmath>

namespace Bootlace {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A colour of the given hue that reads well on `base`: as saturated as asked, with the lightness
// moved away from the background until the WCAG contrast ratio reaches `minContrast`.
QColor readable(int hue, int saturation, const QColor &base, double minContrast = 4.5)
{
    const bool darkBase = base.lightness() < 128;
    int lightness = darkBase ? 150 : 100;
    QColor c = QColor::fromHsl(hue, saturation, lightness);
    while (contrast(c, base) < minContrast && lightness > 0 && lightness < 255) {
        lightness += darkBase ? 5 : -5;
        c = QColor::fromHsl(hue, saturation, std::clamp(lightness, 0, 255));
    }
    return c;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isOption(const QString &word)
{
    return word.size() > 1 && word.front() == QLatin1Char('-') && !word.at(1).isDigit();
}

} // namespace

ScriptHighlighter::ScriptHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

ScriptHighlighter::~ScriptHighlighter() = default;

void ScriptHighlighter::setPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    auto fmt = [](const QColor &colour, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(colour);
        if (bold)
            f.setFontWeight(QFont::Bold);
        if (italic)
            f.setFontItalic(true);
        return f;
    };
    // Comments sit between text and background, dimmed more for commented-out entries.
    QColor comment = mix(text, base, 0.4);
    if (contrast(comment, base) < 3.0)
        comment = mix(text, base, 0.25);
    const QColor disabled = mix(text, base, 0.55);

    m_formats[int(Style::Shebang)] = fmt(readable(200, 60, base), true);
    m_formats[int(Style::Comment)] = fmt(comment, false, true);
    m_formats[int(Style::Disabled)] = fmt(disabled, false, true);
    m_formats[int(Style::Label)] = fmt(readable(290, 150, base), true);
    m_formats[int(Style::Command)] = fmt(readable(220, 200, base), true);
    m_formats[int(Style::Option)] = fmt(readable(130, 140, base));
    m_formats[int(Style::Variable)] = fmt(readable(30, 220, base));
    QTextCharFormat url = fmt(readable(190, 200, base));
    url.setFontUnderline(true);
    m_formats[int(Style::Url)] = url;
    m_formats[int(Style::Operator)] = fmt(readable(0, 170, base), true);
    rehighlight();
}

QTextCharFormat ScriptHighlighter::styleFormat(Style style) const
{
    return m_formats[int(style)];
}

void ScriptHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("#~"))) {
        setFormat(0, int(text.size()), m_formats[int(Style::Disabled)]);
        return;
    }
    if (currentBlock().blockNumber() == 0 && text.startsWith(QLatin1String("#!"))) {
        setFormat(0, int(text.size()), m_formats[int(Style::Shebang)]);
        return;
    }
    const ScriptLexer::Line line = ScriptLexer::splitLine(text, 1);
    if (line.hasLabel)
        setFormat(line.label.column - 1, int(line.label.text.size()) + 1, m_formats[int(Style::Label)]);

    static const QRegularExpression variable(QStringLiteral("\\$\\{[^}]*\\}"));
    for (const ScriptLexer::Command &command : line.commands) {
        for (qsizetype w = 0; w < command.words.size(); ++w) {
            const ScriptLexer::Token &token = command.words.at(w);
            const int start = token.column - 1;
            const int length = int(token.text.size());
            if (w == 0 && BuildProfile::isKnownCommand(token.text))
                setFormat(start, length, m_formats[int(Style::Command)]);
            else if (w > 0 && isOption(token.text))
                setFormat(start, length, m_formats[int(Style::Option)]);
            else if (token.text.contains(QLatin1String("://")))
                setFormat(start, length, m_formats[int(Style::Url)]);
            // Settings keep the underline of a URL they are part of.
            auto it = variable.globalMatch(token.text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                QTextCharFormat f = m_formats[int(Style::Variable)];
                f.setFontUnderline(format(start + int(m.capturedStart())).fontUnderline());
                setFormat(start + int(m.capturedStart()), int(m.capturedLength()), f);
            }
        }
    }

    // The lexer keeps which operator ended each command, not where; find the words themselves.
    const qsizetype codeEnd = line.hasComment ? line.comment.column - 1 : text.size();
    static const QRegularExpression op(QStringLiteral("(?:^|(?<=\\s))(\\|\\||&&|;)(?=\\s|$)"));
    auto ops = op.globalMatch(text.left(codeEnd));
    while (ops.hasNext()) {
        const QRegularExpressionMatch m = ops.next();
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_formats[int(Style::Operator)]);
    }

    if (line.hasComment)
        setFormat(line.comment.column - 1, int(text.size()) - (line.comment.column - 1), m_formats[int(Style::Comment)]);
}

} // namespace Bootlace
