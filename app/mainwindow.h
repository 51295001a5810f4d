#pragma once

#include "model/project.h"

#include <QMainWindow>

class QPlainTextEdit;
class QTreeWidget;

namespace Bootlace {

// The main window: the project's menus and items on the left and the generated menu.ipxe on
// the right. Editing forms, diagnostics and the simulator arrive with the editor work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a project file; on failure the window stays as it was and the error is shown.
    bool openProject(const QString &fileName);

private:
    void showProject();
    void openProjectDialog();

    Project m_project;
    QString m_fileName;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_preview = nullptr;
};

} // namespace Bootlace
