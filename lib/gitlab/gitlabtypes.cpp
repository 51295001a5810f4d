#include "gitlab/gitlabtypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Bootlace {

namespace {

QDateTime dateTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

qint64 toId(const QJsonValue &v)
{
    return qint64(v.toDouble());
}

} // namespace

GitlabProject GitlabProject::fromJson(const QJsonObject &o)
{
    GitlabProject p;
    p.id = toId(o.value(QLatin1String("id")));
    p.name = o.value(QLatin1String("name")).toString();
    p.path = o.value(QLatin1String("path_with_namespace")).toString();
    p.webUrl = o.value(QLatin1String("web_url")).toString();
    p.defaultBranch = o.value(QLatin1String("default_branch")).toString();
    p.visibility = o.value(QLatin1String("visibility")).toString();
    p.lastActivityAt = dateTime(o.value(QLatin1String("last_activity_at")));
    return p;
}

GitlabPipeline GitlabPipeline::fromJson(const QJsonObject &o)
{
    GitlabPipeline p;
    p.id = toId(o.value(QLatin1String("id")));
    p.iid = toId(o.value(QLatin1String("iid")));
    p.projectId = toId(o.value(QLatin1String("project_id")));
    p.status = o.value(QLatin1String("status")).toString();
    p.source = o.value(QLatin1String("source")).toString();
    p.ref = o.value(QLatin1String("ref")).toString();
    p.sha = o.value(QLatin1String("sha")).toString();
    p.webUrl = o.value(QLatin1String("web_url")).toString();
    p.author = o.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString();
    p.createdAt = dateTime(o.value(QLatin1String("created_at")));
    p.updatedAt = dateTime(o.value(QLatin1String("updated_at")));
    return p;
}

GitlabJob GitlabJob::fromJson(const QJsonObject &o)
{
    GitlabJob j;
    j.id = toId(o.value(QLatin1String("id")));
    j.name = o.value(QLatin1String("name")).toString();
    j.stage = o.value(QLatin1String("stage")).toString();
    j.status = o.value(QLatin1String("status")).toString();
    j.ref = o.value(QLatin1String("ref")).toString();
    j.tag = o.value(QLatin1String("tag")).toBool();
    j.duration = o.value(QLatin1String("duration")).toDouble();
    const QJsonObject pipeline = o.value(QLatin1String("pipeline")).toObject();
    j.pipelineId = toId(pipeline.value(QLatin1String("id")));
    const QJsonObject commit = o.value(QLatin1String("commit")).toObject();
    j.commit = commit.value(QLatin1String("id")).toString();
    if (j.commit.isEmpty())
        j.commit = pipeline.value(QLatin1String("sha")).toString();
    j.commitTitle = commit.value(QLatin1String("title")).toString();
    j.author = commit.value(QLatin1String("author_name")).toString();
    // artifacts[] is the current shape; artifacts_file is the legacy summary of the archive.
    const QJsonArray artifacts = o.value(QLatin1String("artifacts")).toArray();
    for (const QJsonValue &a : artifacts) {
        if (a.toObject().value(QLatin1String("file_type")).toString() == QLatin1String("archive"))
            j.archiveSize = toId(a.toObject().value(QLatin1String("size")));
    }
    j.artifactsExpireAt = dateTime(o.value(QLatin1String("artifacts_expire_at")));
    j.createdAt = dateTime(o.value(QLatin1String("created_at")));
    j.finishedAt = dateTime(o.value(QLatin1String("finished_at")));
    j.webUrl = o.value(QLatin1String("web_url")).toString();
    return j;
}

QStringList GitlabTokenInfo::warnings(const QDate &today) const
{
    QStringList w;
    auto tr = [](const char *text, int n = -1) {
        return QCoreApplication::translate("Bootlace::GitlabTokenInfo", text, nullptr, n);
    };
    if (revoked)
        w << tr("The token has been revoked.");
    else if (!active)
        w << tr("The token is not active (expired or revoked).");
    if (!scopes.contains(QLatin1String("read_api")) && !scopes.contains(QLatin1String("api")))
        w << tr("The token lacks the read_api scope: Bootlace cannot list pipelines, jobs or artifacts with it.");
    if (expiresAt.isValid()) {
        const qint64 days = today.daysTo(expiresAt);
        if (days < 0)
            w << tr("The token expired on %1.").arg(expiresAt.toString(Qt::ISODate));
        else if (days <= 14) {
            // Called directly (not through the lambda) so lupdate sees a plural message.
            const int dayCount = int(days);
            w << QCoreApplication::translate("Bootlace::GitlabTokenInfo", "The token expires in %n day(s), on %1.",
                                             nullptr, dayCount)
                     .arg(expiresAt.toString(Qt::ISODate));
        }
    }
    return w;
}

} // namespace Bootlace
