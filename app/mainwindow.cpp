#include "mainwindow.h"

#include "editor/itemeditor.h"
#include "editor/menueditor.h"
#include "editor/projecttreeview.h"
#include "gitlab/gitlabaccountsdialog.h"
#include "gitlab/gitlabbrowser.h"
#include "ipxe/previewupdater.h"
#include "ipxe/scriptimporter.h"
#include "ipxe/scriptwriter.h"
#include "model/atomicfile.h"
#include "model/commands/updateentriesfromsource.h"
#include "model/projectdocument.h"
#include "model/projectmodel.h"
#include "model/recoverystore.h"
#include "preferencesdialog.h"
#include "projectsettingsdialog.h"
#include "publish/bootstrapkitdialog.h"
#include "publish/publishdialog.h"
#include "publish/publishhistorydialog.h"
#include "publish/publishtargetsdialog.h"
#include "preview/diagnosticspane.h"
#include "preview/menusimulatorwidget.h"
#include "preview/previewpane.h"
#include "settings/settings.h"
#include "testboot/testbootwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QFile>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Bootlace {

MainWindow::MainWindow(Settings *settings, RecoveryStore *recovery, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_recovery(recovery)
    , m_document(new ProjectDocument(recovery, this))
    , m_updater(new PreviewUpdater(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1280, 800);

    m_tree = new ProjectTreeView(this);
    m_tree->setProjectModel(m_document->model());
    m_tree->setUndoStack(m_document->undoStack());
    m_tree->setAccessibleName(tr("Menus and entries"));

    m_itemEditor = new ItemEditor(this);
    m_itemEditor->setProjectModel(m_document->model());
    m_itemEditor->setUndoStack(m_document->undoStack());
    m_menuEditor = new MenuEditor(this);
    m_menuEditor->setProjectModel(m_document->model());
    m_menuEditor->setUndoStack(m_document->undoStack());
    m_noSelection = new QLabel(tr("Select a menu or an entry to edit it."), this);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_forms = new QStackedWidget(this);
    m_forms->addWidget(m_noSelection);
    m_forms->addWidget(m_menuEditor);
    m_forms->addWidget(m_itemEditor);

    // A banner for changes made to the file by someone else; hidden until it happens.
    m_diskBanner = new QFrame(this);
    m_diskBanner->setFrameShape(QFrame::StyledPanel);
    m_diskBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_diskBanner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    m_diskBanner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_diskBanner);
    auto *bannerText = new QLabel(tr("The project file was changed on disk by another program."), m_diskBanner);
    auto *reload = new QPushButton(tr("&Reload from disk"), m_diskBanner);
    auto *keep = new QPushButton(tr("&Keep my version"), m_diskBanner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(reload);
    bannerLayout->addWidget(keep);
    m_diskBanner->hide();
    connect(reload, &QPushButton::clicked, this, &MainWindow::reloadFromDisk);
    connect(keep, &QPushButton::clicked, m_diskBanner, &QWidget::hide);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_forms);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({330, 420});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_diskBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    createDocks();
    createActions();

    m_statusCounts = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_tree, &ProjectTreeView::currentItemChanged, this, &MainWindow::currentChanged);
    connect(m_document->model(), &ProjectModel::projectChanged, this, [this] {
        m_updater->setProject(m_document->model()->project());
        m_simulator->setProject(m_document->model()->project());
        updateStatus();
    });
    connect(m_updater, &PreviewUpdater::updated, this, [this](const PreviewUpdater::Result &r) {
        m_preview->setScript(r.script, r.map);
        m_preview->setDiagnostics(r.diagnostics);
        m_diagnostics->setDiagnostics(r.diagnostics);
        if (!m_lastSelectedId.isEmpty())
            m_preview->highlightItem(m_lastSelectedId);
        updateStatus();
    });
    connect(m_preview, &PreviewPane::itemActivated, this, &MainWindow::selectId);
    connect(m_diagnostics, &DiagnosticsPane::lineActivated, this, [this](int line) {
        m_preview->goToLine(line);
        const QString id = m_preview->idAtLine(line);
        if (!id.isEmpty())
            selectId(id);
    });
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::changedOnDisk, this, &MainWindow::showChangedOnDisk);
    connect(m_settings, &Settings::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_settings, &Settings::lintProfileOverrideChanged, this,
            [this] { m_updater->setBuildProfile(m_settings->lintProfileOverride()); });
    connect(m_settings, &Settings::previewThemeChanged, this, &MainWindow::applyPreviewTheme);
    connect(m_settings, &Settings::autosaveIntervalChanged, this,
            [this] { m_document->setAutosaveInterval(m_settings->autosaveIntervalSeconds()); });

    m_updater->setBuildProfile(m_settings->lintProfileOverride());
    m_document->setAutosaveInterval(m_settings->autosaveIntervalSeconds());
    applyPreviewTheme();
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());

    m_updater->setProject(m_document->model()->project());
    m_simulator->setProject(m_document->model()->project());
    updateTitle();
    updateRecentMenu();
    updateStatus();
    m_tree->setCurrentPosition(0, -1);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_preview = new PreviewPane(this);
    m_previewDock = new QDockWidget(tr("menu.ipxe"), this);
    m_previewDock->setObjectName(QStringLiteral("PreviewDock"));
    m_previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);

    m_simulator = new MenuSimulatorWidget(this);
    m_simulatorDock = new QDockWidget(tr("Menu simulator"), this);
    m_simulatorDock->setObjectName(QStringLiteral("SimulatorDock"));
    m_simulatorDock->setWidget(m_simulator);
    addDockWidget(Qt::RightDockWidgetArea, m_simulatorDock);
    tabifyDockWidget(m_previewDock, m_simulatorDock);
    m_previewDock->raise();

    m_diagnostics = new DiagnosticsPane(this);
    m_diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    m_diagnosticsDock->setObjectName(QStringLiteral("DiagnosticsDock"));
    m_diagnosticsDock->setWidget(m_diagnostics);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    // GitLab CI builds → entries (app/gitlab); hidden until the user opens it.
    auto *gitlab = new GitlabBrowser(m_settings, new QNetworkAccessManager(this), this);
    auto *gitlabDock = new QDockWidget(tr("GitLab"), this);
    gitlabDock->setObjectName(QStringLiteral("GitlabDock"));
    gitlabDock->setWidget(gitlab);
    addDockWidget(Qt::LeftDockWidgetArea, gitlabDock);
    gitlabDock->hide();
    connect(gitlab, &GitlabBrowser::entryCreated, this, [this](const Item &item) {
        int menu = 0, row = -1;
        m_itemEditor->currentPosition(&menu, &row);
        GitlabBrowser::insertEntry(m_document->model(), m_document->undoStack(), item, menu, row);
    });
    connect(gitlab, &GitlabBrowser::newSuccessfulPipeline, this, [this](const QString &ref, qint64 pipeline) {
        statusBar()->showMessage(tr("GitLab: new successful pipeline #%1 on %2").arg(pipeline).arg(ref), 10000);
    });
    connect(gitlab, &GitlabBrowser::updateEntriesRequested, this, [this](const ArtifactSource &origin, const ArtifactSource &build) {
        auto *update = new UpdateEntriesFromSource(m_document->model(), origin, build);
        if (update->count() > 0)
            m_document->undoStack()->push(update);
        else
            delete update;
    });
    resizeDocks({m_previewDock}, {520}, Qt::Horizontal);
    resizeDocks({m_diagnosticsDock}, {130}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, [this] { saveAs(); });
    file->addSeparator();
    file->addAction(tr("&Import iPXE Menu..."), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importMenuDialog);
    file->addAction(tr("&Export menu.ipxe..."), QKeySequence(tr("Ctrl+Shift+E")), this, &MainWindow::exportMenuDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_tree->cutAction());
    edit->addAction(m_tree->copyAction());
    edit->addAction(m_tree->pasteAction());
    edit->addAction(m_tree->duplicateAction());
    edit->addAction(m_tree->deleteAction());
    edit->addSeparator();
    edit->addAction(m_tree->toggleEnabledAction());
    edit->addAction(m_tree->moveUpAction());
    edit->addAction(m_tree->moveDownAction());
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Preferences..."), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    if (prefs->shortcut().isEmpty())
        prefs->setShortcut(QKeySequence(tr("Ctrl+,")));
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(tr("Project &Settings..."), QKeySequence(tr("Ctrl+Shift+P")), this, [this] {
        ProjectSettingsDialog dialog(m_document->model(), m_document->undoStack(), this);
        dialog.exec();
    });
    project->addSeparator();
    m_testBootAction = project->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Test Boot..."),
                                          QKeySequence(Qt::Key_F5), this, &MainWindow::showTestBoot);
    m_testBootAction->setObjectName(QStringLiteral("testBootAction"));
    const QString testBootMissing = TestBootWindow::unavailableReason();
    m_testBootAction->setEnabled(testBootMissing.isEmpty());
    m_testBootAction->setToolTip(testBootMissing.isEmpty()
                                     ? tr("Boot this menu in real iPXE in a virtual machine (F5)")
                                     : testBootMissing);
    m_testBootAction->setStatusTip(m_testBootAction->toolTip());
    project->setToolTipsVisible(true);
    project->addAction(tr("&Publish..."), QKeySequence(tr("Ctrl+Shift+U")), this, [this] {
        PublishDialog dialog(m_document->model()->project(), m_document->fileName(), this);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("GitlabDock")))
            dialog.setNetwork(static_cast<GitlabBrowser *>(dock->widget())->network());
        dialog.exec();
    });
    project->addAction(tr("Publish &Targets..."), this,
                       [this] { PublishTargetsDialog(m_document->model(), m_document->undoStack(), this).exec(); });
    project->addAction(tr("Publish &History..."), this,
                       [this] { PublishHistoryDialog(m_document->model()->project(), m_document->fileName(), this).exec(); });
    project->addAction(tr("&Bootstrap Kit..."), this, [this] { BootstrapKitDialog(m_document->model()->project(), this).exec(); });

    auto *gitlabDock = findChild<QDockWidget *>(QStringLiteral("GitlabDock"));
    project->addAction(tr("&GitLab Accounts..."), this, [this, gitlabDock] {
        GitlabAccountsDialog dialog(m_settings, static_cast<GitlabBrowser *>(gitlabDock->widget())->network(), this);
        dialog.exec();
    });

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    insert->addMenu(m_tree->addEntryMenu());
    insert->addAction(m_tree->addMenuAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_previewDock->toggleViewAction());
    view->addAction(m_simulatorDock->toggleViewAction());
    view->addAction(gitlabDock->toggleViewAction());
    view->addAction(m_diagnosticsDock->toggleViewAction());
    m_previewDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+1")));
    m_simulatorDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+2")));
    m_diagnosticsDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+3")));
    gitlabDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+4")));
    view->addSeparator();
    view->addAction(tr("Focus the &Tree"), QKeySequence(tr("Alt+1")), this, [this] { m_tree->setFocus(); });
    view->addAction(tr("Focus the &Form"), QKeySequence(tr("Alt+2")), this,
                    [this] { m_forms->currentWidget()->setFocus(Qt::TabFocusReason); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Bootlace"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->addAction(m_tree->addEntryAction());
    bar->addAction(m_tree->addMenuAction());
    bar->addAction(m_tree->duplicateAction());
    bar->addAction(m_tree->deleteAction());
    bar->addSeparator();
    bar->addAction(m_tree->moveUpAction());
    bar->addAction(m_tree->moveDownAction());
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(m_testBootAction);
}

TestBootWindow *MainWindow::testBootWindow() const
{
    return m_testBoot.data();
}

void MainWindow::showTestBoot()
{
    if (!m_testBoot) {
        m_testBoot = new TestBootWindow([this] { return m_document->model()->project(); }, this);
        // A "www" folder beside the project file is what the test boot serves by default.
        const QString file = m_document->fileName();
        const QString www = file.isEmpty() ? QString() : QFileInfo(file).absolutePath() + QStringLiteral("/www");
        if (QFileInfo(www).isDir())
            m_testBoot->setServedFolder(www);
    }
    m_testBoot->setWindowTitle(tr("Test Boot — %1").arg(windowTitle().remove(QStringLiteral("[*]"))));
    m_testBoot->show();
    m_testBoot->raise();
    m_testBoot->activateWindow();
}

bool MainWindow::openProject(const QString &fileName)
{
    const QString error = m_document->load(fileName);
    if (!error.isEmpty()) {
        showError(tr("Could not open the project"), error);
        m_settings->removeRecentFile(fileName);
        return false;
    }
    m_settings->addRecentFile(fileName);
    m_diskBanner->hide();
    m_tree->expandAll();
    m_tree->setCurrentPosition(0, -1);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(fileName)), 4000);
    return true;
}

bool MainWindow::importMenu(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(tr("Could not import the menu"), tr("Cannot open %1: %2").arg(fileName, f.errorString()));
        return false;
    }
    const ScriptImporter::Result result = ScriptImporter::import(QString::fromUtf8(f.readAll()));
    if (!result.ok()) {
        showError(tr("Could not import the menu"), fileName + QStringLiteral(": ") + result.error);
        return false;
    }
    Project project = result.project;
    if (project.name.isEmpty())
        project.name = QFileInfo(fileName).completeBaseName();
    m_document->adopt(project, QString());
    m_diskBanner->hide();
    m_tree->expandAll();
    m_tree->setCurrentPosition(0, -1);
    if (!result.keptRaw.isEmpty() || !result.notes.isEmpty()) {
        QStringList lines;
        for (const ScriptImporter::KeptRaw &raw : result.keptRaw) {
            lines << tr("Lines %1-%2 (%3): %4").arg(raw.firstLine).arg(raw.lastLine).arg(raw.where, raw.reason);
        }
        lines << result.notes;
        auto *box = new QMessageBox(QMessageBox::Information, tr("Imported %1").arg(QFileInfo(fileName).fileName()),
                                    tr("%n part(s) of the script were kept as raw script; they run exactly as before.",
                                       nullptr, int(result.keptRaw.size())),
                                    QMessageBox::Ok, this);
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return true;
}

bool MainWindow::exportMenu(const QString &fileName)
{
    const QString error = AtomicFile::write(fileName, ScriptWriter::write(m_document->model()->project()).toUtf8());
    if (!error.isEmpty()) {
        showError(tr("Could not export the menu"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    const QString error = m_document->save();
    if (!error.isEmpty()) {
        showError(tr("Could not save the project"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved"), 3000);
    return true;
}

bool MainWindow::saveAs(const QString &fileName)
{
    QString target = fileName;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(this, tr("Save project"), m_document->fileName(),
                                              tr("Bootlace projects (*.bootlace.json)"));
        if (target.isEmpty())
            return false;
        if (!target.endsWith(QLatin1String(".json")))
            target += QStringLiteral(".bootlace.json");
    }
    const QString error = m_document->saveAs(target);
    if (!error.isEmpty()) {
        showError(tr("Could not save the project"), error);
        return false;
    }
    m_settings->addRecentFile(target);
    m_diskBanner->hide();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)), 3000);
    return true;
}

void MainWindow::offerRecovery()
{
    if (!m_recovery)
        return;
    const QList<RecoveryStore::Orphan> orphans = m_recovery->orphans();
    for (const RecoveryStore::Orphan &orphan : orphans) {
        const QString what = orphan.originalFile.isEmpty() ? tr("an untitled project")
                                                           : QDir::toNativeSeparators(orphan.originalFile);
        QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
                        tr("Bootlace was closed unexpectedly with unsaved changes to %1 (autosaved %2).\n\n"
                           "Restore them?")
                            .arg(what, QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == restore) {
            Project project;
            QString error;
            if (!RecoveryStore::load(orphan, &project, &error)) {
                showError(tr("Could not restore the work"), error);
                continue;
            }
            m_document->adopt(project, orphan.originalFile);
            m_tree->expandAll();
            m_tree->setCurrentPosition(0, -1);
            m_document->autosave();
            m_recovery->remove(orphan);
            return; // one window holds one project; further orphans are offered at the next start
        }
        m_recovery->remove(orphan);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    if (m_recovery)
        m_recovery->discard();
    event->accept();
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    m_document->newProject();
    m_diskBanner->hide();
    m_tree->expandAll();
    m_tree->setCurrentPosition(0, -1);
}

void MainWindow::openProjectDialog()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("Bootlace projects (*.bootlace.json *.json)"));
    if (!fileName.isEmpty())
        openProject(fileName);
}

void MainWindow::importMenuDialog()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import iPXE menu"), QString(),
                                                          tr("iPXE scripts (*.ipxe *.txt);;All files (*)"));
    if (!fileName.isEmpty())
        importMenu(fileName);
}

void MainWindow::exportMenuDialog()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export menu.ipxe"), QStringLiteral("menu.ipxe"),
                                                          tr("iPXE scripts (*.ipxe)"));
    if (!fileName.isEmpty())
        exportMenu(fileName);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bootlace"),
                       tr("<h3>Bootlace %1</h3><p>Edit, check and publish iPXE boot menus.</p>")
                           .arg(QApplication::applicationVersion()));
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] - Bootlace").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file)));
        connect(a, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openProject(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateStatus()
{
    const int entries = m_document->model()->project().entryCount();
    m_statusCounts->setText((entries == 1 ? tr("1 entry") : tr("%n entries", nullptr, entries)) + QStringLiteral("  |  ")
                            + m_diagnostics->summary());
}

void MainWindow::currentChanged(int menu, int row)
{
    const Project &p = m_document->model()->project();
    if (menu < 0 || menu >= p.menus.size()) {
        m_forms->setCurrentWidget(m_noSelection);
        m_lastSelectedId.clear();
        m_preview->highlightItem(QString());
        return;
    }
    if (row < 0) {
        m_menuEditor->setCurrent(menu);
        m_forms->setCurrentWidget(m_menuEditor);
        m_lastSelectedId = p.menus.at(menu).id;
        m_simulator->showMenu(m_lastSelectedId);
    } else {
        m_itemEditor->setCurrent(menu, row);
        m_forms->setCurrentWidget(m_itemEditor);
        m_lastSelectedId = p.menus.at(menu).items.at(row).id;
        if (m_simulator->currentMenuId() != p.menus.at(menu).id)
            m_simulator->showMenu(p.menus.at(menu).id);
        m_simulator->selectItem(m_lastSelectedId);
    }
    m_preview->highlightItem(m_lastSelectedId);
}

void MainWindow::selectId(const QString &id)
{
    const QModelIndex index = m_document->model()->indexForId(id);
    int menu = -1;
    int row = -1;
    if (ProjectModel::position(index, &menu, &row))
        m_tree->setCurrentPosition(menu, row);
}

void MainWindow::applyPreviewTheme()
{
    QPalette palette = QApplication::palette();
    switch (m_settings->previewTheme()) {
    case Settings::PreviewTheme::FollowPalette:
        break;
    case Settings::PreviewTheme::Light:
        palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        palette.setColor(QPalette::Text, QColor(0x1f, 0x1f, 0x1f));
        palette.setColor(QPalette::AlternateBase, QColor(0xf2, 0xf2, 0xf2));
        break;
    case Settings::PreviewTheme::Dark:
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        palette.setColor(QPalette::Text, QColor(0xdc, 0xdc, 0xdc));
        palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2f));
        break;
    }
    m_preview->setPalette(palette);
}

void MainWindow::showChangedOnDisk()
{
    m_diskBanner->show();
}

void MainWindow::reloadFromDisk()
{
    m_diskBanner->hide();
    if (m_document->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Reload from disk"), tr("Reloading discards your unsaved changes. Reload anyway?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    openProject(m_document->fileName());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(title, 5000);
    QMessageBox::warning(this, title, message);
}

} // namespace Bootlace
