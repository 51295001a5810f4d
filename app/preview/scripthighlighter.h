#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Bootlace {

// The built-in highlighter for iPXE scripts, used when KSyntaxHighlighting is not available.
// It reads each line with ScriptLexer, exactly as iPXE splits it, and colours the shebang,
// comments, labels, known command names, options, ${settings}, URLs and the `||`/`&&`/`;`
// operators; lines that Bootlace wrote commented out (`#~`) are dimmed. Colours are derived
// from the palette, so the text stays readable in light and dark themes.
class ScriptHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptHighlighter)

public:
    enum class Style { Shebang, Comment, Disabled, Label, Command, Option, Variable, Url, Operator };

    explicit ScriptHighlighter(QTextDocument *document, const QPalette &palette = QPalette());
    ~ScriptHighlighter() override;

    // Recolours for a new palette (e.g. after switching between light and dark) and rehighlights.
    void setPalette(const QPalette &palette);
    QTextCharFormat styleFormat(Style style) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[9];
};

} // namespace Bootlace
