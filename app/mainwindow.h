#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QStackedWidget;

namespace Bootlace {

class DiagnosticsPane;
class ItemEditor;
class MenuEditor;
class MenuSimulatorWidget;
class PreviewPane;
class PreviewUpdater;
class ProjectDocument;
class ProjectTreeView;
class TestBootWindow;
class RecoveryStore;
class Settings;

// The editor window: the project tree with the form of the selected item, and docks for the
// generated script, its diagnostics and the simulated menu screen. It shows one
// ProjectDocument; every edit goes through the document's undo stack.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // settings must outlive the window; recovery may be null (no crash recovery).
    explicit MainWindow(Settings *settings, RecoveryStore *recovery = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document; }

    // Loads a project file; on failure the window stays as it was and the error is shown.
    bool openProject(const QString &fileName);
    // Imports a hand-written iPXE script as a new, unsaved project.
    bool importMenu(const QString &fileName);
    bool exportMenu(const QString &fileName);
    bool save();
    bool saveAs(const QString &fileName = {});

    // Offers to restore work left behind by a crashed session; call once after start.
    void offerRecovery();

    QAction *testBootAction() const { return m_testBootAction; }
    // The Test Boot window, created by the first use of the action (null before).
    TestBootWindow *testBootWindow() const;
    void showTestBoot();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void newProject();
    void openProjectDialog();
    void importMenuDialog();
    void exportMenuDialog();
    void showPreferences();
    void showAbout();
    bool maybeSave();
    void updateTitle();
    void updateRecentMenu();
    void updateStatus();
    void currentChanged(int menu, int row);
    void selectId(const QString &id);
    void applyPreviewTheme();
    void showChangedOnDisk();
    void reloadFromDisk();
    void showError(const QString &title, const QString &message);

    Settings *m_settings;
    RecoveryStore *m_recovery;
    ProjectDocument *m_document;
    PreviewUpdater *m_updater;

    ProjectTreeView *m_tree = nullptr;
    QStackedWidget *m_forms = nullptr;
    ItemEditor *m_itemEditor = nullptr;
    MenuEditor *m_menuEditor = nullptr;
    QLabel *m_noSelection = nullptr;
    PreviewPane *m_preview = nullptr;
    DiagnosticsPane *m_diagnostics = nullptr;
    MenuSimulatorWidget *m_simulator = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    QDockWidget *m_simulatorDock = nullptr;
    QFrame *m_diskBanner = nullptr;
    QLabel *m_statusCounts = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_lastSelectedId;
    QAction *m_testBootAction = nullptr;
    QPointer<TestBootWindow> m_testBoot;
};

} // namespace Bootlace
