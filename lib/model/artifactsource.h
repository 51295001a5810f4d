#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Bootlace {

// Where an entry's files came from when it was made from GitLab CI job artifacts: the
// instance, project, ref, pipeline, job and commit, the artifact paths used, when they expire,
// and how the entry's URLs follow new builds. Empty (isEmpty()) for entries typed by hand.
struct ArtifactSource final
{
    enum class Strategy {
        Pinned, // the URLs name one job id and never change (the default)
        Follow, // resolved to the latest successful job of `ref` when the menu is generated
    };

    QString instance;      // base URL of the GitLab instance, e.g. https://example.org/gitlab
    QString projectPath;   // e.g. infra/netboot
    qint64 projectId = 0;
    QString ref;           // branch or tag the pipeline ran for
    qint64 pipelineId = 0;
    qint64 jobId = 0;
    QString jobName;       // how "follow" finds the job again in newer pipelines
    QString commit;        // full SHA
    QStringList artifactPaths; // paths inside the job's artifacts archive
    QDateTime expiresAt;   // artifacts_expire_at; invalid when the artifacts never expire
    Strategy strategy = Strategy::Pinned;
    bool mirror = false;   // private project: files must be mirrored to the publish target
    // Mirrored: when a client cannot fetch the target's copy, it tries GitLab's URL next
    // (`kernel <copy> || kernel <GitLab URL>`). Only useful for public projects: iPXE sends no token.
    bool fallback = false;

    bool isEmpty() const { return instance.isEmpty() && jobId == 0 && projectId == 0; }
    bool operator==(const ArtifactSource &) const = default;

    // The same build origin: instance, project and job name (the jobs a "follow" entry moves between).
    bool sameOrigin(const ArtifactSource &other) const
    {
        return instance == other.instance && projectId == other.projectId && jobName == other.jobName;
    }

    enum class Expiry { None, Valid, Soon, Expired };
    // Soon: within `soonDays` of `now`. Expired artifacts may still be kept by GitLab (latest
    // successful pipeline of a ref), so Expired is a warning, not a certainty.
    Expiry expiry(const QDateTime &now, int soonDays = 7) const;
    // A user-visible warning for Soon and Expired, empty otherwise.
    QString expiryWarning(const QDateTime &now, int soonDays = 7) const;

    // The pinned URL of one file in a job's artifacts:
    // <instance>/api/v4/projects/<id>/jobs/<job>/artifacts/<path>, with the numeric project id
    // (no %2F a proxy could decode), '/' kept literal in the path and each segment
    // percent-encoded. Never a ref URL: kernel and initrd always come from the same job.
    static QString fileUrl(const QString &instance, qint64 projectId, qint64 jobId, const QString &artifactPath);
    QString fileUrl(const QString &artifactPath) const { return fileUrl(instance, projectId, jobId, artifactPath); }
    // Whether url is one of this job's artifact URLs (what mirroring downloads).
    bool isArtifactUrl(const QString &url) const;
    // `url` with this source's job id replaced by `jobId` when it is one of this job's artifact
    // URLs; any other URL is returned unchanged.
    QString retargetUrl(const QString &url, qint64 jobId) const;

    static QString strategyName(Strategy strategy);
    static bool parseStrategy(const QString &name, Strategy *out);
};

} // namespace Bootlace
