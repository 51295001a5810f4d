#include "model/commands/updateentriesfromsource.h"
#include "model/projectmodel.h"

#include <QTimeZone>
#include <QUndoStack>
#include <QTest>

using namespace Bootlace;

namespace {

Item entry(const QString &id, const QString &jobName, qint64 job)
{
    Item it;
    it.id = id;
    it.source.instance = QStringLiteral("https://gitlab.com");
    it.source.projectId = 42;
    it.source.jobName = jobName;
    it.source.jobId = job;
    it.source.pipelineId = job / 10;
    it.source.ref = QStringLiteral("main");
    it.kernel = it.source.fileUrl(QStringLiteral("results/bzImage"));
    it.initrds = {it.source.fileUrl(QStringLiteral("results/initrd"))};
    return it;
}

} // namespace

class UpdateEntriesFromSourceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updatesEveryEntryOfTheSourceInOneUndoStep()
    {
        Project p;
        Menu main;
        main.id = QStringLiteral("main");
        Item plain;
        plain.id = QStringLiteral("plain");
        plain.kernel = QStringLiteral("http://boot/vmlinuz");
        main.items << entry(QStringLiteral("a"), QStringLiteral("netboot"), 10101) << plain;
        Menu sub;
        sub.id = QStringLiteral("sub");
        sub.items << entry(QStringLiteral("b"), QStringLiteral("netboot"), 10101)
                  << entry(QStringLiteral("other"), QStringLiteral("installer"), 10102);
        p.menus << main << sub;
        ProjectModel model;
        model.setProject(p);
        QUndoStack stack;

        ArtifactSource build;
        build.jobId = 20201;
        build.pipelineId = 2020;
        build.commit = QStringLiteral("abc");
        build.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
        auto *cmd = new UpdateEntriesFromSource(&model, main.items.at(0).source, build);
        QCOMPARE(cmd->count(), 2);
        stack.push(cmd);
        QCOMPARE(stack.count(), 1);
        const Project &after = model.project();
        for (const Item &it : {after.menus.at(0).items.at(0), after.menus.at(1).items.at(0)}) {
            QCOMPARE(it.source.jobId, 20201);
            QCOMPARE(it.source.pipelineId, 2020);
            QCOMPARE(it.source.commit, QStringLiteral("abc"));
            QCOMPARE(it.source.expiresAt, build.expiresAt);
            QCOMPARE(it.kernel, QStringLiteral("https://gitlab.com/api/v4/projects/42/jobs/20201/artifacts/results/bzImage"));
            QCOMPARE(it.initrds.front(), QStringLiteral("https://gitlab.com/api/v4/projects/42/jobs/20201/artifacts/results/initrd"));
        }
        QCOMPARE(after.menus.at(0).items.at(1), plain);                           // no source: untouched
        QCOMPARE(after.menus.at(1).items.at(1).source.jobId, 10102);              // other job name: untouched
        stack.undo();
        QCOMPARE(model.project(), p);
        stack.redo();
        QCOMPARE(model.project().menus.at(1).items.at(0).source.jobId, 20201);
    }

    void nothingToDo()
    {
        Project p;
        Menu main;
        main.id = QStringLiteral("main");
        main.items << entry(QStringLiteral("a"), QStringLiteral("netboot"), 10101);
        p.menus << main;
        ProjectModel model;
        model.setProject(p);
        ArtifactSource same;
        same.jobId = 10101;
        UpdateEntriesFromSource cmd(&model, main.items.at(0).source, same);
        QCOMPARE(cmd.count(), 0);
    }
};

QTEST_GUILESS_MAIN(UpdateEntriesFromSourceTest)
#include "updateentriesfromsource_test.moc"
