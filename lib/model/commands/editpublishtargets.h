#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Replaces the project's publish targets (add, change or remove one).
class EditPublishTargets final : public QUndoCommand
{
public:
    EditPublishTargets(ProjectModel *model, const QList<PublishTarget> &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    QList<PublishTarget> m_before;
    QList<PublishTarget> m_after;
};

} // namespace Bootlace
