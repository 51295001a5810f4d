#include "model/commands/editmenu.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

EditMenu::EditMenu(ProjectModel *model, int index, const Menu &after, const QString &field, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Edit menu"), parent)
    , m_model(model)
    , m_index(index)
    , m_before(model->project().menus.at(index))
    , m_after(after)
    , m_field(field)
{
}

void EditMenu::redo()
{
    m_model->replaceMenuSettings(m_index, m_after);
}

void EditMenu::undo()
{
    m_model->replaceMenuSettings(m_index, m_before);
}

bool EditMenu::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditMenu *>(other);
    if (m_field.isEmpty() || o->m_field != m_field || o->m_index != m_index || o->m_before.id != m_after.id)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace Bootlace
