#pragma once

#include "model/item.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace Bootlace {

class ProjectModel;
class ProvenanceView;

// The form for one menu item: the fields every item has (id, label, hotkey, enabled, platform)
// and those of its kind (kernel, initrds and arguments, a URL, a drive, a submenu, a script).
// Every change is an EditItem on the undo stack, named after its field so that typing merges
// into one step; the form follows the model, so undo and redo show up in it.
class ItemEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemEditor)

public:
    explicit ItemEditor(QWidget *parent = nullptr);
    ~ItemEditor() override;

    void setProjectModel(ProjectModel *model);
    void setUndoStack(QUndoStack *stack);
    // Shows the item at `row` of `menu`; a negative row (a menu) or no such item empties the form.
    // The form keeps following that item when rows move.
    void setCurrent(int menu, int row);
    // Where the item shown is now; false when the form is empty.
    bool currentPosition(int *menu, int *row) const;

    // What is wrong with a URL the client is to fetch, or an empty string. Accepted: http,
    // https, tftp, ftp, nfs and iscsi URLs, and anything starting with a ${variable}.
    static QString urlProblem(const QString &url);

private:
    void buildForm();
    void refresh();
    void showKind(Item::Kind kind);
    void setRowVisible(QWidget *field, bool visible);
    void edit(const QString &field, const std::function<void(Item &)> &change);
    void commitId();
    void updateIdProblem();
    QString idProblem(const QString &id) const;
    void commitInitrds(int currentRow);
    void moveInitrd(int step);

    QPointer<ProjectModel> m_model;
    QPointer<QUndoStack> m_undoStack;
    QPersistentModelIndex m_index;
    bool m_refreshing = false;
    bool m_idDirty = false; // the id field holds text the user has not committed yet
    int m_kindShown = -1;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_description = nullptr;
    QGridLayout *m_grid = nullptr;
    QHash<QWidget *, QLabel *> m_rowLabels;

    ProvenanceView *m_provenance = nullptr; // where a GitLab-built entry came from
    QLineEdit *m_id = nullptr;
    QLabel *m_idHint = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_hotkey = nullptr;
    QLabel *m_hotkeyHint = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_mirror = nullptr; // GitLab-built entries: publish a copy of the artifacts
    QCheckBox *m_fallback = nullptr; // ... and fall back to GitLab's URL when the copy is missing
    QComboBox *m_firmware = nullptr;
    QComboBox *m_arch = nullptr;
    QLineEdit *m_kernel = nullptr;
    QLabel *m_kernelHint = nullptr;
    QListWidget *m_initrds = nullptr;
    QPushButton *m_addInitrd = nullptr;
    QPushButton *m_removeInitrd = nullptr;
    QPushButton *m_initrdUp = nullptr;
    QPushButton *m_initrdDown = nullptr;
    QLabel *m_initrdHint = nullptr;
    QPlainTextEdit *m_args = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlHint = nullptr;
    QLineEdit *m_drive = nullptr;
    QLabel *m_driveHint = nullptr;
    QLabel *m_driveNote = nullptr;
    QComboBox *m_targetMenu = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QLabel *m_scriptNote = nullptr;

    // The form rows (their field widgets), shown or hidden by kind.
    QWidget *m_labelRow = nullptr;
    QWidget *m_hotkeyRow = nullptr;
    QWidget *m_platformRow = nullptr;
    QWidget *m_kernelRow = nullptr;
    QWidget *m_initrdRow = nullptr;
    QWidget *m_argsRow = nullptr;
    QWidget *m_urlRow = nullptr;
    QWidget *m_driveRow = nullptr;
    QWidget *m_menuRow = nullptr;
    QWidget *m_scriptRow = nullptr;
};

} // namespace Bootlace
