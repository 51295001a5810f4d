#include "editor/formfields.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace Bootlace::FormFields {

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    if (edit->hasFocus())
        edit->setCursorPosition(std::min(cursor, int(text.size())));
    else
        edit->setCursorPosition(0); // show the start of a long URL, not its tail
}

void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int cursor = edit->textCursor().position();
    edit->setPlainText(text);
    if (edit->hasFocus()) {
        QTextCursor c = edit->textCursor();
        c.setPosition(std::min(cursor, int(text.size())));
        edit->setTextCursor(c);
    }
}

QLabel *makeHint(QWidget *parent, const QString &objectName, const QColor &color)
{
    auto *hint = new QLabel(parent);
    hint->setObjectName(objectName);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = hint->palette();
    pal.setColor(QPalette::WindowText, color);
    hint->setPalette(pal);
    hint->hide();
    return hint;
}

QLabel *makeNote(QWidget *parent, const QString &text, const QColor &color)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    QPalette pal = note->palette();
    pal.setColor(QPalette::WindowText, color.isValid() ? color : pal.color(QPalette::PlaceholderText));
    note->setPalette(pal);
    return note;
}

void showProblem(QWidget *field, QLabel *hint, const QString &problem, bool error)
{
    hint->setText(problem);
    hint->setVisible(!problem.isEmpty());
    const QString sheet = (error && !problem.isEmpty())
        ? QStringLiteral("%1 { border: 1px solid %2; border-radius: 2px; padding: 2px; }")
              .arg(QString::fromLatin1(field->metaObject()->className()), ErrorColor.name())
        : QString();
    if (field->styleSheet() != sheet)
        field->setStyleSheet(sheet);
    field->setAccessibleDescription(problem);
}

QWidget *fieldWithHint(QWidget *field, QLabel *hint, QLabel *note)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    if (note)
        layout->addWidget(note);
    box->setFocusProxy(field);
    return box;
}

} // namespace Bootlace::FormFields
