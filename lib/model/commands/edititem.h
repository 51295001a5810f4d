#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace Bootlace {

class ProjectModel;

// Replaces an item's fields. Consecutive edits of the same field of the same item merge into
// one undo step, so typing a label is undone as a whole.
class EditItem final : public QUndoCommand
{
public:
    // field names the edited field (e.g. "label"); an empty field never merges.
    EditItem(ProjectModel *model, int menu, int row, const Item &after, const QString &field = {},
             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return 0x42490001; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectModel *m_model;
    int m_menu;
    int m_row;
    Item m_before;
    Item m_after;
    QString m_field;
};

} // namespace Bootlace
