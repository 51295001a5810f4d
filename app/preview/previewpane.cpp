#include "preview/previewpane.h"

#include "preview/scripthighlighting.h"
#include "preview/scriptview.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>

namespace Bootlace {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new ScriptView(this))
{
    setAccessibleName(tr("Script preview"));
    m_view->setAccessibleName(tr("Generated menu.ipxe"));
    m_view->setAccessibleDescription(tr("The boot menu script generated from the project. Read-only."));
    m_view->setObjectName(QStringLiteral("previewScript"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    m_highlighter = ScriptHighlighting::attach(m_view->document(), m_view->palette());
    connect(m_view, &QPlainTextEdit::cursorPositionChanged, this, &PreviewPane::caretMoved);
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::setScript(const QString &script, const ScriptWriter::SourceMap &map)
{
    m_map = map;
    if (script != m_script) {
        m_updating = true;
        QScrollBar *vbar = m_view->verticalScrollBar();
        QScrollBar *hbar = m_view->horizontalScrollBar();
        const int v = vbar->value();
        const int h = hbar->value();
        const QTextCursor old = m_view->textCursor();
        const int line = old.blockNumber();
        const int column = old.positionInBlock();

        m_script = script;
        m_view->setPlainText(script);

        const QTextBlock block = m_view->document()->findBlockByNumber(std::min(line, m_view->blockCount() - 1));
        QTextCursor c(block);
        c.setPosition(block.position() + std::min(column, block.length() - 1));
        m_view->setTextCursor(c);
        vbar->setValue(v);
        hbar->setValue(h);
        m_updating = false;
    }
    rebuildOwnership();
    if (!m_highlighted.isEmpty() && !m_map.contains(m_highlighted))
        m_highlighted.clear();
    applyHighlight(false);
}

void PreviewPane::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    QHash<int, Diagnostic::Severity> worst;
    for (const Diagnostic &d : diagnostics) {
        const auto it = worst.constFind(d.line);
        if (it == worst.constEnd() || int(d.severity) < int(*it))
            worst.insert(d.line, d.severity);
    }
    QHash<int, QColor> marks;
    for (auto it = worst.cbegin(); it != worst.cend(); ++it)
        marks.insert(it.key(), severityColour(it.value()));
    m_view->setLineMarks(marks);
    applyHighlight(false);
}

QColor PreviewPane::severityColour(Diagnostic::Severity severity) const
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QColor(0xd0, 0x30, 0x30);
    case Diagnostic::Severity::Warning:
        return QColor(0xe0, 0x90, 0x10);
    case Diagnostic::Severity::Info:
        break;
    }
    return QColor(0x30, 0x80, 0xd0);
}

void PreviewPane::highlightItem(const QString &id)
{
    m_highlighted = m_map.contains(id) ? id : QString();
    m_lastActivated = m_highlighted;
    applyHighlight(true);
}

void PreviewPane::goToLine(int line)
{
    const QTextBlock block = m_view->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    // Jumping somewhere off screen: show the line in the middle, with context around it.
    const bool visible = m_view->viewport()->rect().contains(m_view->lineRect(line));
    m_updating = true;
    m_view->setTextCursor(QTextCursor(block));
    if (!visible)
        m_view->centerCursor();
    m_updating = false;
}

QString PreviewPane::idAtLine(int line) const
{
    return m_owners.value(line - 1);
}

QList<ScriptWriter::LineRange> PreviewPane::rangesOf(const QString &id) const
{
    QList<ScriptWriter::LineRange> out;
    for (const Segment &s : m_segments) {
        if (s.id == id)
            out << ScriptWriter::LineRange { s.first, s.last };
    }
    return out;
}

// The writer maps an entry's id to one range from its `item` line (inside the menu's block) to
// the end of its label block (after the menu's block), so entry ranges cross the menu's range
// and overlap each other. They are split here into the `item` line and the label block: the
// block starts after the menu's block or after the previous entry's block, past blank lines.
// Menus (and the preamble's neighbours) are the top-level ranges; gaps and raw blocks nest in
// them. One pass over the ranges sorted by first line, so that large projects stay fast.
void PreviewPane::rebuildOwnership()
{
    m_segments.clear();
    const QStringList lines = m_script.split(QLatin1Char('\n'));
    struct Range
    {
        QString id;
        ScriptWriter::LineRange r;
    };
    QList<Range> ranges;
    ranges.reserve(m_map.size());
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it)
        ranges << Range { it.key(), it.value() };
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) {
        if (a.r.first != b.r.first)
            return a.r.first < b.r.first;
        return a.r.last != b.r.last ? a.r.last > b.r.last : a.id < b.id;
    });

    auto addEntries = [&](const ScriptWriter::LineRange &menu, const QList<Range> &entries) {
        int previousEnd = menu.last;
        for (const Range &x : entries) {
            int blockFirst = previousEnd + 1;
            while (blockFirst < x.r.last && lines.value(blockFirst - 1).trimmed().isEmpty())
                ++blockFirst;
            m_segments << Segment { x.r.first, x.r.first, x.id } << Segment { blockFirst, x.r.last, x.id };
            previousEnd = std::max(previousEnd, x.r.last);
        }
    };
    ScriptWriter::LineRange top;
    QList<Range> entries;
    for (const Range &x : std::as_const(ranges)) {
        const bool inTop = top.first > 0 && top.first < x.r.first && x.r.first <= top.last;
        if (inTop && x.r.last > top.last) {
            entries << x;
            continue;
        }
        m_segments << Segment { x.r.first, x.r.last, x.id };
        if (!inTop) {
            addEntries(top, entries);
            entries.clear();
            top = x.r;
        }
    }
    addEntries(top, entries);

    // Larger segments first, so that the smallest one holding a line ends up owning it.
    QList<Segment> bySize = m_segments;
    std::stable_sort(bySize.begin(), bySize.end(),
                     [](const Segment &a, const Segment &b) { return a.last - a.first > b.last - b.first; });
    m_owners = QStringList(lines.size(), QString());
    for (const Segment &seg : std::as_const(bySize)) {
        for (int line = std::max(1, seg.first); line <= seg.last && line <= m_owners.size(); ++line)
            m_owners[line - 1] = seg.id;
    }
}

void PreviewPane::applyHighlight(bool reveal)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QList<ScriptWriter::LineRange> ranges = rangesOf(m_highlighted);
    const QPalette pal = m_view->palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor hi = pal.color(QPalette::Highlight);
    // A tint of the selection colour keeps the syntax colours readable on top of it.
    const QColor tint = QColor::fromRgbF(float(hi.redF() * 0.3 + base.redF() * 0.7),
                                         float(hi.greenF() * 0.3 + base.greenF() * 0.7),
                                         float(hi.blueF() * 0.3 + base.blueF() * 0.7));
    QTextDocument *doc = m_view->document();
    for (const ScriptWriter::LineRange &r : ranges) {
        for (int line = r.first; line <= r.last; ++line) {
            const QTextBlock block = doc->findBlockByNumber(line - 1);
            if (!block.isValid())
                break;
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(block);
            sel.format.setBackground(tint);
            sel.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections << sel;
        }
    }
    // Diagnostics underline the word they point at, like a compiler error in an editor.
    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        const QTextBlock block = doc->findBlockByNumber(d.line - 1);
        if (!block.isValid())
            continue;
        const QString text = block.text();
        const int start = std::clamp(d.column - 1, 0, int(text.size()));
        int end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end == start)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(block);
        sel.cursor.setPosition(block.position() + start);
        sel.cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(severityColour(d.severity));
        selections << sel;
    }
    m_view->setExtraSelections(selections);
    if (!reveal || ranges.isEmpty())
        return;
    // Show the last range (an entry's commands, or the whole menu), its top line last so that it
    // wins when the range is taller than the view.
    const ScriptWriter::LineRange r = ranges.back();
    m_updating = true;
    m_view->setTextCursor(QTextCursor(doc->findBlockByNumber(r.last - 1)));
    m_view->ensureCursorVisible();
    m_view->setTextCursor(QTextCursor(doc->findBlockByNumber(r.first - 1)));
    m_view->ensureCursorVisible();
    m_updating = false;
}

void PreviewPane::caretMoved()
{
    if (m_updating)
        return;
    const QString id = idAtLine(m_view->textCursor().blockNumber() + 1);
    if (id == m_lastActivated)
        return;
    m_lastActivated = id;
    if (!id.isEmpty())
        Q_EMIT itemActivated(id);
}

void PreviewPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        ScriptHighlighting::updatePalette(m_highlighter, m_view->palette());
        applyHighlight(false);
    }
}

} // namespace Bootlace
