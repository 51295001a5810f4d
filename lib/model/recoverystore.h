#pragma once

#include "model/project.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace Bootlace {

// Crash recovery: a running window autosaves its unsaved project into a recovery directory
// under a session id, guarded by a lock file. Sessions whose lock is stale (the process died,
// e.g. kill -9) are offered for restore at the next start; a clean close discards its session.
class RecoveryStore final
{
public:
    struct Orphan
    {
        QString sessionId;
        QString originalFile; // empty for a project that was never saved
        QDateTime savedAt;
        QString recoveryFile;
    };

    explicit RecoveryStore(const QString &directory);
    ~RecoveryStore();
    Q_DISABLE_COPY_MOVE(RecoveryStore)

    static QString defaultDirectory(); // <app data>/recovery

    // Starts this process's session (takes its lock). Returns false with an error if the
    // directory cannot be used; autosave is then unavailable but editing goes on.
    bool beginSession(QString *error = nullptr);
    QString sessionId() const { return m_sessionId; }

    // Writes the project atomically; the original file is never touched.
    QString save(const Project &project, const QString &originalFile);
    // Removes this session's autosave (after a save or a clean close).
    void discard();

    // Sessions left behind by processes that are gone. Does not list this process's own.
    QList<Orphan> orphans() const;
    static bool load(const Orphan &orphan, Project *project, QString *error);
    void remove(const Orphan &orphan) const;

private:
    QString m_directory;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Bootlace
