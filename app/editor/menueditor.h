#pragma once

#include "model/menu.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace Bootlace {

class ProjectModel;

// The form for one menu: its id, title, default entry and timeout. The timeout is shown in
// seconds and stored in milliseconds; "wait forever" is a timeout of 0. Every change is an
// EditMenu on the undo stack, named after its field so that typing merges into one step.
class MenuEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MenuEditor)

public:
    explicit MenuEditor(QWidget *parent = nullptr);
    ~MenuEditor() override;

    void setProjectModel(ProjectModel *model);
    void setUndoStack(QUndoStack *stack);
    // Shows the menu at this index; a negative or unknown index empties the form.
    void setCurrent(int menu);
    // The index of the menu shown now, or -1.
    int currentMenu() const;

private:
    void refresh();
    void edit(const QString &field, const std::function<void(Menu &)> &change);
    void commitId();
    QString idProblem(const QString &id) const;
    void updateIdProblem();

    QPointer<ProjectModel> m_model;
    QPointer<QUndoStack> m_undoStack;
    QPersistentModelIndex m_index;
    bool m_refreshing = false;
    bool m_idDirty = false;
    bool m_menuSwitched = true;

    QWidget *m_form = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_empty = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_idHint = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_default = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QCheckBox *m_forever = nullptr;
};

} // namespace Bootlace
