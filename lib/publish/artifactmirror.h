#pragma once

#include "gitlab/gitlabrequest.h"
#include "model/project.h"
#include "publish/artifactcache.h"
#include "publish/publishtarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace Bootlace {

class GitlabClient;

// Mirrors the GitLab artifacts a menu cannot fetch itself (entries of private projects, or
// entries the user marked for mirroring) so the publish target can serve them: each file is
// downloaded through the GitLab client (token in a header, never in a URL) into the
// ArtifactCache, its size checked against what the server announced and its SHA-256 against any
// earlier download of the same pinned job URL. A cut download resumes where the server allows
// it; files already cached are only re-hashed. pointAt() then gives the project as one target
// serves it: every mirrored URL replaced by the target's URL of its copy.
//
// Job shape: start(), progress() with speed and time left, fileFinished(), finished() once;
// files() and errorString() afterwards. cancel() keeps partial downloads for the next run.
class ArtifactMirror final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactMirror)

public:
    struct File
    {
        QString url;         // the artifact URL in the entries
        QString instance;    // base URL of the GitLab instance it is fetched from
        QString fileName;    // the name it keeps on the target (iPXE names images after it)
        QStringList entries; // "menu/item" of every entry that uses it
        // After mirroring:
        QString localPath;   // the cached copy
        QByteArray sha256;   // raw bytes
        qint64 size = -1;
        bool fromCache = false;
        QString error;

        bool ok() const { return !localPath.isEmpty() && error.isEmpty(); }
    };

    // The token for an instance's base URL (keychain or environment); empty for none.
    using TokenProvider = std::function<QString(const QString &instance)>;

    ArtifactMirror(QNetworkAccessManager *network, TokenProvider tokens, const QString &cacheDirectory,
                   QObject *parent = nullptr);
    ~ArtifactMirror() override;

    // The files the project's enabled, mirrored entries need, each URL once, in menu order.
    static QList<File> plan(const Project &project);
    // The GitLab instances those files come from.
    static QStringList instancesOf(const QList<File> &files);
    // The folder mirrored files go into on a target.
    static QString folder() { return QStringLiteral("artifacts/"); }
    // Where a mirrored file goes on a target: "artifacts/<16 hex digits of its SHA-256>/<name>".
    // Content-addressed, so a file already there is never uploaded again and two builds never
    // overwrite each other. Before mirroring (no digest yet) the digest part is zeros.
    static QString remoteName(const File &file);
    // The project as `target` serves it: every mirrored URL replaced by the target's URL of its
    // copy. Fails (error set, project returned unchanged) when the target cannot serve files to
    // clients: no HTTP base URL, or TFTP, which cannot create the artifact folders.
    static Project pointAt(const Project &project, const QList<File> &files, const PublishTarget &target,
                           QString *error);

    void start(const QList<File> &files);
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<File> &files() const { return m_files; }
    bool ok() const;
    // Empty when every file was mirrored; otherwise one line per failed file.
    QString errorString() const;
    // The kind of the first failure that came from GitLab (None when every failure was local
    // or a checksum).
    GitlabRequest::Error error() const { return m_error; }
    // Some file's bytes differed from an earlier download of the same pinned URL.
    bool checksumFailed() const { return m_checksumFailed; }
    qint64 bytesDownloaded() const { return m_downloaded; }

    // Downloads at once (default 2: large files, one server).
    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }

Q_SIGNALS:
    // Bytes done and total over all files (total grows as servers announce sizes), the download
    // speed over the last seconds, and the seconds left (-1 while unknown).
    void progress(qint64 done, qint64 total, qint64 bytesPerSecond, int secondsLeft);
    void fileFinished(int index);
    void finished();

private:
    void startNext();
    void process(int index);
    void download(int index);
    void verified(int index, const QString &path, const QByteArray &sha256, qint64 size, const QString &error,
                  bool fromCache);
    void fileDone(int index, const QString &error);
    void emitProgress(bool force);
    GitlabClient *clientFor(const QString &instance);

    QNetworkAccessManager *m_network;
    TokenProvider m_tokens;
    ArtifactCache m_cache;
    QHash<QString, GitlabClient *> m_clients;
    QList<File> m_files;
    QList<qint64> m_done;
    QList<qint64> m_total;
    QList<QPointer<GitlabRequest>> m_requests;
    QList<std::pair<qint64, qint64>> m_samples; // (ms, bytes downloaded) for the speed
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = -1000;
    qint64 m_downloaded = 0;
    int m_next = 0;
    int m_active = 0;
    int m_maxConcurrent = 2;
    int m_generation = 0; // bumped by cancel(): late results of a cancelled run are dropped
    bool m_running = false;
    bool m_checksumFailed = false;
    GitlabRequest::Error m_error = GitlabRequest::Error::None;
};

} // namespace Bootlace
