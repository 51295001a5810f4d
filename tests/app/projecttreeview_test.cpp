#include "editor/projecttreeview.h"
#include "model/commands/moveitem.h"
#include "model/projectfile.h"
#include "model/projectmodel.h"

#include "support/testdata.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFont>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Bootlace;
using Bootlace::Test::TestData;

// The project tree's actions, clipboard and drag and drop, driven through the view's public
// actions (and real key presses where shortcuts matter): every change must be one undo step
// that restores the project exactly.
class ProjectTreeViewTest final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ProjectTreeView> m_view;
    Project m_original;

    const Project &project() const { return m_model->project(); }

    void select(const QString &id)
    {
        int menu = 0;
        int row = 0;
        QVERIFY2(ProjectModel::position(m_model->indexForId(id), &menu, &row), qPrintable(id));
        m_view->setCurrentPosition(menu, row);
    }

    QStringList ids(int menu) const
    {
        QStringList out;
        for (const Item &it : project().menus.at(menu).items)
            out << it.id;
        return out;
    }

    // Undo everything, check the original is back, redo everything, check the result is back.
    void checkUndoRedo()
    {
        const Project after = project();
        const int steps = m_stack->index();
        for (int i = 0; i < steps; ++i)
            m_stack->undo();
        QCOMPARE(project(), m_original);
        for (int i = 0; i < steps; ++i)
            m_stack->redo();
        QCOMPARE(project(), after);
    }

private Q_SLOTS:
    void init()
    {
        m_original = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
        QVERIFY(!m_original.menus.isEmpty());
        m_model = std::make_unique<ProjectModel>();
        m_model->setProject(m_original);
        m_stack = std::make_unique<QUndoStack>();
        m_view = std::make_unique<ProjectTreeView>();
        m_view->setProjectModel(m_model.get());
        m_view->setUndoStack(m_stack.get());
        m_view->resize(500, 600);
        QApplication::clipboard()->clear();
    }

    void cleanup()
    {
        m_view.reset();
        m_stack.reset();
        m_model.reset();
    }

    void actionsHaveTextsAndShortcuts()
    {
        const QList<QAction *> actions = {m_view->addEntryAction(), m_view->addMenuAction(), m_view->duplicateAction(),
                                          m_view->deleteAction(),   m_view->toggleEnabledAction(),
                                          m_view->moveUpAction(),   m_view->moveDownAction(),
                                          m_view->cutAction(),      m_view->copyAction(),
                                          m_view->pasteAction()};
        for (QAction *a : actions) {
            QVERIFY(!a->text().isEmpty());
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
        }
        QCOMPARE(m_view->duplicateAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QCOMPARE(m_view->toggleEnabledAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(m_view->moveUpAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
        QCOMPARE(m_view->moveDownAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
        QCOMPARE(m_view->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(m_view->addEntryAction()->menu(), m_view->addEntryMenu());
        QCOMPARE(m_view->addEntryMenu()->actions().size(), 10);
    }

    void addEachKind_data()
    {
        QTest::addColumn<int>("kind");
        for (Item::Kind k : {Item::Kind::Linux, Item::Kind::Chain, Item::Kind::Sanboot, Item::Kind::LocalDisk,
                             Item::Kind::Shell, Item::Kind::Reboot, Item::Kind::Exit, Item::Kind::Script,
                             Item::Kind::Gap, Item::Kind::Submenu})
            QTest::newRow(qPrintable(Item::kindName(k))) << int(k);
    }

    void addEachKind()
    {
        QFETCH(int, kind);
        select(QStringLiteral("debian"));
        QAction *action = m_view->addKindAction(Item::Kind(kind));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();

        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(project().menus.at(0).items.size(), m_original.menus.at(0).items.size() + 1);
        const Item &added = project().menus.at(0).items.at(4); // right after "debian"
        QCOMPARE(int(added.kind), kind);
        QVERIFY(!m_original.allIds().contains(added.id));
        QVERIFY(!added.label.isEmpty());
        QVERIFY(added.enabled);
        if (added.kind == Item::Kind::LocalDisk)
            QCOMPARE(added.drive, QStringLiteral("0x80"));
        if (added.kind == Item::Kind::Submenu)
            QCOMPARE(added.menu, QStringLiteral("rescue"));
        int menu = -1;
        int row = -1;
        QVERIFY(m_view->currentPosition(&menu, &row));
        QCOMPARE(menu, 0);
        QCOMPARE(row, 4);
        checkUndoRedo();
    }

    void addEntryDefaultsToLinux()
    {
        select(QStringLiteral("memtest"));
        m_view->addEntryAction()->trigger();
        QCOMPARE(project().menus.at(0).items.at(6).kind, Item::Kind::Linux);
        QCOMPARE(project().menus.at(0).items.at(6).id, QStringLiteral("linux"));
        // On a menu row the new item goes to the end of that menu.
        m_view->setCurrentPosition(1, -1);
        m_view->addKindAction(Item::Kind::Shell)->trigger();
        QCOMPARE(project().menus.at(1).items.last().kind, Item::Kind::Shell);
        QCOMPARE(project().menus.at(1).items.last().id, QStringLiteral("shell"));
        checkUndoRedo();
    }

    void addToAnEmptyProjectMakesAMenu()
    {
        m_original = Project();
        m_model->setProject(m_original);
        m_view->addKindAction(Item::Kind::Submenu)->trigger();
        // A root menu, a menu for the link to open, and the link: one undo step.
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(project().menus.size(), 2);
        QCOMPARE(project().menus.at(0).items.size(), 1);
        QCOMPARE(project().menus.at(0).items.at(0).menu, project().menus.at(1).id);
        checkUndoRedo();
    }

    void addMenu()
    {
        m_view->setCurrentPosition(0, -1);
        m_view->addMenuAction()->trigger();
        QCOMPARE(project().menus.size(), 3);
        QCOMPARE(project().menus.at(1).id, QStringLiteral("menu"));
        int menu = -1;
        int row = -1;
        QVERIFY(m_view->currentPosition(&menu, &row));
        QCOMPARE(menu, 1);
        QCOMPARE(row, -1);
        QVERIFY(m_view->isExpanded(m_model->menuIndex(1)));
        checkUndoRedo();
    }

    void duplicate()
    {
        select(QStringLiteral("debian"));
        m_view->duplicateAction()->trigger();
        QCOMPARE(m_stack->count(), 1);
        Item copy = project().menus.at(0).items.at(4);
        QCOMPARE(copy.id, QStringLiteral("debian-2"));
        copy.id = QStringLiteral("debian");
        QCOMPARE(copy, *m_original.findItem(QStringLiteral("debian")));
        QCOMPARE(m_view->selectedItemIds(), QStringList{QStringLiteral("debian-2")});
        checkUndoRedo();
    }

    void duplicateMenu()
    {
        m_view->setCurrentPosition(1, -1);
        m_view->duplicateAction()->trigger();
        QCOMPARE(project().menus.size(), 3);
        const Menu &copy = project().menus.at(2);
        QCOMPARE(copy.id, QStringLiteral("rescue-2"));
        QCOMPARE(copy.items.size(), m_original.menus.at(1).items.size());
        QCOMPARE(copy.items.at(0).id, QStringLiteral("sysrescue-2"));
        QCOMPARE(copy.defaultItem, QStringLiteral("sysrescue-2"));
        const QStringList all = project().allIds();
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
        checkUndoRedo();
    }

    void deleteItem()
    {
        select(QStringLiteral("debian"));
        m_view->deleteAction()->trigger();
        QVERIFY(!project().findItem(QStringLiteral("debian")));
        QCOMPARE(m_stack->count(), 1);
        checkUndoRedo();
    }

    void deleteTheDefaultItemClearsTheDefault()
    {
        select(QStringLiteral("local"));
        m_view->deleteAction()->trigger();
        QVERIFY(!project().findItem(QStringLiteral("local")));
        QCOMPARE(project().menus.at(0).defaultItem, QString());
        QCOMPARE(m_stack->count(), 1);
        checkUndoRedo();
    }

    void deleteMenuTakesItsLinks()
    {
        m_view->setCurrentPosition(1, -1);
        m_view->deleteAction()->trigger();
        QCOMPARE(project().menus.size(), 1);
        QVERIFY(!project().findItem(QStringLiteral("rescue-tools")));
        QCOMPARE(m_stack->count(), 1);
        checkUndoRedo();
    }

    void toggleEnabled()
    {
        select(QStringLiteral("debian"));
        QAction *toggle = m_view->toggleEnabledAction();
        QVERIFY(toggle->isCheckable());
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(!project().findItem(QStringLiteral("debian"))->enabled);
        QVERIFY(!toggle->isChecked());
        const QModelIndex index = m_model->indexForId(QStringLiteral("debian"));
        QVERIFY(index.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!index.data(ProjectModel::EnabledRole).toBool());
        toggle->trigger();
        QVERIFY(project().findItem(QStringLiteral("debian"))->enabled);
        QVERIFY(toggle->isChecked());
        QCOMPARE(m_stack->count(), 2);
        checkUndoRedo();
        // Gaps are bold, enabled entries plain.
        QVERIFY(m_model->indexForId(QStringLiteral("gap-boot")).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!m_model->indexForId(QStringLiteral("nixos")).data(Qt::FontRole).isValid());
    }

    void moveUpAndDown()
    {
        QSignalSpy current(m_view.get(), &ProjectTreeView::currentItemChanged);
        select(QStringLiteral("debian")); // row 3
        m_view->moveUpAction()->trigger();
        QCOMPARE(ids(0).indexOf(QStringLiteral("debian")), 2);
        QCOMPARE(current.last(), (QVariantList{0, 2}));
        m_view->moveDownAction()->trigger();
        m_view->moveDownAction()->trigger();
        QCOMPARE(ids(0).indexOf(QStringLiteral("debian")), 4);
        QCOMPARE(current.last(), (QVariantList{0, 4}));
        QCOMPARE(m_view->selectedItemIds(), QStringList{QStringLiteral("debian")});
        QCOMPARE(m_stack->count(), 3);
        checkUndoRedo();
    }

    void moveAcrossTheEndOfAMenu()
    {
        select(QStringLiteral("reboot")); // the last item of the root menu
        m_view->moveDownAction()->trigger();
        QCOMPARE(ids(1).first(), QStringLiteral("reboot"));
        m_view->moveUpAction()->trigger();
        QCOMPARE(ids(0).last(), QStringLiteral("reboot"));
        select(QStringLiteral("gap-boot"));
        QVERIFY(!m_view->moveUpAction()->isEnabled());
        select(QStringLiteral("back"));
        QVERIFY(!m_view->moveDownAction()->isEnabled());
        checkUndoRedo();
    }

    void moveAMenu()
    {
        m_view->setCurrentPosition(1, -1);
        QVERIFY(m_view->moveUpAction()->isEnabled());
        QVERIFY(!m_view->moveDownAction()->isEnabled());
        m_view->moveUpAction()->trigger();
        QCOMPARE(project().menus.at(0).id, QStringLiteral("rescue"));
        QCOMPARE(m_stack->count(), 1);
        checkUndoRedo();
    }

    void moveSeveralItems()
    {
        QItemSelection selection;
        for (const QString &id : {QStringLiteral("nixos"), QStringLiteral("memtest")}) {
            const QModelIndex index = m_model->indexForId(id);
            selection.select(index, index.siblingAtColumn(ProjectModel::KindColumn));
        }
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_view->moveUpAction()->trigger();
        QCOMPARE(ids(0).mid(0, 6), (QStringList{QStringLiteral("gap-boot"), QStringLiteral("nixos"),
                                                QStringLiteral("local"), QStringLiteral("debian"),
                                                QStringLiteral("memtest"), QStringLiteral("uefi-shell")}));
        QCOMPARE(m_stack->count(), 1);
        checkUndoRedo();
    }

    void moveItemsToAnotherMenu()
    {
        // What a drop of two dragged items on the rescue menu's second row does.
        m_view->moveItems({QStringLiteral("debian"), QStringLiteral("memtest")}, 1, 1);
        QCOMPARE(ids(1), (QStringList{QStringLiteral("sysrescue"), QStringLiteral("debian"), QStringLiteral("memtest"),
                                      QStringLiteral("rescue-iso"), QStringLiteral("gap-back"), QStringLiteral("back")}));
        QCOMPARE(m_stack->count(), 1);
        // Dropping items where they already are changes nothing and adds no undo step.
        m_view->moveItems({QStringLiteral("debian"), QStringLiteral("memtest")}, 1, 1);
        m_view->moveItems({QStringLiteral("debian")}, 1, 2);
        QCOMPARE(m_stack->count(), 1);
        checkUndoRedo();
    }

    void dropGoesThroughTheView()
    {
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const Item debian = *project().findItem(QStringLiteral("debian"));
        std::unique_ptr<QMimeData> data(ProjectTreeView::mimeDataForItems({debian}));

        // Upper half of the "rescue-iso" row: insert before it.
        const QRect target = m_view->visualRect(m_model->indexForId(QStringLiteral("rescue-iso")));
        const QPoint pos(target.center().x(), target.top() + 2);
        QDragEnterEvent enter(pos, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(pos, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
        QVERIFY(move.isAccepted());
        // Not dragged from this view (no drag source): the drop copies, with a fresh id.
        QCOMPARE(move.dropAction(), Qt::CopyAction);
        QDropEvent drop(pos, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(ids(1).mid(0, 3), (QStringList{QStringLiteral("sysrescue"), QStringLiteral("debian-2"),
                                                QStringLiteral("rescue-iso")}));
        QVERIFY(project().findItem(QStringLiteral("debian")));
        QCOMPARE(m_stack->count(), 1);

        // On the middle of a menu row: the end of that menu. (A drop goes to the widget that
        // accepted the drag's enter event, so every drop starts with one.)
        const QPoint menuRow = m_view->visualRect(m_model->menuIndex(0)).center();
        QDragEnterEvent enterMenu(menuRow, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &enterMenu);
        QDropEvent onMenu(menuRow, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &onMenu);
        QCOMPARE(ids(0).last(), QStringLiteral("debian-3"));

        // Below the last row: the end of the last menu.
        const QPoint below(menuRow.x(), m_view->viewport()->height() - 5);
        QDragEnterEvent enterBelow(below, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &enterBelow);
        QDropEvent onEmpty(below, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &onEmpty);
        QCOMPARE(ids(1).last(), QStringLiteral("debian-4"));

        // Other data is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(pos, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &refused);
        QVERIFY(!refused.isAccepted());
        checkUndoRedo();
    }

    void copyThenPasteGivesFreshIds()
    {
        QItemSelection selection;
        for (const QString &id : {QStringLiteral("nixos"), QStringLiteral("debian")}) {
            const QModelIndex index = m_model->indexForId(id);
            selection.select(index, index.siblingAtColumn(ProjectModel::KindColumn));
        }
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        QVERIFY(m_view->copyAction()->isEnabled());
        m_view->copyAction()->trigger();
        const QMimeData *clip = QApplication::clipboard()->mimeData();
        QVERIFY(clip->hasFormat(ProjectTreeView::mimeType()));
        QCOMPARE(clip->text(), QStringLiteral("NixOS netboot (GitLab CI, pipeline 18342, job 4711)\nDebian 12 installer (amd64)"));
        QCOMPARE(m_stack->count(), 0);

        QVERIFY(m_view->pasteAction()->isEnabled());
        select(QStringLiteral("reboot"));
        m_view->pasteAction()->trigger();
        QCOMPARE(ids(0).mid(ids(0).size() - 3),
                 (QStringList{QStringLiteral("reboot"), QStringLiteral("nixos-2"), QStringLiteral("debian-2")}));
        Item pasted = *project().findItem(QStringLiteral("debian-2"));
        pasted.id = QStringLiteral("debian");
        QCOMPARE(pasted, *m_original.findItem(QStringLiteral("debian")));
        QCOMPARE(m_view->selectedItemIds(), (QStringList{QStringLiteral("nixos-2"), QStringLiteral("debian-2")}));
        QCOMPARE(m_stack->count(), 1);
        checkUndoRedo();
    }

    void cut()
    {
        select(QStringLiteral("memtest"));
        m_view->cutAction()->trigger();
        QVERIFY(!project().findItem(QStringLiteral("memtest")));
        m_view->setCurrentPosition(1, -1);
        m_view->pasteAction()->trigger();
        // The id is free again, so the pasted item keeps it.
        QCOMPARE(ids(1).last(), QStringLiteral("memtest"));
        QCOMPARE(m_stack->count(), 2);
        checkUndoRedo();
    }

    void pasteOfGarbageDoesNothing_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not json") << QByteArray("this is not json");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("no items") << QByteArray(R"({"schema": 1, "items": []})");
        QTest::newRow("newer schema") << QByteArray(R"({"schema": 99, "items": [{"id": "a", "kind": "shell"}]})");
        QTest::newRow("unknown kind") << QByteArray(R"({"schema": 1, "items": [{"id": "a", "kind": "teleport"}]})");
        QTest::newRow("bad id") << QByteArray(R"({"schema": 1, "items": [{"id": "a b", "kind": "shell"}]})");
        QTest::newRow("one bad of two")
            << QByteArray(R"({"schema": 1, "items": [{"id": "a", "kind": "shell"}, {"kind": "shell"}]})");
    }

    void pasteOfGarbageDoesNothing()
    {
        QFETCH(QByteArray, payload);
        auto *data = new QMimeData;
        data->setData(ProjectTreeView::mimeType(), payload);
        QApplication::clipboard()->setMimeData(data);
        select(QStringLiteral("debian"));
        m_view->pasteAction()->trigger();
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(project(), m_original);
    }

    void pasteNeedsOurFormat()
    {
        select(QStringLiteral("debian"));
        QApplication::clipboard()->setText(QStringLiteral("kernel http://example/vmlinuz"));
        QVERIFY(!m_view->pasteAction()->isEnabled());
        m_view->pasteAction()->trigger();
        QCOMPARE(m_stack->count(), 0);
    }

    void shortcutsWorkWhenTheTreeHasFocus()
    {
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->setFocus();
        select(QStringLiteral("debian"));
        QTest::keyClick(m_view.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(project().findItem(QStringLiteral("debian-2")));
        QTest::keyClick(m_view.get(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!project().findItem(QStringLiteral("debian-2"))->enabled);
        QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(ids(0).indexOf(QStringLiteral("debian-2")), 3);
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QVERIFY(!project().findItem(QStringLiteral("debian-2")));
        QCOMPARE(m_stack->count(), 4);
        QCOMPARE(project(), m_original);
        checkUndoRedo();
    }

    void currentItemChanged()
    {
        QSignalSpy spy(m_view.get(), &ProjectTreeView::currentItemChanged);
        m_view->setCurrentPosition(1, -1);
        QCOMPARE(spy.last(), (QVariantList{1, -1}));
        select(QStringLiteral("debian"));
        QCOMPARE(spy.last(), (QVariantList{0, 3}));
        // A move made elsewhere (undo, another view) still reports where the item is now.
        m_stack->push(new MoveItem(m_model.get(), 0, 3, 1, 0));
        QCOMPARE(spy.last(), (QVariantList{1, 0}));
        m_stack->undo();
        QCOMPARE(spy.last(), (QVariantList{0, 3}));
    }

    void withoutAnUndoStackNothingChanges()
    {
        m_view->setUndoStack(nullptr);
        select(QStringLiteral("debian"));
        QVERIFY(!m_view->deleteAction()->isEnabled());
        QVERIFY(!m_view->addEntryAction()->isEnabled());
        QVERIFY(m_view->copyAction()->isEnabled());
        m_view->deleteAction()->trigger();
        QCOMPARE(project(), m_original);
    }
};

QTEST_MAIN(ProjectTreeViewTest)
#include "projecttreeview_test.moc"
