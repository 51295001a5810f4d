#include "model/projectdocument.h"

#include "model/atomicfile.h"
#include "model/projectfile.h"
#include "model/projectmodel.h"
#include "model/recoverystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QUndoStack>

namespace Bootlace {

ProjectDocument::ProjectDocument(RecoveryStore *recovery, QObject *parent)
    : QObject(parent)
    , m_model(new ProjectModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_recovery(recovery)
    , m_watcher(new QFileSystemWatcher(this))
    , m_autosaveTimer(new QTimer(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(m_model, &ProjectModel::projectChanged, this, [this] { m_dirtySinceAutosave = true; });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ProjectDocument::onFileChanged);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ProjectDocument::autosave);
    m_model->setProject(templateProject());
    m_dirtySinceAutosave = false;
}

ProjectDocument::~ProjectDocument() = default;

QString ProjectDocument::displayName() const
{
    return m_fileName.isEmpty() ? QCoreApplication::translate("Bootlace::ProjectDocument", "Untitled")
                                : QFileInfo(m_fileName).fileName();
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

Project ProjectDocument::templateProject()
{
    Project p;
    p.name = QCoreApplication::translate("Bootlace::ProjectDocument", "Boot menu");
    Menu main;
    main.id = QStringLiteral("main");
    main.title = QCoreApplication::translate("Bootlace::ProjectDocument", "Network boot");
    main.defaultItem = QStringLiteral("local");
    main.timeoutMs = 10000;
    Item local;
    local.kind = Item::Kind::LocalDisk;
    local.id = QStringLiteral("local");
    local.label = QCoreApplication::translate("Bootlace::ProjectDocument", "Boot from local disk");
    local.hotkey = QStringLiteral("l");
    local.drive = QStringLiteral("0x80");
    Item shell;
    shell.kind = Item::Kind::Shell;
    shell.id = QStringLiteral("shell");
    shell.label = QCoreApplication::translate("Bootlace::ProjectDocument", "iPXE shell");
    shell.hotkey = QStringLiteral("s");
    main.items << local << shell;
    p.menus << main;
    return p;
}

void ProjectDocument::newProject()
{
    resetTo(templateProject(), QString(), true);
    m_diskContents.clear();
}

QString ProjectDocument::load(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Bootlace::ProjectDocument", "cannot open %1: %2").arg(fileName, f.errorString());
    const QByteArray data = f.readAll();
    const ProjectFile::LoadResult r = ProjectFile::parse(data);
    if (!r.ok())
        return fileName + QStringLiteral(": ") + r.error;
    resetTo(r.project, QFileInfo(fileName).absoluteFilePath(), true);
    m_diskContents = data;
    return {};
}

void ProjectDocument::adopt(const Project &project, const QString &fileName)
{
    resetTo(project, fileName.isEmpty() ? QString() : QFileInfo(fileName).absoluteFilePath(), false);
    QFile f(m_fileName);
    m_diskContents = (!m_fileName.isEmpty() && f.open(QIODevice::ReadOnly)) ? f.readAll() : QByteArray();
}

QString ProjectDocument::save()
{
    if (m_fileName.isEmpty())
        return QCoreApplication::translate("Bootlace::ProjectDocument", "the project has no file name yet");
    return saveAs(m_fileName);
}

QString ProjectDocument::saveAs(const QString &fileName)
{
    const QByteArray data = ProjectFile::serialize(m_model->project());
    const QString error = AtomicFile::write(fileName, data);
    if (!error.isEmpty())
        return error;
    m_diskContents = data;
    setFileName(QFileInfo(fileName).absoluteFilePath());
    m_undoStack->setClean();
    if (m_recovery)
        m_recovery->discard();
    m_dirtySinceAutosave = false;
    return {};
}

void ProjectDocument::setAutosaveInterval(int seconds)
{
    if (seconds <= 0)
        m_autosaveTimer->stop();
    else
        m_autosaveTimer->start(seconds * 1000);
}

void ProjectDocument::autosave()
{
    if (!m_recovery || !m_dirtySinceAutosave)
        return;
    if (!isModified()) {
        m_recovery->discard();
    } else if (!m_recovery->save(m_model->project(), m_fileName).isEmpty()) {
        return; // try again at the next tick
    }
    m_dirtySinceAutosave = false;
}

void ProjectDocument::setFileName(const QString &fileName)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    const bool changed = fileName != m_fileName;
    m_fileName = fileName;
    if (!m_fileName.isEmpty() && QFile::exists(m_fileName))
        m_watcher->addPath(m_fileName);
    if (changed)
        Q_EMIT fileNameChanged();
}

void ProjectDocument::resetTo(const Project &project, const QString &fileName, bool clean)
{
    m_undoStack->clear();
    m_model->setProject(project);
    setFileName(fileName);
    if (clean) {
        m_undoStack->setClean();
        if (m_recovery)
            m_recovery->discard();
        m_dirtySinceAutosave = false;
    } else {
        // Unsaved from the start: an undo stack cannot express that, so mark a clean index
        // that no state has.
        m_undoStack->resetClean();
        m_dirtySinceAutosave = true;
    }
    Q_EMIT modifiedChanged(isModified());
}

void ProjectDocument::onFileChanged(const QString &path)
{
    // Editors that save by rename replace the inode: watch the new file again.
    if (!m_watcher->files().contains(path) && QFile::exists(path))
        m_watcher->addPath(path);
    QFile f(path);
    const QByteArray now = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    if (now == m_diskContents && QFile::exists(path))
        return; // our own save, or a touch without changes
    Q_EMIT changedOnDisk();
}

} // namespace Bootlace
