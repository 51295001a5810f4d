#pragma once

#include <QStringList>

namespace Bootlace::Cli {

// bootlace-cli's publishing commands: publish, history, rollback and bootstrap. Each takes the
// full argument list starting with its own name and returns an ExitCode.
int publishCommand(const QStringList &args);
int historyCommand(const QStringList &args);
int rollbackCommand(const QStringList &args);
int bootstrapCommand(const QStringList &args);

// The lines of the main help text that describe these commands and their exit codes.
const char *publishUsage();

} // namespace Bootlace::Cli
