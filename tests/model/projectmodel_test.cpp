#include "model/commands/additem.h"
#include "model/commands/addmenu.h"
#include "model/commands/edititem.h"
#include "model/commands/editmenu.h"
#include "model/commands/editvariables.h"
#include "model/commands/moveitem.h"
#include "model/commands/removeitem.h"
#include "model/commands/removemenu.h"
#include "model/projectfile.h"
#include "model/projectmodel.h"

#include "support/testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Bootlace;
using Bootlace::Test::TestData;

// ProjectModel under QAbstractItemModelTester, driven through the undo commands: every command
// must change the project as intended, and undo must restore it exactly.
class ProjectModelTest final : public QObject
{
    Q_OBJECT

private:
    static Project example()
    {
        return ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
    }

    static Item shell(const QString &id)
    {
        Item it;
        it.kind = Item::Kind::Shell;
        it.id = id;
        it.label = QStringLiteral("Shell ") + id;
        return it;
    }

    static QStringList ids(const ProjectModel &model, int menu)
    {
        QStringList out;
        for (const Item &it : model.project().menus.at(menu).items)
            out << it.id;
        return out;
    }

private Q_SLOTS:
    void structure()
    {
        ProjectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(example());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.menuIndex(0)), 11);
        QCOMPARE(model.data(model.menuIndex(1)).toString(), QStringLiteral("Rescue tools"));
        const QModelIndex debian = model.indexForId(QStringLiteral("debian"));
        QCOMPARE(debian.row(), 3);
        QCOMPARE(debian.parent(), model.menuIndex(0));
        QCOMPARE(model.data(debian, ProjectModel::KindRole).toInt(), int(Item::Kind::Linux));
        QCOMPARE(model.indexForId(QStringLiteral("rescue")), model.menuIndex(1));
        int menu = -1, row = -1;
        QVERIFY(ProjectModel::position(debian, &menu, &row));
        QCOMPARE(menu, 0);
        QCOMPARE(row, 3);
    }

    void commandsUndoExactly()
    {
        ProjectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(example());
        const Project original = model.project();
        QSignalSpy changed(&model, &ProjectModel::projectChanged);
        QUndoStack stack;

        stack.push(new AddItem(&model, 0, 1, shell(QStringLiteral("new-shell"))));
        QCOMPARE(ids(model, 0).at(1), QStringLiteral("new-shell"));
        stack.push(new RemoveItem(&model, 1, 0));
        QCOMPARE(ids(model, 1).front(), QStringLiteral("rescue-iso"));
        stack.push(new MoveItem(&model, 0, 3, 1, 0)); // nixos into the rescue menu, first
        QCOMPARE(ids(model, 1).front(), QStringLiteral("nixos"));
        stack.push(new MoveItem(&model, 0, 0, 0, 3)); // gap down by two within the menu
        QCOMPARE(ids(model, 0).at(2), QStringLiteral("gap-boot"));
        Item edited = model.project().menus.at(0).items.at(0);
        edited.label = QStringLiteral("Changed");
        stack.push(new EditItem(&model, 0, 0, edited));
        Menu menuSettings = model.project().menus.at(1);
        menuSettings.title = QStringLiteral("Tools");
        menuSettings.timeoutMs = 3000;
        stack.push(new EditMenu(&model, 1, menuSettings));
        QCOMPARE(model.data(model.menuIndex(1)).toString(), QStringLiteral("Tools"));
        stack.push(new AddMenu(&model, 2, Menu{QStringLiteral("extra"), QStringLiteral("Extra"), {}, 0, {}}));
        stack.push(new RemoveMenu(&model, 1));
        QCOMPARE(model.rowCount(), 2);
        stack.push(new EditVariables(&model, {}));
        QVERIFY(model.project().variables.isEmpty());
        QVERIFY(changed.size() >= 9);

        while (stack.canUndo())
            stack.undo();
        QCOMPARE(model.project(), original);
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.project().menus.at(1).id, QStringLiteral("extra"));
    }

    void moveWithinMenuBothDirections_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("down") << 0 << 2 << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
        QTest::newRow("to-end") << 0 << 3 << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")};
        QTest::newRow("up") << 2 << 0 << QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("noop") << 1 << 2 << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    }
    void moveWithinMenuBothDirections()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, expected);
        ProjectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Project p;
        p.menus << Menu{QStringLiteral("m"), {}, {}, 0, {shell(QStringLiteral("a")), shell(QStringLiteral("b")), shell(QStringLiteral("c"))}};
        model.setProject(p);
        QUndoStack stack;
        stack.push(new MoveItem(&model, 0, from, 0, to));
        QCOMPARE(ids(model, 0), expected);
        stack.undo();
        QCOMPARE(model.project(), p);
    }

    void typingMergesIntoOneUndoStep()
    {
        ProjectModel model;
        model.setProject(example());
        const Project original = model.project();
        QUndoStack stack;
        Item it = model.project().menus.at(0).items.at(3);
        for (const QString &label : {QStringLiteral("D"), QStringLiteral("De"), QStringLiteral("Deb")}) {
            it.label = label;
            stack.push(new EditItem(&model, 0, 3, it, QStringLiteral("label")));
        }
        it.args = QStringLiteral("quiet");
        stack.push(new EditItem(&model, 0, 3, it, QStringLiteral("args")));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(model.project().menus.at(0).items.at(3).label, QStringLiteral("Deb"));
        stack.undo();
        QCOMPARE(model.project(), original);
    }
};

QTEST_GUILESS_MAIN(ProjectModelTest)
#include "projectmodel_test.moc"
