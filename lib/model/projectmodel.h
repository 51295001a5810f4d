#pragma once

#include "model/project.h"

#include <QAbstractItemModel>

namespace Bootlace {

// The project as a tree for views: menus at the top level, their items below. It owns the
// Project and is the only way to change it, so every change is announced to views with the
// right begin/end signals; undo commands call the mutation functions, widgets never do.
class ProjectModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Item::Kind as int, -1 for a menu
        IdRole,
        EnabledRole,
    };
    enum Column { LabelColumn, KindColumn, ColumnCount };

    explicit ProjectModel(QObject *parent = nullptr);
    ~ProjectModel() override;

    const Project &project() const { return m_project; }
    void setProject(const Project &project); // resets views; not an undoable edit

    // Index helpers.
    QModelIndex menuIndex(int menu) const;
    QModelIndex itemIndex(int menu, int row) const;
    QModelIndex indexForId(const QString &id) const;
    // For an item index: its menu row and item row; for a menu index: (menu, -1).
    static bool position(const QModelIndex &index, int *menu, int *row);

    // Mutations, used by the undo commands.
    void insertItem(int menu, int row, const Item &item);
    Item takeItem(int menu, int row);
    void replaceItem(int menu, int row, const Item &item);
    void moveItem(int fromMenu, int fromRow, int toMenu, int toRow); // toRow counted before removal
    void insertMenu(int index, const Menu &menu);
    Menu takeMenu(int index);
    void replaceMenuSettings(int index, const Menu &settings); // id, title, default, timeout
    void setVariables(const QList<Variable> &variables);
    void setPublishTargets(const QList<PublishTarget> &targets);
    void setProjectSettings(const QString &name, const QString &buildProfile, const QString &preamble,
                            const QString &epilogue);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString kindDisplayName(Item::Kind kind);

Q_SIGNALS:
    // Anything in the project changed: the generated script may be different now.
    void projectChanged();

private:
    Project m_project;
};

} // namespace Bootlace
