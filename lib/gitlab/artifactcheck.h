#pragma once

#include "gitlab/gitlabrequest.h"
#include "model/artifactsource.h"

#include <QObject>
#include <QPointer>

namespace Bootlace {

class GitlabClient;

// Asks GitLab whether an entry's pinned artifacts are still there. An expiry date alone proves
// nothing (GitLab keeps the latest successful pipeline of each ref past its expiry, and a
// maintainer can erase a job before it), so: the job's JSON (404 or no archive: gone), and for
// a past expiry the artifacts tree of the first file's folder (404: gone; found: kept).
class ArtifactCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactCheck)

public:
    enum class State {
        Available,   // there, expiry (if any) more than a week away
        ExpiresSoon, // there, expires within a week
        Kept,        // expiry passed, but GitLab still serves them (latest build of a ref)
        MaybeGone,   // expiry passed; this GitLab cannot tell (no tree endpoint before 18.8)
        Gone,        // job or artifacts deleted, erased or expired
        Unknown,     // GitLab could not be asked; see errorString()
    };
    Q_ENUM(State)

    ArtifactCheck(GitlabClient *client, const ArtifactSource &source, QObject *parent = nullptr);
    void start();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    // A user-visible sentence for any state but Available.
    QString message() const;
    QDateTime expiresAt() const { return m_expiresAt; }

Q_SIGNALS:
    void finished();

private:
    void probeTree();
    void finish(State state, const QString &error = {});

    QPointer<GitlabClient> m_client;
    ArtifactSource m_source;
    QDateTime m_expiresAt;
    State m_state = State::Unknown;
    QString m_error;
};

} // namespace Bootlace
