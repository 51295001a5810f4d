#include "model/commands/additem.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

AddItem::AddItem(ProjectModel *model, int menu, int row, const Item &item, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Add %1").arg(ProjectModel::kindDisplayName(item.kind)), parent)
    , m_model(model)
    , m_menu(menu)
    , m_row(row)
    , m_item(item)
{
}

void AddItem::redo()
{
    m_model->insertItem(m_menu, m_row, m_item);
}

void AddItem::undo()
{
    m_item = m_model->takeItem(m_menu, m_row);
}

} // namespace Bootlace
