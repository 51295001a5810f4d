#pragma once

#include <QHash>
#include <QPlainTextEdit>

namespace Bootlace {

// A read-only view of iPXE script: monospace, no wrapping, line numbers in a gutter on the left,
// and optional per-line marks in the gutter (the diagnostics of a line). The caret stays
// available so that keyboard users can move through the script and copy from it.
class ScriptView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptView)

public:
    explicit ScriptView(QWidget *parent = nullptr);
    ~ScriptView() override;

    // Colours a small mark in the gutter next to each given 1-based line; an empty map clears.
    void setLineMarks(const QHash<int, QColor> &marks);
    QHash<int, QColor> lineMarks() const { return m_marks; }

    int gutterWidth() const;
    // The 1-based line shown at a viewport position, or 0 below the last line.
    int lineAt(const QPoint &viewportPos) const;
    // Rectangle of a 1-based line in viewport coordinates (empty if not laid out).
    QRect lineRect(int line) const;

    // Paints the line-number gutter; called by the gutter widget itself.
    void paintGutter(QPaintEvent *event, QWidget *gutter);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutterWidth();

    QWidget *m_gutter = nullptr;
    QHash<int, QColor> m_marks;
};

} // namespace Bootlace
