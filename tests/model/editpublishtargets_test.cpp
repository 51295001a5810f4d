#include "model/commands/editpublishtargets.h"
#include "model/projectmodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Bootlace;

class EditPublishTargetsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redoAndUndo()
    {
        ProjectModel model;
        PublishTarget old;
        old.name = QStringLiteral("old");
        old.location = QStringLiteral("/srv/old");
        Project p;
        p.targets = {old};
        model.setProject(p);
        PublishTarget added;
        added.name = QStringLiteral("tftp");
        added.kind = PublishTarget::Kind::Tftp;
        added.location = QStringLiteral("tftp://boot.lan/");
        QSignalSpy changed(&model, &ProjectModel::projectChanged);
        QUndoStack stack;
        stack.push(new EditPublishTargets(&model, {old, added}));
        QCOMPARE(model.project().targets, (QList<PublishTarget>{old, added}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Edit publish targets"));
        stack.undo();
        QCOMPARE(model.project().targets, QList<PublishTarget>{old});
        stack.redo();
        QCOMPARE(model.project().targets.size(), 2);
        QCOMPARE(changed.size(), 3);
    }
};

QTEST_GUILESS_MAIN(EditPublishTargetsTest)
#include "editpublishtargets_test.moc"
