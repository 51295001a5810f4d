#include "gitlab/sourceresolver.h"

#include "gitlab/gitlabclient.h"
#include "gitlab/latestjobresolver.h"
#include "model/commands/updateentriesfromsource.h"

#include <QCoreApplication>
#include <QSet>

namespace Bootlace {

SourceResolver::SourceResolver(QNetworkAccessManager *network, TokenProvider tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(std::move(tokens))
{
}

SourceResolver::~SourceResolver() = default;

QString SourceResolver::keyOf(const ArtifactSource &s)
{
    return s.instance + QLatin1Char('\n') + QString::number(s.projectId) + QLatin1Char('\n') + s.ref
        + QLatin1Char('\n') + s.jobName;
}

bool SourceResolver::needsResolving(const Project &project)
{
    for (const Menu &m : project.menus) {
        for (const Item &it : m.items) {
            if (!it.source.isEmpty() && it.source.strategy == ArtifactSource::Strategy::Follow)
                return true;
        }
    }
    return false;
}

GitlabClient *SourceResolver::clientFor(const QString &instance)
{
    GitlabClient *&c = m_clients[instance];
    if (!c)
        c = new GitlabClient(m_network, GitlabInstance(QUrl(instance)), m_tokens ? m_tokens(instance) : QString(), this);
    return c;
}

void SourceResolver::resolve(const Project &project)
{
    m_result = project;
    m_errors.clear();
    m_resolved = 0;
    m_pending = 0;
    QSet<QString> asked;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Menu &m : project.menus) {
        for (const Item &it : m.items) {
            const ArtifactSource &s = it.source;
            if (s.isEmpty() || s.strategy != ArtifactSource::Strategy::Follow)
                continue;
            const QString key = keyOf(s);
            const auto cached = m_cache.constFind(key);
            if ((cached != m_cache.cend() && cached->at.secsTo(now) < m_cacheSeconds) || asked.contains(key))
                continue;
            asked.insert(key);
            ++m_pending;
            auto *job = new LatestJobResolver(clientFor(s.instance), GitlabInstance::projectRef(s.projectId), s.ref,
                                              s.jobName, this);
            connect(job, &LatestJobResolver::finished, this, [this, job, key, label = it.label.isEmpty() ? it.id : it.label] {
                job->deleteLater();
                if (job->ok())
                    m_cache.insert(key, {job->job(), QDateTime::currentDateTimeUtc()});
                else
                    m_errors << QCoreApplication::translate("Bootlace::SourceResolver", "%1: %2").arg(label, job->errorString());
                if (--m_pending == 0)
                    apply();
            });
            job->start();
        }
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &SourceResolver::apply, Qt::QueuedConnection);
}

void SourceResolver::apply()
{
    for (Menu &m : m_result.menus) {
        for (Item &it : m.items) {
            if (it.source.isEmpty() || it.source.strategy != ArtifactSource::Strategy::Follow)
                continue;
            const auto cached = m_cache.constFind(keyOf(it.source));
            if (cached == m_cache.cend())
                continue;
            ArtifactSource build;
            build.jobId = cached->job.id;
            build.pipelineId = cached->job.pipelineId;
            build.commit = cached->job.commit;
            build.ref = it.source.ref;
            build.expiresAt = cached->job.artifactsExpireAt;
            it = UpdateEntriesFromSource::retargeted(it, build);
            ++m_resolved;
        }
    }
    Q_EMIT finished();
}

} // namespace Bootlace
