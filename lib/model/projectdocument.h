#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;
class QUndoStack;

namespace Bootlace {

class ProjectModel;
class RecoveryStore;
struct Project;

// One open project as the editor sees it: the model, its undo stack, the file it belongs to,
// whether it has unsaved changes, autosave into the recovery store, and a watch on the file
// for changes made by someone else. The window shows it; all file I/O happens here.
class ProjectDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDocument)

public:
    // recovery may be null (no crash recovery, e.g. in the CLI or when the directory is unusable).
    explicit ProjectDocument(RecoveryStore *recovery = nullptr, QObject *parent = nullptr);
    ~ProjectDocument() override;

    ProjectModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString fileName() const { return m_fileName; }
    // The name to show: the file name, or "Untitled".
    QString displayName() const;
    bool isModified() const;

    // A fresh project from the built-in template; unsaved and untitled.
    void newProject();
    // Replaces the document with a loaded file; on error nothing changes and the error is returned.
    QString load(const QString &fileName);
    // Adopts a project that did not come from its file (an import, a recovered autosave):
    // it counts as unsaved. fileName may be empty.
    void adopt(const Project &project, const QString &fileName);
    QString save();
    QString saveAs(const QString &fileName);

    static Project templateProject();

    void setAutosaveInterval(int seconds); // 0 turns autosave off
    // Writes the unsaved state to the recovery store now (the timer does it periodically).
    void autosave();

Q_SIGNALS:
    void fileNameChanged();
    void modifiedChanged(bool modified);
    // The file on disk no longer holds what this document loaded or saved last.
    void changedOnDisk();

private:
    void setFileName(const QString &fileName);
    void resetTo(const Project &project, const QString &fileName, bool clean);
    void onFileChanged(const QString &path);

    ProjectModel *m_model;
    QUndoStack *m_undoStack;
    RecoveryStore *m_recovery;
    QFileSystemWatcher *m_watcher;
    QTimer *m_autosaveTimer;
    QString m_fileName;
    QByteArray m_diskContents; // what we last read from or wrote to m_fileName
    bool m_dirtySinceAutosave = false;
};

} // namespace Bootlace
