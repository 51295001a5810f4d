#include "model/commands/removemenu.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

RemoveMenu::RemoveMenu(ProjectModel *model, int index, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Delete menu"), parent)
    , m_model(model)
    , m_index(index)
{
}

void RemoveMenu::redo()
{
    m_menu = m_model->takeMenu(m_index);
}

void RemoveMenu::undo()
{
    m_model->insertMenu(m_index, m_menu);
}

} // namespace Bootlace
