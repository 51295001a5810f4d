#pragma once

#include "publish/publishtarget.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QUndoStack;

namespace Bootlace {

class ProjectModel;

// Edits the project's publish targets: add, remove, and change one in a form. Passwords are
// never part of the project: "Set Password" stores one in the keychain under the target's key.
// Accepting pushes one EditPublishTargets undo step.
class PublishTargetsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishTargetsDialog)

public:
    PublishTargetsDialog(ProjectModel *model, QUndoStack *stack, QWidget *parent = nullptr);
    ~PublishTargetsDialog() override;

    void accept() override;
    QList<PublishTarget> targets() const { return m_targets; }

private:
    void load(int row);
    void store();
    void add();
    void remove();
    void setPassword();

    ProjectModel *m_model;
    QUndoStack *m_stack;
    QList<PublishTarget> m_targets;
    int m_row = -1;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_mode = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_knownHosts = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Bootlace
