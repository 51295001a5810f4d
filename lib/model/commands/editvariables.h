#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Replaces the project's global variables (add, rename, change or remove one).
class EditVariables final : public QUndoCommand
{
public:
    EditVariables(ProjectModel *model, const QList<Variable> &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    QList<Variable> m_before;
    QList<Variable> m_after;
};

} // namespace Bootlace
