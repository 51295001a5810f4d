#include "model/commands/editpublishtargets.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

EditPublishTargets::EditPublishTargets(ProjectModel *model, const QList<PublishTarget> &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Edit publish targets"), parent)
    , m_model(model)
    , m_before(model->project().targets)
    , m_after(after)
{
}

void EditPublishTargets::redo()
{
    m_model->setPublishTargets(m_after);
}

void EditPublishTargets::undo()
{
    m_model->setPublishTargets(m_before);
}

} // namespace Bootlace
