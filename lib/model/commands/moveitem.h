#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Moves an item within a menu or to another menu (move up/down, drag and drop).
// toRow is counted before the item is taken out, as in QAbstractItemModel::beginMoveRows.
class MoveItem final : public QUndoCommand
{
public:
    MoveItem(ProjectModel *model, int fromMenu, int fromRow, int toMenu, int toRow, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    int m_fromMenu;
    int m_fromRow;
    int m_toMenu;
    int m_toRow;
};

} // namespace Bootlace
