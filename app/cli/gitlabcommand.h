#pragma once

#include <QStringList>

namespace Bootlace {
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

} // namespace Bootlace::Cli
