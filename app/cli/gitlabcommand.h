#pragma once

#include <QStringList>

namespace Bootlace::Cli {

// bootlace-cli gitlab pipelines|jobs|files|add-entry|login …; `args` starts with "gitlab".
int gitlab(const QStringList &args);

} // namespace Bootlace::Cli
