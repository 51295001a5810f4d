#include "model/commands/addmenu.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

AddMenu::AddMenu(ProjectModel *model, int index, const Menu &menu, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Add menu"), parent)
    , m_model(model)
    , m_index(index)
    , m_menu(menu)
{
}

void AddMenu::redo()
{
    m_model->insertMenu(m_index, m_menu);
}

void AddMenu::undo()
{
    m_menu = m_model->takeMenu(m_index);
}

} // namespace Bootlace
