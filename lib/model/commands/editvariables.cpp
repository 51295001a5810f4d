#include "model/commands/editvariables.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

EditVariables::EditVariables(ProjectModel *model, const QList<Variable> &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Edit variables"), parent)
    , m_model(model)
    , m_before(model->project().variables)
    , m_after(after)
{
}

void EditVariables::redo()
{
    m_model->setVariables(m_after);
}

void EditVariables::undo()
{
    m_model->setVariables(m_before);
}

} // namespace Bootlace
