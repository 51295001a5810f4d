#pragma once

#include "gitlab/gitlabrequest.h"
#include "gitlab/gitlabtypes.h"

#include <QObject>
#include <QPointer>

namespace Bootlace {

class GitlabClient;

// Finds the job named `jobName` in the latest successful pipeline of `ref` that has it with
// downloadable artifacts (the "follow" strategy), by listing successful pipelines of the ref
// newest first and their successful jobs — the same rule as GitLab's ref artifact routes,
// but resolved once to a job id so kernel and initrd come from one pipeline.
class LatestJobResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestJobResolver)

public:
    LatestJobResolver(GitlabClient *client, const QString &projectRef, const QString &ref, const QString &jobName,
                      QObject *parent = nullptr);
    void start();

    bool ok() const { return m_done && m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    GitlabRequest::Error error() const { return m_kind; }
    const GitlabJob &job() const { return m_job; }

Q_SIGNALS:
    void finished();

private:
    void tryPipeline(int index);
    void finish(const QString &error, GitlabRequest::Error kind = GitlabRequest::Error::None);

    QPointer<GitlabClient> m_client;
    QString m_project;
    QString m_ref;
    QString m_jobName;
    QList<GitlabPipeline> m_pipelines;
    GitlabJob m_job;
    QString m_error;
    GitlabRequest::Error m_kind = GitlabRequest::Error::None;
    bool m_done = false;
};

} // namespace Bootlace
