#pragma once

#include <QStringList>

namespace Bootlace {
class PublishSet;
struct Project;
}

namespace Bootlace::Cli {

// bootlace-cli gitlab pipelines|jobs|files|add-entry|login …; `args` starts with "gitlab".
int gitlab(const QStringList &args);

// Before a menu is generated: entries that follow a branch get the job id of its latest
// successful build (token from BOOTLACE_GITLAB_TOKEN or the keychain). When GitLab cannot be
// asked, the entries keep their last job and a warning goes to stderr. Returns how many were
// resolved.
int resolveFollowSources(Project *project);

// Before a publish: downloads the artifacts of mirrored entries (private projects) into the
// artifact cache and hands them to the set, printing a line per file and the speed to stderr.
// Returns Success, or the exit code of the first failure (12-15 as for `gitlab`, 10 when a file
// differs from an earlier download of the same job, 4 when the cache cannot be written).
int mirrorArtifacts(PublishSet *set);

} // namespace Bootlace::Cli
