#include "model/commands/updateentriesfromsource.h"

#include "model/projectmodel.h"

#include <QCoreApplication>

namespace Bootlace {

Item UpdateEntriesFromSource::retargeted(const Item &item, const ArtifactSource &newBuild)
{
    Item after = item;
    const ArtifactSource &old = item.source;
    after.kernel = old.retargetUrl(item.kernel, newBuild.jobId);
    for (QString &initrd : after.initrds)
        initrd = old.retargetUrl(initrd, newBuild.jobId);
    after.url = old.retargetUrl(item.url, newBuild.jobId);
    after.source.jobId = newBuild.jobId;
    after.source.pipelineId = newBuild.pipelineId;
    after.source.commit = newBuild.commit;
    if (!newBuild.ref.isEmpty())
        after.source.ref = newBuild.ref;
    after.source.expiresAt = newBuild.expiresAt;
    return after;
}

UpdateEntriesFromSource::UpdateEntriesFromSource(ProjectModel *model, const ArtifactSource &origin,
                                                 const ArtifactSource &newBuild, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
{
    const Project &p = model->project();
    for (int m = 0; m < p.menus.size(); ++m) {
        for (int r = 0; r < p.menus.at(m).items.size(); ++r) {
            const Item &it = p.menus.at(m).items.at(r);
            if (it.source.isEmpty() || !it.source.sameOrigin(origin) || it.source.jobId == newBuild.jobId)
                continue;
            m_changes.append({m, r, it, retargeted(it, newBuild)});
        }
    }
    setText(QCoreApplication::translate("Bootlace::Commands", "Update %n entry(s) to job %1", nullptr,
                                        int(m_changes.size()))
                .arg(newBuild.jobId));
}

void UpdateEntriesFromSource::redo()
{
    for (const Change &c : std::as_const(m_changes))
        m_model->replaceItem(c.menu, c.row, c.after);
}

void UpdateEntriesFromSource::undo()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_model->replaceItem(it->menu, it->row, it->before);
}

} // namespace Bootlace
