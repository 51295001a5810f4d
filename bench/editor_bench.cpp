#include "ipxe/previewupdater.h"
#include "model/commands/edititem.h"
#include "model/projectmodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Bootlace;

// One edit-to-preview cycle on a 1,000-entry project: the part on the UI thread (the undo
// command changing the model, the project copy handed to the updater) and the part on the
// worker thread (writing and linting the whole script), plus the full cycle through the
// debounced PreviewUpdater as the editor runs it.
class EditorBench final : public QObject
{
    Q_OBJECT

private:
    static Project bigProject(int entries)
    {
        Project p;
        p.name = QStringLiteral("Bench");
        p.variables = {{QStringLiteral("base"), QStringLiteral("http://10.0.2.100")}};
        for (int m = 0; m * 100 < entries; ++m) {
            Menu menu;
            menu.id = QStringLiteral("menu-%1").arg(m);
            menu.title = QStringLiteral("Menu %1").arg(m);
            for (int i = 0; i < 100 && m * 100 + i < entries; ++i) {
                Item it;
                it.id = QStringLiteral("e-%1").arg(m * 100 + i);
                it.label = QStringLiteral("Entry %1").arg(m * 100 + i);
                it.kernel = QStringLiteral("${base}/images/%1/vmlinuz").arg(i);
                it.initrds = {QStringLiteral("${base}/images/%1/initrd.img").arg(i)};
                it.args = QStringLiteral("console=ttyS0 quiet");
                menu.items << it;
            }
            p.menus << menu;
        }
        return p;
    }

private Q_SLOTS:
    void uiThreadPartOfAnEdit()
    {
        ProjectModel model;
        model.setProject(bigProject(1000));
        QUndoStack stack;
        int n = 0;
        Project copy;
        QBENCHMARK {
            Item it = model.project().menus.at(5).items.at(50);
            it.label = QStringLiteral("Typed %1").arg(++n);
            stack.push(new EditItem(&model, 5, 50, it, QStringLiteral("label")));
            copy = model.project(); // what PreviewUpdater::setProject stores (implicitly shared)
        }
    }

    void workerPartOfAnEdit()
    {
        const Project p = bigProject(1000);
        PreviewUpdater::Result r;
        QBENCHMARK {
            r = PreviewUpdater::compute(p, QString(), 1);
        }
        QVERIFY(!r.script.isEmpty());
    }

    // Edit, then wait for the preview: debounce interval set to 0 so the figure is the work.
    void fullCycleThroughTheUpdater()
    {
        ProjectModel model;
        model.setProject(bigProject(1000));
        PreviewUpdater updater;
        updater.setDebounceInterval(0);
        QSignalSpy spy(&updater, &PreviewUpdater::updated);
        QUndoStack stack;
        int n = 0;
        QBENCHMARK {
            Item it = model.project().menus.at(5).items.at(50);
            it.label = QStringLiteral("Typed %1").arg(++n);
            stack.push(new EditItem(&model, 5, 50, it, QStringLiteral("label")));
            updater.setProject(model.project());
            QVERIFY(spy.wait(5000));
        }
    }
};

QTEST_GUILESS_MAIN(EditorBench)
#include "editor_bench.moc"
