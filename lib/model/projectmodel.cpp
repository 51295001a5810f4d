#include "model/projectmodel.h"

#include <QCoreApplication>
#include <QFont>

namespace Bootlace {

namespace {
// internalId 0 marks a menu; menu + 1 marks an item of that menu.
constexpr quintptr kMenuTag = 0;
} // namespace

ProjectModel::ProjectModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ProjectModel::~ProjectModel() = default;

void ProjectModel::setProject(const Project &project)
{
    beginResetModel();
    m_project = project;
    endResetModel();
    Q_EMIT projectChanged();
}

QModelIndex ProjectModel::menuIndex(int menu) const
{
    return index(menu, 0);
}

QModelIndex ProjectModel::itemIndex(int menu, int row) const
{
    return index(row, 0, menuIndex(menu));
}

QModelIndex ProjectModel::indexForId(const QString &id) const
{
    for (int m = 0; m < m_project.menus.size(); ++m) {
        const Menu &menu = m_project.menus.at(m);
        if (menu.id == id)
            return menuIndex(m);
        const int row = menu.indexOf(id);
        if (row >= 0)
            return itemIndex(m, row);
    }
    return {};
}

bool ProjectModel::position(const QModelIndex &index, int *menu, int *row)
{
    if (!index.isValid())
        return false;
    if (index.internalId() == kMenuTag) {
        *menu = index.row();
        *row = -1;
    } else {
        *menu = int(index.internalId() - 1);
        *row = index.row();
    }
    return true;
}

void ProjectModel::insertItem(int menu, int row, const Item &item)
{
    beginInsertRows(menuIndex(menu), row, row);
    m_project.menus[menu].items.insert(row, item);
    endInsertRows();
    Q_EMIT projectChanged();
}

Item ProjectModel::takeItem(int menu, int row)
{
    beginRemoveRows(menuIndex(menu), row, row);
    Item item = m_project.menus[menu].items.takeAt(row);
    endRemoveRows();
    Q_EMIT projectChanged();
    return item;
}

void ProjectModel::replaceItem(int menu, int row, const Item &item)
{
    m_project.menus[menu].items[row] = item;
    Q_EMIT dataChanged(index(row, 0, menuIndex(menu)), index(row, ColumnCount - 1, menuIndex(menu)));
    Q_EMIT projectChanged();
}

void ProjectModel::moveItem(int fromMenu, int fromRow, int toMenu, int toRow)
{
    if (fromMenu == toMenu && (toRow == fromRow || toRow == fromRow + 1))
        return;
    if (!beginMoveRows(menuIndex(fromMenu), fromRow, fromRow, menuIndex(toMenu), toRow))
        return;
    Item item = m_project.menus[fromMenu].items.takeAt(fromRow);
    const int insertAt = (fromMenu == toMenu && toRow > fromRow) ? toRow - 1 : toRow;
    m_project.menus[toMenu].items.insert(insertAt, item);
    endMoveRows();
    Q_EMIT projectChanged();
}

void ProjectModel::insertMenu(int index, const Menu &menu)
{
    beginInsertRows({}, index, index);
    m_project.menus.insert(index, menu);
    endInsertRows();
    Q_EMIT projectChanged();
}

Menu ProjectModel::takeMenu(int index)
{
    beginRemoveRows({}, index, index);
    Menu menu = m_project.menus.takeAt(index);
    endRemoveRows();
    Q_EMIT projectChanged();
    return menu;
}

void ProjectModel::replaceMenuSettings(int index, const Menu &settings)
{
    Menu &menu = m_project.menus[index];
    menu.id = settings.id;
    menu.title = settings.title;
    menu.defaultItem = settings.defaultItem;
    menu.timeoutMs = settings.timeoutMs;
    Q_EMIT dataChanged(menuIndex(index), this->index(index, ColumnCount - 1));
    Q_EMIT projectChanged();
}

void ProjectModel::setVariables(const QList<Variable> &variables)
{
    m_project.variables = variables;
    Q_EMIT projectChanged();
}

void ProjectModel::setPublishTargets(const QList<PublishTarget> &targets)
{
    m_project.targets = targets;
    Q_EMIT projectChanged();
}

void ProjectModel::setProjectSettings(const QString &name, const QString &buildProfile, const QString &preamble,
                                      const QString &epilogue)
{
    m_project.name = name;
    m_project.buildProfile = buildProfile;
    m_project.preamble = preamble;
    m_project.epilogue = epilogue;
    Q_EMIT projectChanged();
}

QModelIndex ProjectModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_project.menus.size() ? createIndex(row, column, kMenuTag) : QModelIndex();
    if (parent.internalId() != kMenuTag || parent.row() >= m_project.menus.size())
        return {};
    if (row >= m_project.menus.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProjectModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kMenuTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kMenuTag);
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_project.menus.size());
    if (parent.internalId() != kMenuTag || parent.column() != 0)
        return 0;
    return int(m_project.menus.at(parent.row()).items.size());
}

int ProjectModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    int m = 0;
    int row = 0;
    if (!position(index, &m, &row))
        return {};
    const Menu &menu = m_project.menus.at(m);
    if (row < 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == KindColumn)
                return QCoreApplication::translate("Bootlace::ProjectModel", "Menu");
            return menu.title.isEmpty() ? menu.id : menu.title;
        case KindRole: return -1;
        case IdRole: return menu.id;
        case EnabledRole: return true;
        default: return {};
        }
    }
    const Item &it = menu.items.at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KindColumn) {
            // Which entries boot from the publish target's copy instead of from GitLab.
            if (!it.source.isEmpty() && it.source.mirror)
                return QCoreApplication::translate("Bootlace::ProjectModel", "%1, mirrored").arg(kindDisplayName(it.kind));
            return kindDisplayName(it.kind);
        }
        if (it.kind == Item::Kind::Verbatim)
            return it.script.section(QLatin1Char('\n'), 0, 0);
        if (it.kind == Item::Kind::Gap && it.label.isEmpty())
            return QCoreApplication::translate("Bootlace::ProjectModel", "(blank line)");
        return it.label.isEmpty() ? it.id : it.label;
    case Qt::ToolTipRole:
        if (!it.source.isEmpty() && it.source.mirror)
            return QString(it.id + QLatin1Char('\n')
                           + QCoreApplication::translate("Bootlace::ProjectModel",
                                                         "Boots from the publish target's copy of its GitLab artifacts."));
        return it.id;
    case Qt::FontRole: {
        // Section headings stand out; disabled items are set in italics (views grey them too).
        const bool bold = it.kind == Item::Kind::Gap && index.column() == LabelColumn;
        if (!bold && it.enabled)
            return {};
        QFont font;
        font.setBold(bold);
        font.setItalic(!it.enabled);
        return font;
    }
    case KindRole: return int(it.kind);
    case IdRole: return it.id;
    case EnabledRole: return it.enabled;
    default: return {};
    }
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? QCoreApplication::translate("Bootlace::ProjectModel", "Item")
                                  : QCoreApplication::translate("Bootlace::ProjectModel", "Kind");
}

Qt::ItemFlags ProjectModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    int m = 0;
    int row = 0;
    position(index, &m, &row);
    if (row < 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QString ProjectModel::kindDisplayName(Item::Kind kind)
{
    const char *name = "";
    switch (kind) {
    case Item::Kind::Gap: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "Section"); break;
    case Item::Kind::Submenu: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "Submenu"); break;
    case Item::Kind::Linux: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "Linux"); break;
    case Item::Kind::Chain: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "Chain"); break;
    case Item::Kind::Sanboot: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "SAN boot"); break;
    case Item::Kind::LocalDisk: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "Local disk"); break;
    case Item::Kind::Shell: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "iPXE shell"); break;
    case Item::Kind::Reboot: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "Reboot"); break;
    case Item::Kind::Exit: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "Exit"); break;
    case Item::Kind::Script: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "Script"); break;
    case Item::Kind::Verbatim: name = QT_TRANSLATE_NOOP("Bootlace::ProjectModel", "Raw lines"); break;
    }
    return QCoreApplication::translate("Bootlace::ProjectModel", name);
}

} // namespace Bootlace
