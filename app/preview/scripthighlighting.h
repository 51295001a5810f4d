#pragma once

#include <QStringList>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Bootlace {

// Chooses how iPXE script is highlighted: KSyntaxHighlighting with the iPXE definition Bootlace
// ships (resources/syntax/ipxe.xml) when the build has it, otherwise the built-in
// ScriptHighlighter. Either way the colours follow the palette's lightness.
class ScriptHighlighting final
{
public:
    // Attaches a highlighter to `document` (which owns it) and returns it.
    static QSyntaxHighlighter *attach(QTextDocument *document, const QPalette &palette);
    // Re-themes a highlighter made by attach() for a changed palette.
    static void updatePalette(QSyntaxHighlighter *highlighter, const QPalette &palette);
    // True when the KSyntaxHighlighting path is compiled in.
    static bool usesKSyntaxHighlighting();
    // Folders holding a `syntax/` folder with Bootlace's definitions, build tree first.
    static QStringList definitionSearchPaths();
};

} // namespace Bootlace
