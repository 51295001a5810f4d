#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Changes the project-wide settings: name, build profile, raw preamble and epilogue.
class EditProjectSettings final : public QUndoCommand
{
public:
    EditProjectSettings(ProjectModel *model, const QString &name, const QString &buildProfile,
                        const QString &preamble, const QString &epilogue, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectModel *m_model;
    Project m_before; // only the settings fields are used
    Project m_after;
};

} // namespace Bootlace
