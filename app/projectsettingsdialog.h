#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QUndoStack;

namespace Bootlace {

class ProjectModel;

// Project-wide settings: name, the iPXE build it targets, global variables (`set` lines) and the
// raw script before and after the menus. Accepting pushes one undo step.
class ProjectSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSettingsDialog)

public:
    ProjectSettingsDialog(ProjectModel *model, QUndoStack *stack, QWidget *parent = nullptr);
    ~ProjectSettingsDialog() override;

    void accept() override;

private:
    void addVariable();
    void removeVariable();

    ProjectModel *m_model;
    QUndoStack *m_stack;
    QLineEdit *m_name = nullptr;
    QComboBox *m_profile = nullptr;
    QTableWidget *m_variables = nullptr;
    QPlainTextEdit *m_preamble = nullptr;
    QPlainTextEdit *m_epilogue = nullptr;
};

} // namespace Bootlace
