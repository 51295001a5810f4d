#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

// Small helpers the editor forms share: setting field text without moving the user's cursor,
// hints and notes under fields, and showing a problem on a field without blocking input.
namespace Bootlace::FormFields {

inline const QColor ErrorColor{0xc6, 0x28, 0x28};
inline const QColor WarningColor{0xa0, 0x5a, 0x00};

// Sets a line edit's text only when it differs and, in the field being typed in, keeps the
// cursor where it was, so that a refresh (undo, redo) does not throw the user's cursor around.
// An unfocused field shows the start of its text (the scheme and host of a long URL).
void setLineText(QLineEdit *edit, const QString &text);
void setPlainText(QPlainTextEdit *edit, const QString &text);
// A hidden, word-wrapped label for a field's problems.
QLabel *makeHint(QWidget *parent, const QString &objectName, const QColor &color);
// A dimmed explanatory note (or one in `color`).
QLabel *makeNote(QWidget *parent, const QString &text, const QColor &color = {});
// Shows a problem next to a field: a coloured frame on the field (errors only) and the message
// below it. The field keeps accepting input; the message is also its accessible description.
void showProblem(QWidget *field, QLabel *hint, const QString &problem, bool error = true);
// A form row's field: the widget with its message label below; the row label's mnemonic
// focuses the widget.
QWidget *fieldWithHint(QWidget *field, QLabel *hint, QLabel *note = nullptr);

} // namespace Bootlace::FormFields
