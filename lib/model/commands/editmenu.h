#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Changes a menu's id, title, default entry or timeout; consecutive edits of the same field of
// the same menu merge into one undo step.
class EditMenu final : public QUndoCommand
{
public:
    EditMenu(ProjectModel *model, int index, const Menu &after, const QString &field = {},
             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return 0x42490002; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectModel *m_model;
    int m_index;
    Menu m_before;
    Menu m_after;
    QString m_field;
};

} // namespace Bootlace
