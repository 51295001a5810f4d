#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Adds an item to a menu at a given row (a new entry, a duplicate, a paste or a drop).
class AddItem final : public QUndoCommand
{
public:
    AddItem(ProjectModel *model, int menu, int row, const Item &item, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_menu;
    int m_row;
    Item m_item;
};

} // namespace Bootlace
