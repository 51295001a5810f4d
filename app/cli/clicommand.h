#pragma once

#include <QStringList>

namespace Bootlace::Cli {

// Exit codes of bootlace-cli, stable so that CI jobs can rely on them.
enum ExitCode : int {
    Success = 0,
    Findings = 1,     // lint found errors (or warnings with --strict)
    UsageError = 2,   // bad command line
    InputError = 3,   // an input file is missing, unreadable or malformed
    OutputError = 4,  // an output file could not be written
    BootFailed = 5,   // testboot: iPXE reported an error, or the menu returned without booting
    BootTimeout = 6,  // testboot: nothing was booted before --timeout
    ToolsMissing = 7, // testboot: QEMU, iPXE or OVMF is not installed
    HarnessError = 8, // testboot: the QEMU harness itself failed
    GitlabAuth = 9,        // gitlab: the token was refused (401) or lacks a scope (403)
    GitlabNotFound = 10,   // gitlab: project, pipeline, job or artifact not found or not visible (404)
    GitlabUnavailable = 11, // gitlab: unreachable, timed out, rate-limited or failing (5xx)
    NoToken = 12,          // gitlab: no token in BOOTLACE_GITLAB_TOKEN or the keychain
};

// Runs one bootlace-cli subcommand; `args` starts with the subcommand name.
int run(const QStringList &args);

} // namespace Bootlace::Cli
