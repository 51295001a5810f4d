#pragma once

#include "model/artifactsource.h"
#include "model/item.h"

#include <QList>
#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// "Update to latest build": moves every entry made from one build origin (same instance,
// project and job name) to a newer job of it in one undo step — the job id in each
// artifact URL, and the pipeline, commit, ref and expiry in the provenance.
class UpdateEntriesFromSource final : public QUndoCommand
{
public:
    // `newBuild` carries the new job's pipelineId, jobId, commit, ref and expiresAt.
    UpdateEntriesFromSource(ProjectModel *model, const ArtifactSource &origin, const ArtifactSource &newBuild,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // How many entries the command changes (0: nothing to do, do not push it).
    int count() const { return int(m_changes.size()); }

    // The entry as it looks after moving to `newBuild` (also used when a "follow" entry is
    // resolved for a generated menu).
    static Item retargeted(const Item &item, const ArtifactSource &newBuild);

private:
    struct Change
    {
        int menu = 0;
        int row = 0;
        Item before;
        Item after;
    };
    ProjectModel *m_model;
    QList<Change> m_changes;
};

} // namespace Bootlace
