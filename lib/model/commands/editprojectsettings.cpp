#include "model/commands/editprojectsettings.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

EditProjectSettings::EditProjectSettings(ProjectModel *model, const QString &name, const QString &buildProfile,
                                         const QString &preamble, const QString &epilogue, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Bootlace::Commands", "Edit project settings"), parent)
    , m_model(model)
{
    const Project &p = model->project();
    m_before.name = p.name;
    m_before.buildProfile = p.buildProfile;
    m_before.preamble = p.preamble;
    m_before.epilogue = p.epilogue;
    m_after.name = name;
    m_after.buildProfile = buildProfile;
    m_after.preamble = preamble;
    m_after.epilogue = epilogue;
}

void EditProjectSettings::redo()
{
    m_model->setProjectSettings(m_after.name, m_after.buildProfile, m_after.preamble, m_after.epilogue);
}

void EditProjectSettings::undo()
{
    m_model->setProjectSettings(m_before.name, m_before.buildProfile, m_before.preamble, m_before.epilogue);
}

} // namespace Bootlace
