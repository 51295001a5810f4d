#include "editor/projecttreeview.h"

#include "model/commands/additem.h"
#include "model/commands/addmenu.h"
#include "model/commands/edititem.h"
#include "model/commands/editmenu.h"
#include "model/commands/moveitem.h"
#include "model/commands/removeitem.h"
#include "model/commands/removemenu.h"
#include "model/projectfile.h"
#include "model/projectmodel.h"

#include <QAction>
#include <QClipboard>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyleOption>
#include <QUndoStack>

#include <algorithm>

namespace Bootlace {

namespace {

constexpr int kMimeSchema = 1;

bool positionOf(const ProjectModel *model, const QString &id, int *menu, int *row)
{
    return ProjectModel::position(model->indexForId(id), menu, row) && *row >= 0;
}

// Pushes a group of commands as one undo step; a single command stays a plain step.
class MacroScope final
{
public:
    MacroScope(QUndoStack *stack, const QString &text, bool needed)
        : m_stack(needed ? stack : nullptr)
    {
        if (m_stack)
            m_stack->beginMacro(text);
    }
    ~MacroScope()
    {
        if (m_stack)
            m_stack->endMacro();
    }
    Q_DISABLE_COPY_MOVE(MacroScope)

private:
    QUndoStack *m_stack;
};

} // namespace

ProjectTreeView::ProjectTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setAccessibleName(tr("Menus and entries"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    // The drop indicator is drawn here: the model has no say in where items may go.
    setDropIndicatorShown(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    createActions();
    updateActions();
}

ProjectTreeView::~ProjectTreeView() = default;

QString ProjectTreeView::mimeType()
{
    return QStringLiteral("application/x-bootlace-items");
}

void ProjectTreeView::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &icon) {
        auto *action = new QAction(text, this);
        if (!key.isEmpty())
            action->setShortcut(key);
        if (!icon.isEmpty())
            action->setIcon(QIcon::fromTheme(icon));
        // Only while the tree has the focus: Delete or Ctrl+C in a form field edit that field.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        addAction(action);
    };

    m_addEntryMenu = new QMenu(tr("Add Entry"), this);
    const QList<std::pair<Item::Kind, QString>> kinds = {
        {Item::Kind::Linux, tr("&Linux Boot")},
        {Item::Kind::Chain, tr("&Chain (Load Another Script)")},
        {Item::Kind::Sanboot, tr("&SAN Boot (ISO or Disk Image)")},
        {Item::Kind::LocalDisk, tr("Local &Disk")},
        {Item::Kind::Shell, tr("iPXE S&hell")},
        {Item::Kind::Reboot, tr("&Reboot")},
        {Item::Kind::Exit, tr("E&xit to the Firmware")},
        {Item::Kind::Script, tr("Scrip&t")},
        {Item::Kind::Gap, tr("Section &Heading or Gap")},
        {Item::Kind::Submenu, tr("Su&bmenu Link")},
    };
    for (const auto &[kind, text] : kinds) {
        QAction *action = m_addEntryMenu->addAction(text);
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, k = kind] { addItemOfKind(k); });
        m_addKind.insert(int(kind), action);
    }

    m_addEntry = make(tr("&Add Entry"), QKeySequence(Qt::Key_Insert), QStringLiteral("list-add"));
    m_addEntry->setToolTip(tr("Add a Linux boot entry after the selected item; the menu offers every kind"));
    m_addEntry->setMenu(m_addEntryMenu);
    connect(m_addEntry, &QAction::triggered, this, [this] { addItemOfKind(Item::Kind::Linux); });

    m_addMenu = make(tr("Add &Menu"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), QStringLiteral("folder-new"));
    m_addMenu->setToolTip(tr("Add a submenu to the project"));
    connect(m_addMenu, &QAction::triggered, this, &ProjectTreeView::addMenu);
    separator();

    m_cut = make(tr("Cu&t"), QKeySequence::Cut, QStringLiteral("edit-cut"));
    connect(m_cut, &QAction::triggered, this, &ProjectTreeView::cutSelection);
    m_copy = make(tr("&Copy"), QKeySequence::Copy, QStringLiteral("edit-copy"));
    connect(m_copy, &QAction::triggered, this, &ProjectTreeView::copySelection);
    m_paste = make(tr("&Paste"), QKeySequence::Paste, QStringLiteral("edit-paste"));
    connect(m_paste, &QAction::triggered, this, &ProjectTreeView::paste);
    m_duplicate = make(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("edit-copy"));
    connect(m_duplicate, &QAction::triggered, this, &ProjectTreeView::duplicateSelection);
    m_delete = make(tr("&Delete"), QKeySequence::Delete, QStringLiteral("edit-delete"));
    connect(m_delete, &QAction::triggered, this, &ProjectTreeView::deleteSelection);
    separator();

    m_toggleEnabled = make(tr("&Enabled"), QKeySequence(Qt::CTRL | Qt::Key_E), QString());
    m_toggleEnabled->setCheckable(true);
    m_toggleEnabled->setToolTip(tr("Offer the selected entries in the menu (disabled entries are kept but not written)"));
    connect(m_toggleEnabled, &QAction::triggered, this, &ProjectTreeView::setSelectionEnabled);
    separator();

    m_moveUp = make(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), QStringLiteral("go-up"));
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelection(-1); });
    m_moveDown = make(tr("Move Do&wn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), QStringLiteral("go-down"));
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelection(1); });

    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ProjectTreeView::updateActions);
}

void ProjectTreeView::setProjectModel(ProjectModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    QItemSelectionModel *oldSelection = selectionModel();
    m_model = model;
    setModel(model);
    delete oldSelection;
    if (model) {
        header()->setStretchLastSection(false);
        header()->setSectionResizeMode(ProjectModel::LabelColumn, QHeaderView::Stretch);
        header()->setSectionResizeMode(ProjectModel::KindColumn, QHeaderView::ResizeToContents);
        expandAll();
        connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectTreeView::syncCurrent);
        connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProjectTreeView::updateActions);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            expandAll();
            syncCurrent();
        });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
            if (!parent.isValid()) {
                for (int m = first; m <= last; ++m)
                    expand(m_model->menuIndex(m));
            }
            syncCurrent();
        });
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ProjectTreeView::syncCurrent);
        connect(model, &QAbstractItemModel::rowsMoved, this, &ProjectTreeView::syncCurrent);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ProjectTreeView::syncCurrent);
        connect(model, &QAbstractItemModel::dataChanged, this, &ProjectTreeView::updateActions);
    }
    syncCurrent();
}

ProjectModel *ProjectTreeView::projectModel() const
{
    return m_model;
}

QUndoStack *ProjectTreeView::undoStack() const
{
    return m_undoStack;
}

bool ProjectTreeView::canEdit() const
{
    return m_model && m_undoStack;
}

void ProjectTreeView::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
    updateActions();
}

bool ProjectTreeView::currentPosition(int *menu, int *row) const
{
    return m_model && ProjectModel::position(currentIndex(), menu, row);
}

void ProjectTreeView::setCurrentPosition(int menu, int row)
{
    if (!m_model)
        return;
    const QModelIndex index = row < 0 ? m_model->menuIndex(menu) : m_model->itemIndex(menu, row);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

QStringList ProjectTreeView::selectedItemIds() const
{
    if (!m_model)
        return {};
    QList<std::pair<int, int>> positions;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        int m = 0;
        int r = 0;
        if (ProjectModel::position(index, &m, &r) && r >= 0)
            positions.append({m, r});
    }
    if (positions.isEmpty() && rows.isEmpty()) {
        int m = 0;
        int r = 0;
        if (currentPosition(&m, &r) && r >= 0)
            positions.append({m, r});
    }
    std::sort(positions.begin(), positions.end());
    QStringList ids;
    for (const auto &[m, r] : positions)
        ids << m_model->project().menus.at(m).items.at(r).id;
    return ids;
}

QList<int> ProjectTreeView::selectedMenus() const
{
    QList<int> menus;
    if (!m_model)
        return menus;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        int m = 0;
        int r = 0;
        if (ProjectModel::position(index, &m, &r) && r < 0)
            menus << m;
    }
    if (rows.isEmpty()) {
        int m = 0;
        int r = 0;
        if (currentPosition(&m, &r) && r < 0)
            menus << m;
    }
    std::sort(menus.begin(), menus.end());
    return menus;
}

QList<Item> ProjectTreeView::selectedItems() const
{
    QList<Item> items;
    for (const QString &id : selectedItemIds()) {
        if (const Item *it = m_model->project().findItem(id))
            items << *it;
    }
    return items;
}

void ProjectTreeView::selectIds(const QStringList &ids)
{
    if (!m_model || ids.isEmpty())
        return;
    QItemSelection selection;
    for (const QString &id : ids) {
        const QModelIndex index = m_model->indexForId(id);
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(ProjectModel::ColumnCount - 1));
    }
    const QModelIndex current = m_model->indexForId(ids.last());
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(current);
}

void ProjectTreeView::syncCurrent()
{
    int m = -1;
    int r = -1;
    if (!currentPosition(&m, &r)) {
        m = -1;
        r = -1;
    }
    if (m != m_lastMenu || r != m_lastRow) {
        m_lastMenu = m;
        m_lastRow = r;
        Q_EMIT currentItemChanged(m, r);
    }
    updateActions();
}

void ProjectTreeView::updateActions()
{
    const bool editable = canEdit();
    const QStringList ids = selectedItemIds();
    const QList<int> menus = selectedMenus();

    m_addEntry->setEnabled(editable);
    m_addEntryMenu->setEnabled(editable);
    for (QAction *action : std::as_const(m_addKind))
        action->setEnabled(editable);
    m_addMenu->setEnabled(editable);
    m_duplicate->setEnabled(editable && (!ids.isEmpty() || menus.size() == 1));
    m_delete->setEnabled(editable && (!ids.isEmpty() || !menus.isEmpty()));
    m_cut->setEnabled(editable && !ids.isEmpty());
    m_copy->setEnabled(m_model && !ids.isEmpty());
    const QMimeData *clip = QGuiApplication::clipboard()->mimeData();
    m_paste->setEnabled(editable && clip && clip->hasFormat(mimeType()));

    m_toggleEnabled->setEnabled(editable && !ids.isEmpty());
    bool enabled = true;
    int m = 0;
    int r = 0;
    if (currentPosition(&m, &r) && r >= 0)
        enabled = m_model->project().menus.at(m).items.at(r).enabled;
    else if (!ids.isEmpty())
        enabled = m_model->project().findItem(ids.first())->enabled;
    m_toggleEnabled->setChecked(enabled);

    // Items move within their menu and across its ends into the neighbouring menu; a single
    // selected menu moves among the menus.
    bool up = false;
    bool down = false;
    if (editable && !ids.isEmpty()) {
        int firstMenu = -1;
        int firstRow = 0;
        int lastRow = 0;
        bool oneMenu = true;
        for (const QString &id : ids) {
            positionOf(m_model, id, &m, &r);
            if (firstMenu < 0) {
                firstMenu = m;
                firstRow = r;
            }
            oneMenu = oneMenu && m == firstMenu;
            lastRow = r;
        }
        const int menuCount = int(m_model->project().menus.size());
        const int itemCount = int(m_model->project().menus.at(firstMenu).items.size());
        up = oneMenu && (firstRow > 0 || firstMenu > 0);
        down = oneMenu && (lastRow < itemCount - 1 || firstMenu < menuCount - 1);
    } else if (editable && ids.isEmpty() && menus.size() == 1) {
        up = menus.first() > 0;
        down = menus.first() < m_model->project().menus.size() - 1;
    }
    m_moveUp->setEnabled(up);
    m_moveDown->setEnabled(down);
}

void ProjectTreeView::insertionPoint(int *menu, int *row) const
{
    const Project &p = m_model->project();
    if (p.menus.isEmpty()) {
        *menu = -1;
        *row = 0;
        return;
    }
    int m = 0;
    int r = 0;
    if (!currentPosition(&m, &r)) {
        m = 0;
        r = -1;
    }
    *menu = m;
    *row = r < 0 ? int(p.menus.at(m).items.size()) : r + 1;
}

Item ProjectTreeView::newItem(Item::Kind kind, int menu) const
{
    Item it;
    it.kind = kind;
    QString base;
    switch (kind) {
    case Item::Kind::Linux:
        base = QStringLiteral("linux");
        it.label = tr("New Linux boot entry");
        break;
    case Item::Kind::Chain:
        base = QStringLiteral("chain");
        it.label = tr("Chain-load a script");
        break;
    case Item::Kind::Sanboot:
        base = QStringLiteral("sanboot");
        it.label = tr("Boot a disk image");
        break;
    case Item::Kind::LocalDisk:
        base = QStringLiteral("local-disk");
        it.label = tr("Boot from local disk");
        it.drive = QStringLiteral("0x80");
        break;
    case Item::Kind::Shell:
        base = QStringLiteral("shell");
        it.label = tr("iPXE shell");
        break;
    case Item::Kind::Reboot:
        base = QStringLiteral("reboot");
        it.label = tr("Reboot");
        break;
    case Item::Kind::Exit:
        base = QStringLiteral("exit");
        it.label = tr("Exit to the firmware");
        break;
    case Item::Kind::Script:
        base = QStringLiteral("script");
        it.label = tr("Custom script");
        break;
    case Item::Kind::Gap:
        base = QStringLiteral("section");
        it.label = tr("New section");
        break;
    case Item::Kind::Submenu: {
        base = QStringLiteral("submenu");
        // Link to the first other menu; the caller makes one when there is none.
        const Project &p = m_model->project();
        for (int m = 0; m < p.menus.size(); ++m) {
            if (m != menu) {
                it.menu = p.menus.at(m).id;
                const QString title = p.menus.at(m).title.isEmpty() ? it.menu : p.menus.at(m).title;
                it.label = tr("%1...").arg(title);
                break;
            }
        }
        break;
    }
    case Item::Kind::Verbatim:
        base = QStringLiteral("raw");
        break;
    }
    it.id = m_model->project().uniqueId(base);
    return it;
}

void ProjectTreeView::addItemOfKind(Item::Kind kind)
{
    if (!canEdit())
        return;
    int menu = 0;
    int row = 0;
    insertionPoint(&menu, &row);
    const bool needsMenu = menu < 0;
    const bool needsTarget = kind == Item::Kind::Submenu && m_model->project().menus.size() < 2;
    MacroScope macro(m_undoStack, tr("Add %1").arg(ProjectModel::kindDisplayName(kind)), needsMenu || needsTarget);
    if (needsMenu) {
        Menu root;
        root.id = m_model->project().uniqueId(QStringLiteral("main"));
        root.title = tr("Boot menu");
        m_undoStack->push(new AddMenu(m_model, 0, root));
        menu = 0;
        row = 0;
    }
    if (needsTarget) {
        Menu target;
        target.id = m_model->project().uniqueId(QStringLiteral("submenu"));
        target.title = tr("Submenu");
        m_undoStack->push(new AddMenu(m_model, int(m_model->project().menus.size()), target));
    }
    const Item it = newItem(kind, menu);
    m_undoStack->push(new AddItem(m_model, menu, row, it));
    selectIds({it.id});
}

void ProjectTreeView::addMenu()
{
    if (!canEdit())
        return;
    int m = 0;
    int r = 0;
    const int index = currentPosition(&m, &r) ? m + 1 : int(m_model->project().menus.size());
    Menu menu;
    menu.id = m_model->project().uniqueId(QStringLiteral("menu"));
    menu.title = tr("New menu");
    m_undoStack->push(new AddMenu(m_model, index, menu));
    setCurrentPosition(index, -1);
}

void ProjectTreeView::duplicateSelection()
{
    if (!canEdit())
        return;
    const QStringList ids = selectedItemIds();
    if (ids.isEmpty()) {
        const QList<int> menus = selectedMenus();
        if (menus.size() != 1)
            return;
        // A menu is copied with all its items; every copy gets a fresh id.
        const Menu &source = m_model->project().menus.at(menus.first());
        Project scratch = m_model->project();
        Menu copy = source;
        copy.id = scratch.uniqueId(source.id);
        copy.title = tr("%1 (copy)").arg(source.title.isEmpty() ? source.id : source.title);
        Menu reserved;
        reserved.id = copy.id;
        scratch.menus.append(reserved);
        for (Item &it : copy.items) {
            const QString oldId = it.id;
            it.id = scratch.uniqueId(oldId);
            if (copy.defaultItem == oldId)
                copy.defaultItem = it.id;
            scratch.menus.last().items.append(it);
        }
        m_undoStack->push(new AddMenu(m_model, menus.first() + 1, copy));
        setCurrentPosition(menus.first() + 1, -1);
        return;
    }
    MacroScope macro(m_undoStack, tr("Duplicate %n item(s)", nullptr, int(ids.size())), ids.size() > 1);
    QStringList copies;
    for (const QString &id : ids) {
        int m = 0;
        int r = 0;
        if (!positionOf(m_model, id, &m, &r))
            continue;
        Item copy = m_model->project().menus.at(m).items.at(r);
        copy.id = m_model->project().uniqueId(id);
        m_undoStack->push(new AddItem(m_model, m, r + 1, copy));
        copies << copy.id;
    }
    selectIds(copies);
}

void ProjectTreeView::deleteSelection()
{
    if (!canEdit())
        return;
    const Project &p = m_model->project();
    QStringList menuIds;
    for (int m : selectedMenus())
        menuIds << p.menus.at(m).id;
    QStringList itemIds;
    for (const QString &id : selectedItemIds()) {
        int m = 0;
        p.findItem(id, &m);
        if (!menuIds.contains(p.menus.at(m).id))
            itemIds << id;
    }
    // Links to a deleted menu would jump nowhere: they go with it.
    for (const Menu &menu : p.menus) {
        if (menuIds.contains(menu.id))
            continue;
        for (const Item &it : menu.items) {
            if (it.kind == Item::Kind::Submenu && menuIds.contains(it.menu) && !itemIds.contains(it.id))
                itemIds << it.id;
        }
    }
    if (menuIds.isEmpty() && itemIds.isEmpty())
        return;

    const QString text = menuIds.isEmpty() ? tr("Delete %n item(s)", nullptr, int(itemIds.size()))
                                            : tr("Delete %n menu(s)", nullptr, int(menuIds.size()));
    MacroScope macro(m_undoStack, text, true);
    for (const QString &id : std::as_const(itemIds)) {
        int m = 0;
        int r = 0;
        if (!positionOf(m_model, id, &m, &r))
            continue;
        // A menu's default entry must exist; without it the menu starts at its first item.
        if (m_model->project().menus.at(m).defaultItem == id) {
            Menu settings = m_model->project().menus.at(m);
            settings.defaultItem.clear();
            m_undoStack->push(new EditMenu(m_model, m, settings));
        }
        m_undoStack->push(new RemoveItem(m_model, m, r));
    }
    for (const QString &id : std::as_const(menuIds)) {
        const int m = m_model->project().menuIndex(id);
        if (m >= 0)
            m_undoStack->push(new RemoveMenu(m_model, m));
    }
}

void ProjectTreeView::setSelectionEnabled(bool enabled)
{
    if (!canEdit())
        return;
    QList<std::pair<int, int>> changes;
    for (const QString &id : selectedItemIds()) {
        int m = 0;
        int r = 0;
        if (positionOf(m_model, id, &m, &r) && m_model->project().menus.at(m).items.at(r).enabled != enabled)
            changes.append({m, r});
    }
    const QString text = enabled ? tr("Enable %n item(s)", nullptr, int(changes.size()))
                                 : tr("Disable %n item(s)", nullptr, int(changes.size()));
    {
        MacroScope macro(m_undoStack, text, changes.size() > 1);
        for (const auto &[m, r] : std::as_const(changes)) {
            Item after = m_model->project().menus.at(m).items.at(r);
            after.enabled = enabled;
            m_undoStack->push(new EditItem(m_model, m, r, after));
        }
    }
    updateActions();
}

void ProjectTreeView::moveSelection(int step)
{
    if (!canEdit())
        return;
    const QStringList ids = selectedItemIds();
    const Project &p = m_model->project();
    if (ids.isEmpty()) {
        const QList<int> menus = selectedMenus();
        if (menus.size() == 1 && menus.first() + step >= 0 && menus.first() + step < p.menus.size())
            moveMenu(menus.first(), menus.first() + step);
        return;
    }
    int menu = -1;
    QList<int> rows;
    for (const QString &id : ids) {
        int m = 0;
        int r = 0;
        positionOf(m_model, id, &m, &r);
        if (menu >= 0 && m != menu)
            return; // items of several menus: no obvious meaning
        menu = m;
        rows << r;
    }
    QString current;
    int cm = 0;
    int cr = 0;
    if (currentPosition(&cm, &cr) && cr >= 0)
        current = p.menus.at(cm).items.at(cr).id;

    const int count = int(p.menus.at(menu).items.size());
    if (step < 0 && rows.first() == 0) {
        if (menu > 0)
            moveItems(ids, menu - 1, int(p.menus.at(menu - 1).items.size()));
    } else if (step > 0 && rows.last() == count - 1) {
        if (menu + 1 < p.menus.size())
            moveItems(ids, menu + 1, 0);
    } else {
        MacroScope macro(m_undoStack, tr("Move %n item(s)", nullptr, int(ids.size())), ids.size() > 1);
        if (step < 0) {
            for (int r : std::as_const(rows))
                m_undoStack->push(new MoveItem(m_model, menu, r, menu, r - 1));
        } else {
            for (auto it = rows.crbegin(); it != rows.crend(); ++it)
                m_undoStack->push(new MoveItem(m_model, menu, *it, menu, *it + 2));
        }
    }
    QStringList selection = ids;
    if (!current.isEmpty()) {
        selection.removeAll(current);
        selection << current;
    }
    selectIds(selection);
}

void ProjectTreeView::moveMenu(int from, int to)
{
    const Menu menu = m_model->project().menus.at(from);
    {
        MacroScope macro(m_undoStack, tr("Move menu"), true);
        m_undoStack->push(new RemoveMenu(m_model, from));
        m_undoStack->push(new AddMenu(m_model, to, menu));
    }
    setCurrentPosition(to, -1);
}

void ProjectTreeView::moveItems(const QStringList &ids, int menu, int row)
{
    if (!canEdit() || menu < 0 || menu >= m_model->project().menus.size())
        return;
    // Plan the moves on a copy of the layout so that no-op moves are left out.
    QList<QStringList> layout;
    for (const Menu &m : m_model->project().menus) {
        QStringList itemIds;
        for (const Item &it : m.items)
            itemIds << it.id;
        layout << itemIds;
    }
    struct Move
    {
        int fromMenu, fromRow, toMenu, toRow;
    };
    QList<Move> moves;
    int target = std::clamp(row, 0, int(layout.at(menu).size()));
    for (const QString &id : ids) {
        int fromMenu = -1;
        int fromRow = -1;
        for (int m = 0; m < layout.size() && fromRow < 0; ++m) {
            fromRow = int(layout.at(m).indexOf(id));
            fromMenu = m;
        }
        if (fromRow < 0)
            continue;
        int landed = fromRow;
        if (fromMenu != menu || (target != fromRow && target != fromRow + 1)) {
            moves.append({fromMenu, fromRow, menu, target});
            layout[fromMenu].removeAt(fromRow);
            landed = (fromMenu == menu && target > fromRow) ? target - 1 : target;
            layout[menu].insert(landed, id);
        }
        target = landed + 1;
    }
    if (moves.isEmpty())
        return;
    {
        MacroScope macro(m_undoStack, tr("Move %n item(s)", nullptr, int(moves.size())), moves.size() > 1);
        for (const Move &mv : std::as_const(moves))
            m_undoStack->push(new MoveItem(m_model, mv.fromMenu, mv.fromRow, mv.toMenu, mv.toRow));
    }
    selectIds(ids);
}

QStringList ProjectTreeView::insertCopies(const QList<Item> &items, int menu, int row)
{
    if (!canEdit() || items.isEmpty())
        return {};
    QStringList ids;
    {
        MacroScope macro(m_undoStack, tr("Insert %n item(s)", nullptr, int(items.size())), true);
        if (m_model->project().menus.isEmpty()) {
            Menu root;
            root.id = m_model->project().uniqueId(QStringLiteral("main"));
            root.title = tr("Boot menu");
            m_undoStack->push(new AddMenu(m_model, 0, root));
            menu = 0;
            row = 0;
        }
        menu = std::clamp(menu, 0, int(m_model->project().menus.size()) - 1);
        row = std::clamp(row, 0, int(m_model->project().menus.at(menu).items.size()));
        for (Item it : items) {
            it.id = m_model->project().uniqueId(it.id);
            m_undoStack->push(new AddItem(m_model, menu, row++, it));
            ids << it.id;
        }
    }
    selectIds(ids);
    return ids;
}

QMimeData *ProjectTreeView::mimeDataForItems(const QList<Item> &items)
{
    QJsonArray array;
    QStringList labels;
    for (const Item &it : items) {
        array.append(ProjectFile::itemToJson(it));
        labels << (it.label.isEmpty() ? it.id : it.label);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("bootlace-items")},
        {QStringLiteral("schema"), kMimeSchema},
        {QStringLiteral("items"), array},
    };
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(root).toJson(QJsonDocument::Compact));
    data->setText(labels.join(QLatin1Char('\n')));
    return data;
}

bool ProjectTreeView::itemsFromMimeData(const QMimeData *data, QList<Item> *items)
{
    if (!data || !data->hasFormat(mimeType()))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data->data(mimeType()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (!schema.isDouble() || schema.toInt() < 1 || schema.toInt() > kMimeSchema)
        return false;
    const QJsonArray array = root.value(QStringLiteral("items")).toArray();
    if (array.isEmpty())
        return false;
    QList<Item> parsed;
    for (const QJsonValue &value : array) {
        Item it;
        if (!value.isObject() || !ProjectFile::itemFromJson(value.toObject(), &it))
            return false; // all or nothing: a half paste would be a surprise
        parsed << it;
    }
    *items = parsed;
    return true;
}

void ProjectTreeView::copySelection()
{
    const QList<Item> items = m_model ? selectedItems() : QList<Item>();
    if (!items.isEmpty())
        QGuiApplication::clipboard()->setMimeData(mimeDataForItems(items));
}

void ProjectTreeView::cutSelection()
{
    if (!canEdit() || selectedItemIds().isEmpty())
        return;
    copySelection();
    deleteSelection();
}

void ProjectTreeView::paste()
{
    if (!canEdit())
        return;
    QList<Item> items;
    if (!itemsFromMimeData(QGuiApplication::clipboard()->mimeData(), &items))
        return;
    int menu = 0;
    int row = 0;
    insertionPoint(&menu, &row);
    insertCopies(items, menu, row);
}

// --- drag and drop ---------------------------------------------------------------------------

void ProjectTreeView::startDrag(Qt::DropActions)
{
    const QList<Item> items = m_model ? selectedItems() : QList<Item>();
    if (items.isEmpty())
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeDataForItems(items));
    QRect area;
    for (const QString &id : selectedItemIds()) {
        const QModelIndex index = m_model->indexForId(id);
        area = area.united(visualRect(index).united(visualRect(index.siblingAtColumn(ProjectModel::KindColumn))));
    }
    area = area.intersected(viewport()->rect());
    if (!area.isEmpty() && area.height() < 400) {
        drag->setPixmap(viewport()->grab(area));
        drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - area.topLeft());
    }
    // A drop in this view moves (dropEvent pushes the commands); elsewhere it copies, so a
    // drop into another window never takes items out of this project.
    drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
}

void ProjectTreeView::dragEnterEvent(QDragEnterEvent *event)
{
    if (canEdit() && event->mimeData()->hasFormat(mimeType())) {
        event->accept();
        setState(DraggingState);
    } else {
        event->ignore();
    }
}

void ProjectTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    // The base class scrolls near the edges; it refuses the drop itself (the model accepts
    // no mime data), which is decided below.
    QTreeView::dragMoveEvent(event);
    int menu = 0;
    int row = 0;
    QRect indicator;
    if (!canEdit() || !event->mimeData()->hasFormat(mimeType())
        || !dropTargetAt(event->position().toPoint(), &menu, &row, &indicator)) {
        m_dropIndicatorShown = false;
        event->ignore();
    } else {
        const bool internal = event->source() == this && event->proposedAction() != Qt::CopyAction;
        event->setDropAction(internal ? Qt::MoveAction : Qt::CopyAction);
        event->accept();
        m_dropIndicatorShown = true;
        m_dropIndicator = indicator;
    }
    viewport()->update();
}

void ProjectTreeView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QTreeView::dragLeaveEvent(event);
    m_dropIndicatorShown = false;
    viewport()->update();
}

void ProjectTreeView::dropEvent(QDropEvent *event)
{
    stopAutoScroll();
    setState(NoState);
    m_dropIndicatorShown = false;
    viewport()->update();
    int menu = 0;
    int row = 0;
    QRect indicator;
    QList<Item> items;
    if (!canEdit() || !dropTargetAt(event->position().toPoint(), &menu, &row, &indicator)
        || !itemsFromMimeData(event->mimeData(), &items)) {
        event->ignore();
        return;
    }
    if (event->source() == this && event->dropAction() != Qt::CopyAction) {
        QStringList ids;
        for (const Item &it : std::as_const(items))
            ids << it.id;
        moveItems(ids, menu, row);
        event->setDropAction(Qt::MoveAction);
    } else {
        insertCopies(items, menu, row);
        event->setDropAction(Qt::CopyAction);
    }
    event->accept();
}

bool ProjectTreeView::dropTargetAt(const QPoint &pos, int *menu, int *row, QRect *indicator) const
{
    if (!m_model || m_model->rowCount() == 0)
        return false;
    auto rowRect = [this](const QModelIndex &index) {
        QRect rect = visualRect(index.siblingAtColumn(0));
        rect.setRight(viewport()->width() - 1);
        return rect;
    };
    auto lastVisibleRow = [this](int m) {
        const QModelIndex menuIndex = m_model->menuIndex(m);
        const int count = m_model->rowCount(menuIndex);
        return (count > 0 && isExpanded(menuIndex)) ? m_model->itemIndex(m, count - 1) : menuIndex;
    };
    auto lineBelow = [&](const QModelIndex &index) {
        const QRect r = rowRect(index);
        return QRect(r.left(), r.bottom() + 1, r.width(), 0);
    };
    auto lineAbove = [&](const QModelIndex &index) {
        const QRect r = rowRect(index);
        return QRect(r.left(), r.top(), r.width(), 0);
    };

    const QModelIndex index = indexAt(pos);
    if (!index.isValid()) {
        // Empty space below the rows: the end of the last menu.
        *menu = m_model->rowCount() - 1;
        *row = m_model->rowCount(m_model->menuIndex(*menu));
        *indicator = lineBelow(lastVisibleRow(*menu));
        return true;
    }
    int m = 0;
    int r = 0;
    ProjectModel::position(index, &m, &r);
    const QRect rect = rowRect(index);
    if (r >= 0) {
        const bool above = pos.y() < rect.center().y();
        *menu = m;
        *row = above ? r : r + 1;
        *indicator = above ? lineAbove(index) : lineBelow(index);
        return true;
    }
    // On a menu row: its top edge means the end of the menu before it, its bottom edge (when
    // expanded) the top of its own list, and the middle the end of its list.
    const QModelIndex menuIndex = m_model->menuIndex(m);
    const int count = m_model->rowCount(menuIndex);
    const int margin = std::clamp(rect.height() / 4, 2, 12);
    if (pos.y() < rect.top() + margin && m > 0) {
        *menu = m - 1;
        *row = m_model->rowCount(m_model->menuIndex(m - 1));
        *indicator = lineAbove(index);
    } else if (pos.y() > rect.bottom() - margin && count > 0 && isExpanded(menuIndex)) {
        *menu = m;
        *row = 0;
        *indicator = lineBelow(index);
    } else {
        *menu = m;
        *row = count;
        *indicator = rect.adjusted(0, 0, 0, -1);
    }
    return true;
}

void ProjectTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_dropIndicatorShown)
        return;
    QPainter painter(viewport());
    QStyleOption option;
    option.initFrom(this);
    option.rect = m_dropIndicator;
    style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemDrop, &option, &painter, this);
}

void ProjectTreeView::drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Disabled items stay selectable and editable, so they are greyed here rather than given
    // a disabled flag in the model (which would also make them unselectable).
    if (index.data(ProjectModel::EnabledRole).toBool()) {
        QTreeView::drawRow(painter, option, index);
        return;
    }
    QStyleOptionViewItem greyed = option;
    greyed.palette.setBrush(QPalette::Text, option.palette.brush(QPalette::Disabled, QPalette::Text));
    QTreeView::drawRow(painter, greyed, index);
}

} // namespace Bootlace
