#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Removes a menu with all its items; undo restores it at the same position.
class RemoveMenu final : public QUndoCommand
{
public:
    RemoveMenu(ProjectModel *model, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_index;
    Menu m_menu;
};

} // namespace Bootlace
