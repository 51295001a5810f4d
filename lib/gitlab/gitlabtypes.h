#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bootlace {

// Plain values read from GitLab's JSON (field names as in doc/api/*.md); fromJson never fails,
// missing fields stay default.

struct GitlabProject final
{
    qint64 id = 0;
    QString name;
    QString path;       // path_with_namespace
    QString webUrl;
    QString defaultBranch;
    QString visibility; // private, internal, public
    QDateTime lastActivityAt;

    bool isPublic() const { return visibility == QLatin1String("public"); }
    static GitlabProject fromJson(const QJsonObject &o);
};

struct GitlabPipeline final
{
    qint64 id = 0;
    qint64 iid = 0;
    qint64 projectId = 0;
    QString status;
    QString source;
    QString ref;
    QString sha;
    QString webUrl;
    QString author; // user.name when the endpoint includes it
    QDateTime createdAt;
    QDateTime updatedAt;

    static GitlabPipeline fromJson(const QJsonObject &o);
};

struct GitlabJob final
{
    qint64 id = 0;
    QString name;
    QString stage;
    QString status;
    QString ref;
    bool tag = false;
    double duration = 0; // seconds
    qint64 pipelineId = 0;
    QString commit;       // commit.id or pipeline.sha
    QString commitTitle;
    QString author;       // commit.author_name
    qint64 archiveSize = -1; // artifacts[] file_type "archive"; -1: no downloadable files
    QDateTime artifactsExpireAt;
    QDateTime createdAt;
    QDateTime finishedAt;
    QString webUrl;

    bool hasArchive() const { return archiveSize >= 0; }
    static GitlabJob fromJson(const QJsonObject &o);
};

struct GitlabArtifactFile final
{
    QString path;  // relative to the archive root; directories end in '/'
    qint64 size = 0;
    bool directory = false;
};

struct GitlabTokenInfo final
{
    QString name;
    QStringList scopes;
    QDate expiresAt; // invalid: never expires
    bool active = false;
    bool revoked = false;
    QString username;
    QString displayName;

    // Warnings to show with the account: no read_api (or api) scope, expiry within 14 days,
    // inactive or revoked.
    QStringList warnings(const QDate &today) const;
};

} // namespace Bootlace
