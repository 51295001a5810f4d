#include "preview/scriptview.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace Bootlace {

namespace {

// The gutter is a child of the view drawn by the view itself (it needs the view's layout).
class Gutter final : public QWidget
{
    Q_DISABLE_COPY_MOVE(Gutter)

public:
    explicit Gutter(ScriptView *view)
        : QWidget(view)
        , m_view(view)
    {
        setAccessibleName(ScriptView::tr("Line numbers"));
    }

    QSize sizeHint() const override { return { m_view->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event, this); }

private:
    ScriptView *m_view;
};

} // namespace

ScriptView::ScriptView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &ScriptView::updateGutterWidth);
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_gutter, qOverload<>(&QWidget::update));
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterWidth();
}

ScriptView::~ScriptView() = default;

int ScriptView::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    const QFontMetrics fm(font());
    // Room for the numbers, a mark and some air on either side.
    return fm.horizontalAdvance(QLatin1Char('9')) * digits + fm.height() / 2 + fm.horizontalAdvance(QLatin1Char(' ')) * 2;
}

void ScriptView::setLineMarks(const QHash<int, QColor> &marks)
{
    m_marks = marks;
    m_gutter->update();
}

int ScriptView::lineAt(const QPoint &viewportPos) const
{
    const QTextCursor c = cursorForPosition(viewportPos);
    const QRect r = cursorRect(c);
    if (viewportPos.y() > r.bottom() + r.height())
        return 0;
    return c.blockNumber() + 1;
}

QRect ScriptView::lineRect(int line) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return {};
    return blockBoundingGeometry(block).translated(contentOffset()).toRect();
}

void ScriptView::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
    m_gutter->update();
}

void ScriptView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
}

void ScriptView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

void ScriptView::paintGutter(QPaintEvent *event, QWidget *gutter)
{
    QPainter painter(gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setFont(font());
    const QFontMetrics fm(font());
    const int markSize = std::max(5, fm.height() / 2);
    painter.setRenderHint(QPainter::Antialiasing);
    const int right = gutter->width() - fm.horizontalAdvance(QLatin1Char(' '));
    const int currentLine = textCursor().blockNumber() + 1;

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const auto mark = m_marks.constFind(line);
            if (mark != m_marks.constEnd()) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(*mark);
                painter.drawEllipse(QRect(markSize / 3, top + (fm.height() - markSize) / 2, markSize, markSize));
            }
            QFont f = font();
            f.setBold(line == currentLine && hasFocus());
            painter.setFont(f);
            painter.setPen(line == currentLine ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, right, fm.height(), Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace Bootlace
