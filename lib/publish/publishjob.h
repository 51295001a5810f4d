#pragma once

#include "publish/publishfile.h"
#include "publish/publishtarget.h"
#include "publish/transport.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace Bootlace {

// Publishes files to several targets at once, one worker thread per target, never blocking the
// caller's thread. For each target every file is uploaded (atomically where the protocol can)
// and read back over the same protocol, and its SHA-256 compared; the first failure stops that
// target and leaves its remaining files untouched. In dry-run mode nothing is written: each
// target's current files are read and a unified diff against the new ones is produced.
//
// Job shape: configure, start(), then progress() and targetFinished() signals, finished() once;
// results() and errorString() afterwards. cancel() stops every transfer soon after.
class PublishJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishJob)

public:
    struct FileResult
    {
        QString remoteName;
        qint64 size = 0;
        QByteArray sha256;         // of the bytes published
        bool uploaded = false;
        bool verified = false;     // read back and equal
        bool alreadyThere = false; // immutable and already on the target: not uploaded again
        TransferResult error;      // the failure, if any
    };

    struct TargetResult
    {
        PublishTarget target;
        QList<FileResult> files;
        TransferResult error;      // the first failure of this target
        QString diff;              // dry run: unified diff of all files (empty: no change)

        bool ok() const { return error.ok(); }
    };

    explicit PublishJob(QObject *parent = nullptr);
    ~PublishJob() override;

    // projectDir resolves relative directory targets.
    void setProjectDir(const QString &dir) { m_projectDir = dir; }
    void addTarget(const PublishTarget &target, const QString &password, const PublishFiles &files);
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    void setTimeout(int seconds) { m_timeoutSecs = seconds; }

    void start();
    void cancel();
    bool isRunning() const { return m_running > 0; }

    int targetCount() const { return int(m_targets.size()); }
    const QList<TargetResult> &results() const { return m_results; }
    // Empty when every target succeeded; otherwise one line per failed target.
    QString errorString() const;
    bool verifyFailed() const; // some target failed only because a file read back differently

Q_SIGNALS:
    void progress(int target, qint64 done, qint64 total);
    void targetFinished(int target);
    void finished();

private:
    struct Target
    {
        PublishTarget target;
        QString password;
        PublishFiles files;
    };
    TargetResult run(int index);

    QString m_projectDir;
    QList<Target> m_targets;
    QList<TargetResult> m_results;
    std::vector<QThread *> m_threads;
    std::atomic_bool m_cancel{false};
    bool m_dryRun = false;
    int m_timeoutSecs = 30;
    int m_running = 0;
};

} // namespace Bootlace
