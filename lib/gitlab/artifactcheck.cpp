#include "gitlab/artifactcheck.h"

#include "gitlab/gitlabclient.h"
#include "gitlab/gitlabtypes.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace Bootlace {

ArtifactCheck::ArtifactCheck(GitlabClient *client, const ArtifactSource &source, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_source(source)
    , m_expiresAt(source.expiresAt)
{
}

void ArtifactCheck::start()
{
    GitlabRequest *r = m_client->get(QStringLiteral("/projects/%1/jobs/%2").arg(m_source.projectId).arg(m_source.jobId), {}, this);
    connect(r, &GitlabRequest::finished, this, [this, r] {
        r->deleteLater();
        if (r->error() == GitlabRequest::Error::NotFound) {
            finish(State::Gone);
            return;
        }
        if (!r->ok()) {
            finish(State::Unknown, r->errorString());
            return;
        }
        const GitlabJob job = GitlabJob::fromJson(r->json().object());
        if (!job.hasArchive()) {
            finish(State::Gone);
            return;
        }
        m_expiresAt = job.artifactsExpireAt;
        ArtifactSource s = m_source;
        s.expiresAt = m_expiresAt;
        switch (s.expiry(QDateTime::currentDateTimeUtc())) {
        case ArtifactSource::Expiry::Expired:
            probeTree();
            return;
        case ArtifactSource::Expiry::Soon:
            finish(State::ExpiresSoon);
            return;
        default:
            finish(State::Available);
            return;
        }
    });
    r->start();
}

void ArtifactCheck::probeTree()
{
    const QString first = m_source.artifactPaths.value(0);
    const qsizetype slash = first.lastIndexOf(QLatin1Char('/'));
    QUrlQuery q;
    if (slash > 0)
        q.addQueryItem(QStringLiteral("path"), QString::fromLatin1(QUrl::toPercentEncoding(first.left(slash))));
    GitlabRequest *r = m_client->get(
        QStringLiteral("/projects/%1/jobs/%2/artifacts/tree").arg(m_source.projectId).arg(m_source.jobId), q, this);
    connect(r, &GitlabRequest::finished, this, [this, r] {
        r->deleteLater();
        if (r->ok())
            finish(State::Kept);
        else if (r->error() == GitlabRequest::Error::NotFound)
            // An unknown route ({"error": …}) is an older GitLab that cannot say.
            finish(r->json().object().contains(QLatin1String("error")) ? State::MaybeGone : State::Gone);
        else
            finish(State::Unknown, r->errorString());
    });
    r->start();
}

QString ArtifactCheck::message() const
{
    ArtifactSource s = m_source;
    s.expiresAt = m_expiresAt;
    switch (m_state) {
    case State::Available:
        return {};
    case State::ExpiresSoon:
    case State::MaybeGone:
        return s.expiryWarning(QDateTime::currentDateTimeUtc());
    case State::Kept:
        return tr("The artifacts of job %1 are past their expiry but still kept (the latest build of a branch).")
            .arg(m_source.jobId);
    case State::Gone:
        return tr("The artifacts of job %1 are gone (expired, erased or deleted); update the entry to a newer build.")
            .arg(m_source.jobId);
    case State::Unknown:
        return m_error;
    }
    return {};
}

void ArtifactCheck::finish(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    Q_EMIT finished();
}

} // namespace Bootlace
