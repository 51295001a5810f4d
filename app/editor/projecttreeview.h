#pragma once

#include "model/item.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTreeView>

class QAction;
class QMenu;
class QMimeData;
class QUndoStack;

namespace Bootlace {

class ProjectModel;

// The project's menus and their items as a tree, with the actions that change its structure:
// add, duplicate, delete, enable, move, cut/copy/paste and drag and drop. Every change is an
// undo command pushed on the undo stack; the main window puts the actions in its menus and
// toolbars.
class ProjectTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectTreeView)

public:
    explicit ProjectTreeView(QWidget *parent = nullptr);
    ~ProjectTreeView() override;

    void setProjectModel(ProjectModel *model);
    ProjectModel *projectModel() const;
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const;

    // Adds a Linux boot entry; its menu() (addEntryMenu()) offers every kind.
    QAction *addEntryAction() const { return m_addEntry; }
    QMenu *addEntryMenu() const { return m_addEntryMenu; }
    // The action in addEntryMenu() that adds an item of this kind (nullptr for raw lines).
    QAction *addKindAction(Item::Kind kind) const { return m_addKind.value(int(kind)); }
    QAction *addMenuAction() const { return m_addMenu; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *toggleEnabledAction() const { return m_toggleEnabled; } // checkable
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }

    // The current menu and row (row -1 for a menu); false when nothing is current.
    bool currentPosition(int *menu, int *row) const;
    // Makes the menu (row -1) or item current and the only selected one.
    void setCurrentPosition(int menu, int row);
    // The ids of the selected items (not menus), in tree order.
    QStringList selectedItemIds() const;

    // Moves the items with these ids, in this order, to `row` of `menu` (counted before any of
    // them is taken out), as one undo step. Dropping items dragged inside this view does this.
    void moveItems(const QStringList &ids, int menu, int row);
    // Inserts copies of the items with fresh ids at `row` of `menu` as one undo step, selects
    // them and returns their ids. Paste and drops from other windows do this.
    QStringList insertCopies(const QList<Item> &items, int menu, int row);

    // The clipboard and drag form of items: `application/x-bootlace-items` (the items as the
    // project file stores them) plus their labels as text/plain.
    static QString mimeType();
    static QMimeData *mimeDataForItems(const QList<Item> &items);
    // False (and nothing in *items) unless the data holds at least one well-formed item.
    static bool itemsFromMimeData(const QMimeData *data, QList<Item> *items);

Q_SIGNALS:
    // The current menu (row -1) or item changed, or moved to another position.
    void currentItemChanged(int menu, int row);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void createActions();
    void updateActions();
    void syncCurrent();
    void selectIds(const QStringList &ids);
    bool canEdit() const;
    QList<Item> selectedItems() const;
    QList<int> selectedMenus() const; // menus selected as rows themselves, ascending
    // Where a new item goes: after the current item, at the end of the current menu, at the
    // end of the first menu; menu -1 when the project has no menu yet.
    void insertionPoint(int *menu, int *row) const;
    // Where a drop at pos (viewport coordinates) would insert, and the indicator to draw.
    bool dropTargetAt(const QPoint &pos, int *menu, int *row, QRect *indicator) const;
    Item newItem(Item::Kind kind, int menu) const;

    void addItemOfKind(Item::Kind kind);
    void addMenu();
    void duplicateSelection();
    void deleteSelection();
    void setSelectionEnabled(bool enabled);
    void moveSelection(int step);
    void moveMenu(int from, int to);
    void copySelection();
    void cutSelection();
    void paste();

    QPointer<ProjectModel> m_model;
    QPointer<QUndoStack> m_undoStack;
    int m_lastMenu = -2;
    int m_lastRow = -2;
    bool m_dropIndicatorShown = false;
    QRect m_dropIndicator;

    QAction *m_addEntry = nullptr;
    QMenu *m_addEntryMenu = nullptr;
    QHash<int, QAction *> m_addKind;
    QAction *m_addMenu = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_toggleEnabled = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
};

} // namespace Bootlace
