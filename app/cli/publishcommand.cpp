#include "cli/publishcommand.h"

#include "cli/clicommand.h"
#include "cli/gitlabcommand.h"
#include "model/projectfile.h"
#include "publish/bootstrapkit.h"
#include "publish/publishhistory.h"
#include "publish/publishjob.h"
#include "publish/publishset.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Bootlace::Cli {

namespace {

const char *const kExitCodes = R"(Exit codes: 0 every target published and verified, 2 usage error, 3 unreadable project or
unknown history entry, 4 the history could not be written, 9 a target failed (server down,
wrong password, permission denied, disk full, connection cut; its previous files were kept
where the protocol allows), 10 a file read back differently from what was published (or a
mirrored artifact differs from its earlier download), 11 refused: the menu has linter errors or
an embedded secret (override with --force); mirroring the artifacts of a private GitLab project
failed: 12 token refused, 13 not found, 14 GitLab unavailable, 15 no token.)";

bool parse(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional, int *code,
           const QString &description)
{
    return parseCommand(parser, args, minPositional, maxPositional, code,
                        description + QStringLiteral("\n\n") + QString::fromUtf8(kExitCodes));
}

bool loadProject(const QString &fileName, Project *project)
{
    const ProjectFile::LoadResult loaded = ProjectFile::load(fileName);
    if (!loaded.ok()) {
        err() << "bootlace-cli: " << loaded.error << Qt::endl;
        return false;
    }
    *project = loaded.project;
    return true;
}

// The targets named on the command line (all when none are named); false on an unknown name.
bool selectTargets(const QList<PublishTarget> &all, const QStringList &names, QList<PublishTarget> *selected)
{
    for (const QString &name : names) {
        auto it = std::find_if(all.begin(), all.end(), [&](const PublishTarget &t) { return t.name == name; });
        if (it == all.end()) {
            QStringList known;
            for (const PublishTarget &t : all)
                known << t.name;
            err() << "bootlace-cli: no target named \"" << name << "\" (the project has: "
                  << (known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))) << ')' << Qt::endl;
            return false;
        }
        selected->append(*it);
    }
    if (names.isEmpty())
        *selected = all;
    return true;
}

// The password for a target: the environment variable (for CI jobs) or the keychain.
QString passwordFor(const PublishTarget &target)
{
    if (!target.usesPassword())
        return {};
    const QByteArray env = qgetenv(target.environmentVariable().toLatin1().constData());
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    const SecretStore::Result r = SecretStore::readBlocking(target.secretKey());
    if (r.ok())
        return r.secret;
    if (r.status != SecretStore::Status::NotFound && target.sshKeyFile.isEmpty())
        err() << "bootlace-cli: note: no password for target \"" << target.name << "\" (" << r.message << "; or set "
              << target.environmentVariable() << ')' << Qt::endl;
    return {};
}

QString shortHash(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex());
}

// Runs the job to its end with the CLI's own event loop, printing a line per target as it ends.
void runJob(PublishJob &job)
{
    QObject::connect(&job, &PublishJob::targetFinished, &job, [&job](int i) {
        const PublishJob::TargetResult &r = job.results().at(i);
        err() << r.target.name << ": " << (r.ok() ? "done" : "FAILED") << Qt::endl;
    });
    QObject::connect(&job, &PublishJob::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    job.start();
    QCoreApplication::exec();
}

int reportResults(const PublishJob &job, bool dryRun)
{
    bool failed = false;
    bool verifyFailed = false;
    for (const PublishJob::TargetResult &r : job.results()) {
        if (dryRun) {
            out() << "== " << r.target.name << " (" << PublishTarget::kindName(r.target.kind) << ' ' << r.target.location
                  << ")" << Qt::endl;
            if (!r.ok())
                out() << "error: " << r.error.message << Qt::endl;
            else
                out() << (r.diff.isEmpty() ? QStringLiteral("(no changes)\n") : r.diff);
        } else {
            out() << r.target.name << ':' << Qt::endl;
            for (const PublishJob::FileResult &f : r.files) {
                out() << "  " << f.remoteName << "  " << f.size << " bytes  sha256 " << shortHash(f.sha256) << "  ";
                if (f.alreadyThere)
                    out() << "already there, verified";
                else if (f.verified)
                    out() << "published, verified";
                else if (!f.error.ok())
                    out() << "FAILED";
                else
                    out() << "not published";
                out() << Qt::endl;
            }
            if (!r.ok())
                out() << "  error: " << r.error.message << Qt::endl;
        }
        if (!r.ok()) {
            failed = failed || r.error.error != TransferError::VerifyFailed;
            verifyFailed = verifyFailed || r.error.error == TransferError::VerifyFailed;
        }
    }
    out().flush();
    if (failed)
        return PublishFailed;
    return verifyFailed ? VerifyFailed : int(Success);
}

int recordHistory(const QString &projectFile, const PublishJob &job, const QList<PublishFiles> &files,
                  const QByteArray &projectJson, const QString &kind, const QString &rollbackOf)
{
    PublishHistory history(projectFile);
    QString error;
    const QString id = history.record(job.results(), files, projectJson, kind, rollbackOf, &error);
    if (id.isEmpty()) {
        err() << "bootlace-cli: the publish happened but could not be recorded: " << error << Qt::endl;
        return OutputError;
    }
    err() << "recorded in the publish history as " << id << Qt::endl;
    return Success;
}

} // namespace

const char *publishUsage()
{
    return R"(  publish PROJECT              Publish the menu to the project's targets (atomically, verified).
  history PROJECT              List earlier publishes; --show ID, --diff ID1 ID2.
  rollback PROJECT ID          Re-publish an earlier publish exactly.
  bootstrap PROJECT            Print the script to embed in iPXE, or a DHCP snippet (--dhcp).
)";
}

int publishCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file (.bootlace.json)."),
                                 QStringLiteral("publish PROJECT"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Publish to this target only. Repeatable; default: all targets."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Write nothing: show, per target, a unified diff between the files "
                                                   "there now and what would be written."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Publish even though the linter reports errors or an embedded "
                                                  "secret (for this publish only)."));
    const QCommandLineOption bootstrap(QStringLiteral("bootstrap"),
                                       QStringLiteral("Also publish bootstrap.ipxe, the script to embed in iPXE."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up on a server after S seconds without progress (default 30)."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    parser.addOptions({target, dryRun, force, bootstrap, timeout});
    int code = Success;
    if (!parse(parser, args, 1, 1, &code,
               QStringLiteral("Publishes the generated menu to every target of the project in parallel: each file is "
                              "written under a temporary name and renamed (TFTP: written in place), then read back and "
                              "compared by SHA-256. Passwords come from the keychain or from the environment variable "
                              "BOOTLACE_PUBLISH_PASSWORD_<TARGET NAME> (upper case, other characters as _).")))
        return code;
    bool ok = false;
    const int secs = parser.value(timeout).toInt(&ok);
    if (!ok || secs < 1 || secs > 3600) {
        err() << "bootlace-cli: --timeout expects seconds (1-3600)" << Qt::endl;
        return UsageError;
    }
    const QString projectFile = parser.positionalArguments().front();
    Project project;
    if (!loadProject(projectFile, &project))
        return InputError;
    if (project.targets.isEmpty()) {
        err() << "bootlace-cli: " << projectFile << " has no publish targets" << Qt::endl;
        return InputError;
    }
    QList<PublishTarget> targets;
    if (!selectTargets(project.targets, parser.values(target), &targets))
        return UsageError;

    // What the menu names must be what is published: entries that follow a branch get its latest
    // build, and artifacts of private projects are mirrored onto the targets.
    resolveFollowSources(&project);
    PublishSet set(project);
    set.setIncludeBootstrap(parser.isSet(bootstrap));
    const QStringList problems = set.gateProblems(targets);
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            err() << projectFile << ": menu.ipxe:" << p << Qt::endl;
        if (!parser.isSet(force) && !parser.isSet(dryRun)) {
            err() << "bootlace-cli: refusing to publish a menu with " << problems.size()
                  << " linter error(s) or embedded secret(s); fix them or use --force" << Qt::endl;
            return GateRefused;
        }
        if (!parser.isSet(dryRun))
            err() << "bootlace-cli: warning: publishing despite the problems above (--force)" << Qt::endl;
    }

    for (const PublishTarget &t : targets) {
        QString error;
        set.scriptFor(t, &error);
        if (!error.isEmpty()) {
            err() << "bootlace-cli: " << error << Qt::endl;
            return UsageError;
        }
    }
    if (const int mirrored = mirrorArtifacts(&set); mirrored != Success)
        return mirrored;

    PublishJob job;
    job.setProjectDir(QFileInfo(projectFile).absolutePath());
    job.setDryRun(parser.isSet(dryRun));
    job.setTimeout(secs);
    QList<PublishFiles> given;
    for (const PublishTarget &t : targets) {
        QString error;
        const PublishFiles files = set.filesFor(t, &error);
        if (!error.isEmpty()) {
            err() << "bootlace-cli: " << error << Qt::endl;
            return UsageError;
        }
        job.addTarget(t, passwordFor(t), files);
        given << files;
    }
    runJob(job);
    const int result = reportResults(job, parser.isSet(dryRun));
    if (parser.isSet(dryRun))
        return result == VerifyFailed ? int(Success) : result;
    const int recorded = recordHistory(projectFile, job, given, ProjectFile::serialize(project), QStringLiteral("publish"), {});
    return result != Success ? result : recorded;
}

int historyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file (.bootlace.json)."),
                                 QStringLiteral("history PROJECT"));
    const QCommandLineOption show(QStringLiteral("show"), QStringLiteral("Show one publish in detail."), QStringLiteral("ID"));
    const QCommandLineOption diff(QStringLiteral("diff"),
                                  QStringLiteral("Unified diff from publish ID to the publish given as a second "
                                                 "argument: --diff ID1 ID2."),
                                  QStringLiteral("ID"));
    parser.addOptions({show, diff});
    int code = Success;
    if (!parse(parser, args, 1, 2, &code,
               QStringLiteral("Lists the publishes of a project, newest first, from the history kept next to the "
                              "project file (PROJECT.history/).")))
        return code;
    const QString projectFile = parser.positionalArguments().front();
    if (!QFileInfo::exists(projectFile)) {
        err() << "bootlace-cli: cannot open " << projectFile << Qt::endl;
        return InputError;
    }
    PublishHistory history(projectFile);
    QString error;
    if (parser.isSet(diff)) {
        if (parser.positionalArguments().size() != 2) {
            err() << "bootlace-cli: --diff needs two entries: --diff ID1 ID2" << Qt::endl;
            return UsageError;
        }
        PublishHistory::Entry a, b;
        if (!history.entry(parser.value(diff), &a, &error) || !history.entry(parser.positionalArguments().at(1), &b, &error)) {
            err() << "bootlace-cli: " << error << Qt::endl;
            return InputError;
        }
        out() << history.diff(a, b);
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << parser.helpText();
        return UsageError;
    }
    if (parser.isSet(show)) {
        PublishHistory::Entry e;
        if (!history.entry(parser.value(show), &e, &error)) {
            err() << "bootlace-cli: " << error << Qt::endl;
            return InputError;
        }
        out() << "id:      " << e.id << "\ntime:    " << e.time.toString(Qt::ISODate) << "\nkind:    " << e.kind;
        if (!e.rollbackOf.isEmpty())
            out() << " of " << e.rollbackOf;
        out() << "\nproject: sha256 " << shortHash(e.projectSha256) << Qt::endl;
        for (const PublishHistory::TargetRecord &t : e.targets) {
            out() << t.target.name << " (" << PublishTarget::kindName(t.target.kind) << ' ' << t.target.location
                  << "): " << (t.ok ? "ok" : "FAILED") << Qt::endl;
            if (!t.error.isEmpty())
                out() << "  error: " << t.error << Qt::endl;
            for (const PublishHistory::FileRecord &f : t.files)
                out() << "  " << f.remoteName << "  " << f.size << " bytes  sha256 " << shortHash(f.sha256)
                      << (f.verified ? "  verified" : "  not verified") << Qt::endl;
        }
        return Success;
    }
    const QList<PublishHistory::Entry> entries = history.entries();
    if (entries.isEmpty())
        err() << "no publishes recorded for " << projectFile << Qt::endl;
    for (const PublishHistory::Entry &e : entries) {
        QStringList targets;
        for (const PublishHistory::TargetRecord &t : e.targets)
            targets << t.target.name + (t.ok ? QString() : QStringLiteral(" (failed)"));
        out() << e.id << "  " << e.time.toString(Qt::ISODate) << "  " << e.kind << "  " << targets.join(QStringLiteral(", "))
              << Qt::endl;
    }
    return Success;
}

int rollbackCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file (.bootlace.json)."),
                                 QStringLiteral("rollback PROJECT"));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The publish to restore (see history)."));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Restore this target only. Repeatable; default: every target of "
                                                   "that publish."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Show what would change; write nothing."));
    parser.addOptions({target, dryRun});
    int code = Success;
    if (!parse(parser, args, 2, 2, &code,
               QStringLiteral("Re-publishes the exact bytes of an earlier publish to its targets (as the project "
                              "defines them now, or as they were then if since removed), verified like a publish.")))
        return code;
    const QString projectFile = parser.positionalArguments().at(0);
    Project project;
    if (!loadProject(projectFile, &project))
        return InputError;
    PublishHistory history(projectFile);
    PublishHistory::Entry entry;
    QString error;
    if (!history.entry(parser.positionalArguments().at(1), &entry, &error)) {
        err() << "bootlace-cli: " << error << Qt::endl;
        return InputError;
    }
    QList<PublishTarget> recorded;
    for (const PublishHistory::TargetRecord &t : entry.targets)
        recorded << t.target;
    QList<PublishTarget> selected;
    if (!selectTargets(recorded, parser.values(target), &selected))
        return UsageError;

    PublishJob job;
    job.setProjectDir(QFileInfo(projectFile).absolutePath());
    job.setDryRun(parser.isSet(dryRun));
    QList<PublishFiles> given;
    for (const PublishHistory::TargetRecord &t : entry.targets) {
        if (!std::any_of(selected.begin(), selected.end(), [&](const PublishTarget &s) { return s.name == t.target.name; }))
            continue;
        PublishTarget current = t.target;
        for (const PublishTarget &p : project.targets)
            current = p.name == t.target.name ? p : current;
        const PublishFiles files = history.filesOf(t);
        job.addTarget(current, passwordFor(current), files);
        given << files;
    }
    runJob(job);
    const int result = reportResults(job, parser.isSet(dryRun));
    if (parser.isSet(dryRun))
        return result == VerifyFailed ? int(Success) : result;
    QByteArray projectJson;
    history.object(entry.projectSha256, &projectJson, &error);
    const int recordedCode = recordHistory(projectFile, job, given, projectJson, QStringLiteral("rollback"), entry.id);
    return result != Success ? result : recordedCode;
}

int bootstrapCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file (.bootlace.json)."),
                                 QStringLiteral("bootstrap PROJECT"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("The target clients load the menu from (default: the first with an "
                                                   "HTTP base URL or TFTP)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption dhcp(QStringLiteral("dhcp"),
                                  QStringLiteral("Print the snippet for this DHCP server instead: %1.")
                                      .arg(BootstrapKit::dhcpNames().join(QStringLiteral(", "))),
                                  QStringLiteral("SERVER"));
    const QCommandLineOption tftpServer(QStringLiteral("tftp-server"),
                                        QStringLiteral("Address of the TFTP server with undionly.kpxe and ipxe.efi "
                                                       "(for --dhcp; default: the target's host)."),
                                        QStringLiteral("ADDRESS"));
    parser.addOptions({target, dhcp, tftpServer});
    int code = Success;
    if (!parse(parser, args, 1, 1, &code,
               QStringLiteral("Prints the script to embed into iPXE (make bin/undionly.kpxe EMBED=bootstrap.ipxe), "
                              "which chains the published menu, or with --dhcp a DHCP server snippet that hands iPXE "
                              "the menu and plain PXE clients the iPXE binary (breaking the loop by user class iPXE).")))
        return code;
    Project project;
    if (!loadProject(parser.positionalArguments().front(), &project))
        return InputError;
    QList<PublishTarget> candidates;
    if (!selectTargets(project.targets, parser.isSet(target) ? QStringList{parser.value(target)} : QStringList(), &candidates))
        return UsageError;
    const auto it = std::find_if(candidates.begin(), candidates.end(),
                                 [](const PublishTarget &t) { return !t.clientUrl(PublishSet::menuFileName()).isEmpty(); });
    if (it == candidates.end()) {
        err() << "bootlace-cli: no target tells where clients load the menu from: set an HTTP base URL" << Qt::endl;
        return InputError;
    }
    const QString menuUrl = it->clientUrl(PublishSet::menuFileName());
    if (!parser.isSet(dhcp)) {
        out() << BootstrapKit::script(menuUrl);
        return Success;
    }
    BootstrapKit::Dhcp kind;
    if (!BootstrapKit::parseDhcp(parser.value(dhcp), &kind)) {
        err() << "bootlace-cli: --dhcp must be one of " << BootstrapKit::dhcpNames().join(QStringLiteral(", ")) << Qt::endl;
        return UsageError;
    }
    QString server = parser.value(tftpServer);
    if (server.isEmpty())
        server = it->host().isEmpty() ? QUrl(it->httpBaseUrl).host() : it->host();
    out() << BootstrapKit::dhcpSnippet(kind, menuUrl, server);
    return Success;
}

} // namespace Bootlace::Cli
