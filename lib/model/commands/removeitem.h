#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Removes one item from a menu; undo puts it back at the same row.
class RemoveItem final : public QUndoCommand
{
public:
    RemoveItem(ProjectModel *model, int menu, int row, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_menu;
    int m_row;
    Item m_item;
};

} // namespace Bootlace
