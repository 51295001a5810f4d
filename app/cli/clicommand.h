#pragma once

#include <QStringList>

class QCommandLineParser;
class QTextStream;

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
    PublishFailed = 9,  // publish/rollback: a target failed (down, auth, permission, disk full, cut)
    VerifyFailed = 10,  // publish/rollback: a file read back differently from what was written
    GateRefused = 11,   // publish: linter errors or an embedded secret, and no --force
    GitlabAuth = 12,       // gitlab: the token was refused (401) or lacks a scope (403)
    GitlabNotFound = 13,  // gitlab: project, pipeline, job or artifact not found or not visible (404)
    GitlabUnavailable = 14, // gitlab: unreachable, timed out, rate-limited or failing (5xx)
    NoToken = 15,         // gitlab: no token in BOOTLACE_GITLAB_TOKEN or the keychain
};

// Runs one bootlace-cli subcommand; `args` starts with the subcommand name.
int run(const QStringList &args);

// Standard output and error, one stream each for every command (separate buffers per file would
// let lines come out of order).
QTextStream &out();
QTextStream &err();

// Parses a subcommand's arguments: --help prints the help (exit code 0), a parse error or a wrong
// number of positional arguments prints why (exit code 2); false then, with *exitCode set.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional,
                  int *exitCode, const QString &description = {});

} // namespace Bootlace::Cli
