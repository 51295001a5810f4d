#include "gitlab/latestjobresolver.h"

#include "gitlab/gitlabclient.h"
#include "gitlab/gitlabrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace Bootlace {

namespace {
constexpr int PipelinesSearched = 20;
}

LatestJobResolver::LatestJobResolver(GitlabClient *client, const QString &projectRef, const QString &ref,
                                     const QString &jobName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_project(projectRef)
    , m_ref(ref)
    , m_jobName(jobName)
{
}

void LatestJobResolver::start()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ref"), QString::fromLatin1(QUrl::toPercentEncoding(m_ref)));
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("success"));
    q.addQueryItem(QStringLiteral("order_by"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("desc"));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(PipelinesSearched));
    GitlabRequest *r = m_client->get(QStringLiteral("/projects/") + m_project + QStringLiteral("/pipelines"), q, this);
    connect(r, &GitlabRequest::finished, this, [this, r] {
        r->deleteLater();
        if (!r->ok()) {
            finish(r->errorString(), r->error());
            return;
        }
        for (const QJsonValue &v : r->json().array())
            m_pipelines << GitlabPipeline::fromJson(v.toObject());
        tryPipeline(0);
    });
    r->start();
}

void LatestJobResolver::tryPipeline(int index)
{
    if (index >= m_pipelines.size()) {
        finish(QCoreApplication::translate("Bootlace::LatestJobResolver",
                                           "No successful pipeline of “%1” has a job “%2” with artifacts.")
                   .arg(m_ref, m_jobName),
               GitlabRequest::Error::NotFound);
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("scope[]"), QStringLiteral("success"));
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    GitlabRequest *r = m_client->get(QStringLiteral("/projects/") + m_project + QStringLiteral("/pipelines/")
                                         + QString::number(m_pipelines.at(index).id) + QStringLiteral("/jobs"),
                                     q, this);
    r->setAllPages(true);
    connect(r, &GitlabRequest::finished, this, [this, r, index] {
        r->deleteLater();
        if (!r->ok()) {
            finish(r->errorString(), r->error());
            return;
        }
        for (const QJsonValue &v : r->items()) {
            const GitlabJob job = GitlabJob::fromJson(v.toObject());
            if (job.name == m_jobName && job.status == QLatin1String("success") && job.hasArchive()) {
                m_job = job;
                if (m_job.ref.isEmpty())
                    m_job.ref = m_ref;
                finish({});
                return;
            }
        }
        tryPipeline(index + 1);
    });
    r->start();
}

void LatestJobResolver::finish(const QString &error, GitlabRequest::Error kind)
{
    m_error = error;
    m_kind = error.isEmpty() ? GitlabRequest::Error::None : kind == GitlabRequest::Error::None ? GitlabRequest::Error::BadResponse : kind;
    m_done = true;
    Q_EMIT finished();
}

} // namespace Bootlace
