#pragma once

#include "gitlab/gitlabrequest.h"
#include "gitlab/gitlabtypes.h"

#include <QObject>
#include <QPointer>

namespace Bootlace {

class GitlabClient;
class GitlabRequest;

// Lists the files inside a job's artifacts archive. Uses GET …/artifacts/tree?recursive=true
// (GitLab 18.8+); when the server does not know that route, reads the zip's central directory
// instead: a suffix Range request for the archive's tail (the end-of-central-directory
// record), then the central directory itself if it is not in the tail. A server without
// Range support sends the whole archive, which works too, only slower.
class ArtifactListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactListing)

public:
    ArtifactListing(GitlabClient *client, const QString &projectRef, qint64 jobId, QObject *parent = nullptr);
    void start();

    bool ok() const { return m_done && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    GitlabRequest::Error error() const { return m_kind; }
    const QList<GitlabArtifactFile> &files() const { return m_files; }
    bool usedTree() const { return m_usedTree; }

    // Parses a zip central directory (for tests and the fallback). `tail` is the end of the
    // archive, starting at byte `tailOffset` of a file of `totalSize` bytes. Returns false and
    // sets *needOffset/*needSize when the central directory lies before the tail.
    static bool parseZipTail(const QByteArray &tail, qint64 tailOffset, QList<GitlabArtifactFile> *files,
                             qint64 *needOffset, qint64 *needSize, QString *error);
    static bool parseCentralDirectory(const QByteArray &dir, QList<GitlabArtifactFile> *files, QString *error);

Q_SIGNALS:
    void finished();

private:
    void listZip();
    void fetchCentralDirectory(qint64 offset, qint64 size);
    void finish(const QString &error, GitlabRequest::Error kind = GitlabRequest::Error::None);
    QString prefix() const;

    QPointer<GitlabClient> m_client;
    QString m_project;
    qint64 m_job;
    QList<GitlabArtifactFile> m_files;
    QString m_error;
    GitlabRequest::Error m_kind = GitlabRequest::Error::None;
    bool m_usedTree = false;
    bool m_done = false;
};

} // namespace Bootlace
