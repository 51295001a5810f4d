#pragma once

#include "ipxe/diagnostic.h"
#include "ipxe/scriptwriter.h"

#include <QList>
#include <QWidget>

class QSyntaxHighlighter;

namespace Bootlace {

class ScriptView;

// The generated menu.ipxe, live: read-only, highlighted, with line numbers and diagnostic marks.
// It knows which lines each menu and item produced (the writer's source map), so it can show the
// lines of the item selected elsewhere and report which item the user clicked on.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // Replaces the text, keeping the scroll position, the caret line and the highlighted item.
    void setScript(const QString &script, const ScriptWriter::SourceMap &map);
    QString script() const { return m_script; }

    // Marks the lines of these diagnostics in the gutter and underlines the words they point at.
    void setDiagnostics(const QList<Diagnostic> &diagnostics);

    // Highlights the lines a menu or item produced and scrolls them into view; empty clears.
    void highlightItem(const QString &id);
    QString highlightedItem() const { return m_highlighted; }

    // Puts the caret on a 1-based line and scrolls it into view (e.g. from the diagnostics).
    void goToLine(int line);

    // The menu or item that owns a 1-based line (the smallest range holding it), or empty.
    QString idAtLine(int line) const;
    // The line ranges of a menu or item: one for menus, gaps and raw blocks; two for entries
    // (the `item` line in the menu and the label block with its commands).
    QList<ScriptWriter::LineRange> rangesOf(const QString &id) const;

    ScriptView *view() const { return m_view; }

Q_SIGNALS:
    // The caret (a click or keyboard movement) went to lines owned by another menu or item.
    void itemActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Segment
    {
        int first = 0;
        int last = 0;
        QString id;
    };

    void rebuildOwnership();
    void applyHighlight(bool reveal);
    QColor severityColour(Diagnostic::Severity severity) const;
    void caretMoved();

    ScriptView *m_view = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QString m_script;
    ScriptWriter::SourceMap m_map;
    QList<Segment> m_segments;
    QList<Diagnostic> m_diagnostics;
    QStringList m_owners; // index = line - 1
    QString m_highlighted;
    QString m_lastActivated;
    bool m_updating = false;
};

} // namespace Bootlace
