#include "model/commands/edititem.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

EditItem::EditItem(ProjectModel *model, int menu, int row, const Item &after, const QString &field,
                   QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Edit %1").arg(after.label.isEmpty() ? after.id : after.label), parent)
    , m_model(model)
    , m_menu(menu)
    , m_row(row)
    , m_before(model->project().menus.at(menu).items.at(row))
    , m_after(after)
    , m_field(field)
{
}

void EditItem::redo()
{
    m_model->replaceItem(m_menu, m_row, m_after);
}

void EditItem::undo()
{
    m_model->replaceItem(m_menu, m_row, m_before);
}

bool EditItem::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditItem *>(other);
    if (m_field.isEmpty() || o->m_field != m_field || o->m_menu != m_menu || o->m_row != m_row
        || o->m_before.id != m_after.id)
        return false;
    m_after = o->m_after;
    setText(o->text());
    return true;
}

} // namespace Bootlace
