#include "model/commands/removeitem.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

RemoveItem::RemoveItem(ProjectModel *model, int menu, int row, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Delete %1")
                       .arg(ProjectModel::kindDisplayName(model->project().menus.at(menu).items.at(row).kind)),
                   parent)
    , m_model(model)
    , m_menu(menu)
    , m_row(row)
{
}

void RemoveItem::redo()
{
    m_item = m_model->takeItem(m_menu, m_row);
}

void RemoveItem::undo()
{
    m_model->insertItem(m_menu, m_row, m_item);
}

} // namespace Bootlace
