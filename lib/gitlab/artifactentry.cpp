#include "gitlab/artifactentry.h"

#include <QCoreApplication>

namespace Bootlace {

Item ArtifactEntry::toItem(const QString &id, const QString &label) const
{
    ArtifactSource source;
    source.instance = instance.baseUrlString();
    source.projectPath = project.path;
    source.projectId = project.id;
    source.ref = followRef.isEmpty() ? job.ref : followRef;
    source.pipelineId = job.pipelineId;
    source.jobId = job.id;
    source.jobName = job.name;
    source.commit = job.commit;
    source.expiresAt = job.artifactsExpireAt;
    source.strategy = followRef.isEmpty() ? ArtifactSource::Strategy::Pinned : ArtifactSource::Strategy::Follow;
    source.mirror = !project.isPublic();
    source.artifactPaths = extraArtifactPaths;
    source.artifactPaths << kernelPath << initrdPaths;

    Item item;
    item.kind = Item::Kind::Linux;
    item.id = id;
    item.label = label.isEmpty() ? defaultLabel() : label;
    item.kernel = source.fileUrl(kernelPath);
    for (const QString &i : initrdPaths)
        item.initrds << source.fileUrl(i);
    item.args = args;
    item.source = source;
    return item;
}

QString ArtifactEntry::defaultLabel() const
{
    const QString name = project.name.isEmpty() ? job.name : project.name;
    return QCoreApplication::translate("Bootlace::ArtifactEntry", "%1 (%2, job %3)")
        .arg(name, followRef.isEmpty() ? job.ref : followRef)
        .arg(job.id);
}

QString ArtifactEntry::siblingPath(const QString &scriptPath, const QString &name)
{
    const qsizetype slash = scriptPath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? name : scriptPath.left(slash + 1) + name;
}

} // namespace Bootlace
