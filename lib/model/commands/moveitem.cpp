#include "model/commands/moveitem.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

MoveItem::MoveItem(ProjectModel *model, int fromMenu, int fromRow, int toMenu, int toRow, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Move item"), parent)
    , m_model(model)
    , m_fromMenu(fromMenu)
    , m_fromRow(fromRow)
    , m_toMenu(toMenu)
    , m_toRow(toRow)
{
}

void MoveItem::redo()
{
    m_model->moveItem(m_fromMenu, m_fromRow, m_toMenu, m_toRow);
}

void MoveItem::undo()
{
    // Where the item ended up, and the "before removal" row that brings it back.
    const bool sameMenu = m_fromMenu == m_toMenu;
    const int landed = (sameMenu && m_toRow > m_fromRow) ? m_toRow - 1 : m_toRow;
    const int back = (sameMenu && m_fromRow > landed) ? m_fromRow + 1 : m_fromRow;
    m_model->moveItem(m_toMenu, landed, m_fromMenu, back);
}

} // namespace Bootlace
