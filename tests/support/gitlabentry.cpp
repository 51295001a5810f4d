#include "support/gitlabentry.h"

namespace Bootlace::Test {

Item gitlabEntry(const QString &instance, qint64 projectId, qint64 jobId)
{
    ArtifactSource s;
    s.instance = instance;
    s.projectPath = projectId == 42 ? QStringLiteral("infra/netboot") : QStringLiteral("group/sub/public-images");
    s.projectId = projectId;
    s.ref = QStringLiteral("main");
    s.pipelineId = jobId / 10;
    s.jobId = jobId;
    s.jobName = QStringLiteral("netboot");
    s.artifactPaths = {QStringLiteral("results/bzImage"), QStringLiteral("results/initrd")};
    s.mirror = true;
    Item it;
    it.kind = Item::Kind::Linux;
    it.id = QStringLiteral("nixos");
    it.label = QStringLiteral("NixOS");
    it.kernel = s.fileUrl(QStringLiteral("results/bzImage"));
    it.initrds = {s.fileUrl(QStringLiteral("results/initrd"))};
    it.args = QStringLiteral("init=/nix/store/abc-nixos-system/init initrd=initrd");
    it.source = s;
    return it;
}

} // namespace Bootlace::Test
