#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Adds a menu (a new submenu) at a given position in the project.
class AddMenu final : public QUndoCommand
{
public:
    AddMenu(ProjectModel *model, int index, const Menu &menu, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_index;
    Menu m_menu;
};

} // namespace Bootlace
