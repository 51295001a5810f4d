#include "mainwindow.h"

#include "ipxe/scriptwriter.h"
#include "model/projectfile.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>

namespace Bootlace {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tree(new QTreeWidget(this))
    , m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Bootlace"));
    resize(1100, 700);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Item"), tr("Kind")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Menus and entries"));

    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Generated menu.ipxe"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 720});
    setCentralWidget(splitter);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open..."), this, &MainWindow::openProjectDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    statusBar()->showMessage(tr("No project open"));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &fileName)
{
    const ProjectFile::LoadResult loaded = ProjectFile::load(fileName);
    if (!loaded.ok()) {
        statusBar()->showMessage(tr("Could not open the project"));
        QMessageBox::warning(this, tr("Could not open the project"), loaded.error);
        return false;
    }
    m_project = loaded.project;
    m_fileName = fileName;
    showProject();
    return true;
}

void MainWindow::openProjectDialog()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("Bootlace projects (*.bootlace.json *.json)"));
    if (!fileName.isEmpty())
        openProject(fileName);
}

void MainWindow::showProject()
{
    setWindowTitle(tr("%1 - Bootlace").arg(QFileInfo(m_fileName).fileName()));
    m_tree->clear();
    for (const Menu &menu : m_project.menus) {
        auto *menuItem = new QTreeWidgetItem(m_tree, {menu.title.isEmpty() ? menu.id : menu.title, tr("menu")});
        for (const Item &it : menu.items) {
            QString text = it.label;
            if (it.kind == Item::Kind::Gap && text.isEmpty())
                text = tr("(blank line)");
            auto *child = new QTreeWidgetItem(menuItem, {text, Item::kindName(it.kind)});
            if (it.kind == Item::Kind::Gap) {
                QFont font = child->font(0);
                font.setBold(true);
                child->setFont(0, font);
            }
            if (!it.enabled)
                child->setDisabled(true);
        }
    }
    m_tree->expandAll();
    m_preview->setPlainText(ScriptWriter::write(m_project));
    statusBar()->showMessage(tr("%n entries in %1", nullptr, m_project.entryCount()).arg(m_fileName));
}

} // namespace Bootlace
