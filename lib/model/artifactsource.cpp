#include "model/artifactsource.h"

#include <QCoreApplication>
#include <QUrl>

namespace Bootlace {

ArtifactSource::Expiry ArtifactSource::expiry(const QDateTime &now, int soonDays) const
{
    if (!expiresAt.isValid())
        return Expiry::None;
    if (expiresAt <= now)
        return Expiry::Expired;
    if (expiresAt <= now.addDays(soonDays))
        return Expiry::Soon;
    return Expiry::Valid;
}

QString ArtifactSource::expiryWarning(const QDateTime &now, int soonDays) const
{
    switch (expiry(now, soonDays)) {
    case Expiry::Soon: {
        const int days = int(now.daysTo(expiresAt));
        if (days < 1)
            return QCoreApplication::translate("Bootlace::ArtifactSource",
                                               "The artifacts of job %1 expire today (%2).")
                .arg(jobId)
                .arg(expiresAt.toUTC().toString(Qt::ISODate));
        return QCoreApplication::translate("Bootlace::ArtifactSource", "The artifacts of job %1 expire in %n day(s).",
                                           nullptr, days)
            .arg(jobId);
    }
    case Expiry::Expired:
        return QCoreApplication::translate("Bootlace::ArtifactSource",
                                           "The artifacts of job %1 expired on %2; they may be gone (GitLab keeps "
                                           "only the latest successful pipeline of a branch).")
            .arg(jobId)
            .arg(expiresAt.toUTC().toString(Qt::ISODate));
    case Expiry::None:
    case Expiry::Valid:
        break;
    }
    return {};
}

namespace {

QString jobPrefix(const QString &instance, qint64 projectId, qint64 jobId)
{
    QString base = instance;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/api/v4/projects/") + QString::number(projectId) + QStringLiteral("/jobs/")
        + QString::number(jobId) + QStringLiteral("/artifacts/");
}

} // namespace

QString ArtifactSource::fileUrl(const QString &instance, qint64 projectId, qint64 jobId, const QString &artifactPath)
{
    QStringList segments;
    const QStringList parts = artifactPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        segments << QString::fromLatin1(QUrl::toPercentEncoding(part));
    return jobPrefix(instance, projectId, jobId) + segments.join(QLatin1Char('/'));
}

bool ArtifactSource::isArtifactUrl(const QString &url) const
{
    const QString prefix = jobPrefix(instance, projectId, jobId);
    return url.size() > prefix.size() && url.startsWith(prefix);
}

QString ArtifactSource::retargetUrl(const QString &url, qint64 newJobId) const
{
    const QString prefix = jobPrefix(instance, projectId, jobId);
    if (!url.startsWith(prefix))
        return url;
    return jobPrefix(instance, projectId, newJobId) + url.mid(prefix.size());
}

QString ArtifactSource::strategyName(Strategy strategy)
{
    return strategy == Strategy::Follow ? QStringLiteral("follow") : QStringLiteral("pinned");
}

bool ArtifactSource::parseStrategy(const QString &name, Strategy *out)
{
    if (name == QLatin1String("pinned")) {
        *out = Strategy::Pinned;
        return true;
    }
    if (name == QLatin1String("follow")) {
        *out = Strategy::Follow;
        return true;
    }
    return false;
}

} // namespace Bootlace
