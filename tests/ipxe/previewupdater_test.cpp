#include "ipxe/buildprofile.h"
#include "ipxe/linter.h"
#include "ipxe/previewupdater.h"
#include "ipxe/scriptwriter.h"
#include "model/projectfile.h"
#include "support/testdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::TestData;

namespace {

Project example()
{
    return ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
}

PreviewUpdater::Result resultAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<PreviewUpdater::Result>();
}

} // namespace

class PreviewUpdaterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultIsWriterAndLinterOutput()
    {
        const Project project = example();
        PreviewUpdater updater;
        QSignalSpy spy(&updater, &PreviewUpdater::updated);
        updater.setProject(project);
        QVERIFY(updater.isBusy());
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        const PreviewUpdater::Result r = resultAt(spy, 0);
        ScriptWriter::SourceMap map;
        const QString script = ScriptWriter::write(project, &map);
        QCOMPARE(r.script, script);
        QCOMPARE(r.map, map);
        QCOMPARE(r.diagnostics, Linter::lint(script, BuildProfile::byName(project.buildProfile)));
        QCOMPARE(r.diagnostics, Linter::lintProject(project));
        QCOMPARE(r.generation, updater.generation());
        QTRY_VERIFY(!updater.isBusy());
    }

    void buildProfileOverride()
    {
        Project project = example();
        // `params` exists in the full build only.
        project.menus[0].items[1].kind = Item::Kind::Script;
        project.menus[0].items[1].script = QStringLiteral("params\nchain http://example.org/x.ipxe");
        PreviewUpdater updater;
        updater.setDebounceInterval(0);
        QSignalSpy spy(&updater, &PreviewUpdater::updated);
        updater.setProject(project);
        QVERIFY(spy.wait(5000));
        const auto debian = resultAt(spy, 0).diagnostics;
        QVERIFY(std::any_of(debian.cbegin(), debian.cend(),
                            [](const Diagnostic &d) { return d.ruleId == QLatin1String("command-not-in-build"); }));

        updater.setBuildProfile(QStringLiteral("full"));
        QCOMPARE(updater.buildProfile(), QStringLiteral("full"));
        QVERIFY(spy.wait(5000));
        const PreviewUpdater::Result full = resultAt(spy, 1);
        QCOMPARE(full.diagnostics, Linter::lint(full.script, BuildProfile::byName(QStringLiteral("full"))));
        QVERIFY(std::none_of(full.diagnostics.cbegin(), full.diagnostics.cend(),
                             [](const Diagnostic &d) { return d.ruleId == QLatin1String("command-not-in-build"); }));
    }

    void unknownProfileIsReported()
    {
        Project project = example();
        project.buildProfile = QStringLiteral("no-such-build");
        const PreviewUpdater::Result r = PreviewUpdater::compute(project, QString(), 7);
        QCOMPARE(r.generation, quint64(7));
        QCOMPARE(r.diagnostics, Linter::lintProject(project));
        QVERIFY(!r.diagnostics.isEmpty());
        QCOMPARE(r.diagnostics.front().ruleId, QStringLiteral("unknown-build-profile"));
    }

    void rapidEditsGiveOneUpToDateResult()
    {
        const Project base = example();
        PreviewUpdater updater;
        updater.setDebounceInterval(30);
        QSignalSpy spy(&updater, &PreviewUpdater::updated);
        Project project = base;
        for (int i = 0; i < 200; ++i) {
            project.menus[0].title = QStringLiteral("Title %1").arg(i);
            updater.setProject(project);
        }
        QVERIFY(spy.wait(5000));
        QTRY_VERIFY(!updater.isBusy());
        QCOMPARE(spy.count(), 1);
        const PreviewUpdater::Result r = resultAt(spy, 0);
        QVERIFY(r.script.contains(QLatin1String("menu Title 199\n")));
        QCOMPARE(r.script, ScriptWriter::write(project));
        QCOMPARE(r.generation, updater.generation());
    }

    void editsDuringAComputationDropTheStaleResult()
    {
        // A big project makes the worker slow enough that edits arrive while it runs.
        Project project = example();
        for (int i = 0; i < 400; ++i) {
            Item it = project.menus[0].items[2];
            it.id = QStringLiteral("copy-%1").arg(i);
            it.hotkey.clear();
            project.menus[0].items << it;
        }
        PreviewUpdater updater;
        updater.setDebounceInterval(0);
        QSignalSpy spy(&updater, &PreviewUpdater::updated);
        QList<quint64> generations;
        for (int i = 0; i < 5; ++i) {
            project.menus[0].title = QStringLiteral("Round %1").arg(i);
            updater.setProject(project);
            updater.updateNow(); // starts at once, or queues behind the running computation
        }
        QTRY_VERIFY_WITH_TIMEOUT(!updater.isBusy(), 20000);
        QVERIFY(spy.count() >= 1);
        const PreviewUpdater::Result last = resultAt(spy, spy.count() - 1);
        QCOMPARE(last.generation, updater.generation());
        QVERIFY(last.script.contains(QLatin1String("menu Round 4\n")));
        for (int i = 1; i < spy.count(); ++i)
            QVERIFY(resultAt(spy, i).generation > resultAt(spy, i - 1).generation);
    }
};

QTEST_GUILESS_MAIN(PreviewUpdaterTest)
#include "previewupdater_test.moc"
