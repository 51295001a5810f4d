#include "cli/clicommand.h"
#include "cli/publishcommand.h"

#include "cli/gitlabcommand.h"

#include "ipxe/buildprofile.h"
#include "ipxe/diagnostic.h"
#include "ipxe/linter.h"
#include "ipxe/scriptimporter.h"
#include "ipxe/scriptwriter.h"
#include "model/atomicfile.h"
#include "model/identifier.h"
#include "model/projectfile.h"
#include "testboot/testbootjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace Bootlace::Cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional,
                  int *exitCode, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << "bootlace-cli: " << parser.errorText() << Qt::endl;
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        *exitCode = Success;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        err() << parser.helpText();
        *exitCode = UsageError;
        return false;
    }
    return true;
}

namespace {

const char *const kUsage = R"(Usage: bootlace-cli <command> [options]

Commands:
  render PROJECT [-o FILE]     Write the menu.ipxe generated from a project file.
  import MENU [-o PROJECT]     Read a hand-written iPXE menu into a project file.
  lint FILE|PROJECT            Check an iPXE script or a project's generated script.
  testboot PROJECT             Boot the menu in real iPXE under QEMU and report what happened.
  gitlab pipelines|jobs|files|add-entry|check|login
                               Browse GitLab CI builds; add an entry from a job's artifacts.
%1
Run "bootlace-cli <command> --help" for the options of a command.
Exit codes: 0 success, 1 lint findings, 2 usage error, 3 unreadable or malformed input,
4 output could not be written; testboot: 5 boot failed, 6 timeout, 7 QEMU/iPXE/OVMF missing,
8 test-boot harness failed; publish/rollback: 9 a target failed, 10 verify failed,
11 refused (linter errors or an embedded secret; --force overrides); gitlab: 12 token
refused, 13 not found, 14 GitLab unavailable, 15 no token.
)";

QString usage()
{
    return QString::fromUtf8(kUsage).arg(QString::fromUtf8(publishUsage()));
}

// Writes data to fileName atomically, or to stdout for "-" / empty.
int writeOutput(const QString &fileName, const QByteArray &data)
{
    if (fileName.isEmpty() || fileName == QLatin1String("-")) {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size())
            return OutputError;
        return Success;
    }
    const QString error = AtomicFile::write(fileName, data);
    if (!error.isEmpty()) {
        err() << "bootlace-cli: " << error << Qt::endl;
        return OutputError;
    }
    return Success;
}

// Parses the options of one subcommand; returns false (with exitCode set) when the command
// should stop here (help shown or bad usage).
void setVariable(Project *project, const QString &name, const QString &value)
{
    for (Variable &v : project->variables) {
        if (v.name == name) {
            v.value = value;
            return;
        }
    }
    project->variables.append({name, value});
}

// Applies --set NAME=VALUE assignments; false (with a message) on a malformed one.
bool applySetOptions(Project *project, const QStringList &assignments)
{
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString name = assignment.left(eq);
        if (eq <= 0 || !Identifier::isValid(name)) {
            err() << "bootlace-cli: --set expects NAME=VALUE with a valid variable name, got \"" << assignment
                  << "\"" << Qt::endl;
            return false;
        }
        setVariable(project, name, assignment.mid(eq + 1));
    }
    return true;
}

int render(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file (.bootlace.json)."),
                                 QStringLiteral("render PROJECT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the script to FILE (atomically) instead of stdout."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Override (or add) the project variable NAME for this render, "
                                                "e.g. --set boot-server=http://10.0.0.5. Repeatable."),
                                 QStringLiteral("NAME=VALUE"));
    parser.addOption(set);
    const QCommandLineOption noResolve(QStringLiteral("no-resolve"),
                                       QStringLiteral("Keep the last known job of GitLab entries that follow a branch "
                                                      "instead of asking GitLab for its latest successful build."));
    parser.addOption(noResolve);
    int code = Success;
    if (!parseCommand(parser, args, 1, 1, &code))
        return code;
    ProjectFile::LoadResult loaded = ProjectFile::load(parser.positionalArguments().front());
    if (!loaded.ok()) {
        err() << "bootlace-cli: " << loaded.error << Qt::endl;
        return InputError;
    }
    if (!applySetOptions(&loaded.project, parser.values(set)))
        return UsageError;
    if (!parser.isSet(noResolve))
        resolveFollowSources(&loaded.project); // GitLab entries that follow a branch
    return writeOutput(parser.value(output), ScriptWriter::write(loaded.project).toUtf8());
}

// Reads a whole text file as UTF-8; returns false with a message on stderr.
bool readTextFile(const QString &fileName, QString *text)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << "bootlace-cli: cannot open " << fileName << ": " << f.errorString() << Qt::endl;
        return false;
    }
    *text = QString::fromUtf8(f.readAll());
    return true;
}

bool looksLikeProject(const QString &fileName, const QString &text)
{
    return fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || text.trimmed().startsWith(QLatin1Char('{'));
}

int import(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("MENU"), QStringLiteral("An iPXE script (menu.ipxe, netboot.ipxe, ...)."),
                                 QStringLiteral("import MENU"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write the project to FILE instead of stdout."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace FILE if it exists."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Project name (default: from the script)."),
                                  QStringLiteral("NAME"));
    parser.addOption(output);
    parser.addOption(force);
    parser.addOption(name);
    int code = Success;
    if (!parseCommand(parser, args, 1, 1, &code))
        return code;
    const QString menuFile = parser.positionalArguments().front();
    QString text;
    if (!readTextFile(menuFile, &text))
        return InputError;
    ScriptImporter::Result result = ScriptImporter::import(text);
    if (!result.ok()) {
        err() << "bootlace-cli: " << menuFile << ": " << result.error << Qt::endl;
        return InputError;
    }
    if (parser.isSet(name))
        result.project.name = parser.value(name);
    for (const QString &note : result.notes)
        err() << menuFile << ": note: " << note << Qt::endl;
    for (const ScriptImporter::KeptRaw &raw : result.keptRaw) {
        err() << menuFile << ':' << raw.firstLine;
        if (raw.lastLine > raw.firstLine)
            err() << '-' << raw.lastLine;
        err() << ": kept as raw script (" << raw.where << "): " << raw.reason << Qt::endl;
    }
    err() << "imported " << result.project.menus.size() << " menu(s) with " << result.project.entryCount()
          << " entries; " << result.keptRaw.size() << " block(s) kept as raw script" << Qt::endl;
    const QString outFile = parser.value(output);
    if (!outFile.isEmpty() && outFile != QLatin1String("-") && QFile::exists(outFile) && !parser.isSet(force)) {
        err() << "bootlace-cli: " << outFile << " exists; use --force to replace it" << Qt::endl;
        return OutputError;
    }
    return writeOutput(outFile, ProjectFile::serialize(result.project));
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    return {{QStringLiteral("line"), d.line},
            {QStringLiteral("column"), d.column},
            {QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
            {QStringLiteral("rule"), d.ruleId},
            {QStringLiteral("message"), d.message}};
}

int lint(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("An iPXE script, or a project file (its generated script is checked)."),
                                 QStringLiteral("lint FILE|PROJECT"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("iPXE build to check against: %1 (default: the project's, or debian).")
            .arg(BuildProfile::names().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption strict(QStringLiteral("strict"), QStringLiteral("Exit with 1 on warnings too."));
    parser.addOption(profileOption);
    parser.addOption(format);
    parser.addOption(strict);
    int code = Success;
    if (!parseCommand(parser, args, 1, 1, &code))
        return code;
    if (parser.value(format) != QLatin1String("text") && parser.value(format) != QLatin1String("json")) {
        err() << "bootlace-cli: --format must be text or json" << Qt::endl;
        return UsageError;
    }
    const QString file = parser.positionalArguments().front();
    QString text;
    if (!readTextFile(file, &text))
        return InputError;
    QString profileName = parser.value(profileOption);
    QString script = text;
    std::optional<Project> project; // when FILE is a project: its mirrored entries
    if (looksLikeProject(file, text)) {
        const ProjectFile::LoadResult loaded = ProjectFile::parse(text.toUtf8());
        if (!loaded.ok()) {
            err() << "bootlace-cli: " << file << ": " << loaded.error << Qt::endl;
            return InputError;
        }
        script = ScriptWriter::write(loaded.project);
        project = loaded.project;
        if (profileName.isEmpty())
            profileName = loaded.project.buildProfile;
    }
    if (profileName.isEmpty())
        profileName = QStringLiteral("debian");
    bool known = false;
    const BuildProfile profile = BuildProfile::byName(profileName, &known);
    if (!known) {
        err() << "bootlace-cli: unknown build profile \"" << profileName << "\" (known: "
              << BuildProfile::names().join(QStringLiteral(", ")) << ')' << Qt::endl;
        return UsageError;
    }
    QList<Diagnostic> diagnostics = Linter::lint(script, profile);
    if (project)
        Linter::relaxMirroredUrls(*project, script, &diagnostics);
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : diagnostics) {
        errors += d.severity == Diagnostic::Severity::Error ? 1 : 0;
        warnings += d.severity == Diagnostic::Severity::Warning ? 1 : 0;
    }
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray list;
        for (const Diagnostic &d : diagnostics)
            list.append(diagnosticJson(d));
        const QJsonObject report{{QStringLiteral("file"), file},
                                 {QStringLiteral("profile"), profile.name()},
                                 {QStringLiteral("errors"), errors},
                                 {QStringLiteral("warnings"), warnings},
                                 {QStringLiteral("diagnostics"), list}};
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        for (const Diagnostic &d : diagnostics) {
            out() << file << ':' << d.line << ':' << d.column << ": " << Diagnostic::severityName(d.severity)
                  << ": " << d.message << " [" << d.ruleId << ']' << Qt::endl;
        }
        err() << file << ": " << errors << " error(s), " << warnings << " warning(s) for the " << profile.name()
              << " build" << Qt::endl;
    }
    out().flush();
    if (errors > 0 || (parser.isSet(strict) && warnings > 0))
        return Findings;
    return Success;
}


const char *const kTestbootHelp = R"(Boots the project's generated menu in Debian's iPXE under QEMU/TCG (BIOS: ipxe.lkrn; UEFI:
OVMF + ipxe.efi), served by a loopback HTTP server that the guest sees as http://10.0.2.100
and that reaches nothing else. Chooses the default entry, or ENTRY (navigating through
submenus with the arrow keys or the entry's hotkey), then prints the requests iPXE made and
how the boot ended. "Kernel started" means: the test stubs exited QEMU, or the console showed
"Linux version", "Booting the kernel" or "EFI stub:" (a real kernel with console=ttyS0).
Point the project's URLs at the guest's view of --www with --set, e.g.
  --www ./www --set boot-server=http://10.0.2.100
With --proxy, every other http(s) URL of the project is fetched by the loopback server from
this computer's network (HTTPS too, which Debian's iPXE cannot do itself).
Needs the Debian packages qemu-system-x86 ipxe ovmf.
Exit codes: 0 kernel started, 2 usage error (also: ENTRY not shown on this platform),
3 unreadable project, 5 boot failed (iPXE error, or the menu returned), 6 timeout,
7 QEMU, iPXE or OVMF missing, 8 the harness itself failed.)";

int testboot(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file (.bootlace.json)."),
                                 QStringLiteral("testboot PROJECT"));
    const QCommandLineOption platform(QStringLiteral("platform"), QStringLiteral("bios (default) or efi."),
                                      QStringLiteral("PLATFORM"), QStringLiteral("bios"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Choose the entry with this id (default: the default entry)."),
                                    QStringLiteral("ENTRY"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Stop the VM after S seconds (default 60)."), QStringLiteral("S"),
                                     QStringLiteral("60"));
    const QCommandLineOption www(QStringLiteral("www"),
                                 QStringLiteral("Serve DIR as the boot server (read-only), next to the menu."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Override (or add) the project variable NAME, as for render. Repeatable."),
                                 QStringLiteral("NAME=VALUE"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
                                   QStringLiteral("Fetch the project's other http(s) URLs from this computer's network "
                                                  "through the loopback server (the VM reaches nothing else)."));
    parser.addOptions({platform, select, timeout, www, set, proxy});
    int code = Success;
    if (!parseCommand(parser, args, 1, 1, &code, QString::fromUtf8(kTestbootHelp)))
        return code;
    TestBootJob::Platform plat = TestBootJob::Platform::Bios;
    if (parser.value(platform) == QLatin1String("efi") || parser.value(platform) == QLatin1String("uefi")) {
        plat = TestBootJob::Platform::Efi;
    } else if (parser.value(platform) != QLatin1String("bios")) {
        err() << "bootlace-cli: --platform must be bios or efi" << Qt::endl;
        return UsageError;
    }
    bool ok = false;
    const int secs = parser.value(timeout).toInt(&ok);
    if (!ok || secs < 1 || secs > 3600) {
        err() << "bootlace-cli: --timeout expects seconds (1-3600)" << Qt::endl;
        return UsageError;
    }
    ProjectFile::LoadResult loaded = ProjectFile::load(parser.positionalArguments().front());
    if (!loaded.ok()) {
        err() << "bootlace-cli: " << loaded.error << Qt::endl;
        return InputError;
    }
    if (!applySetOptions(&loaded.project, parser.values(set)))
        return UsageError;

    TestBootJob job;
    job.setProject(loaded.project);
    job.setPlatform(plat);
    job.setSelection(parser.value(select));
    job.setTimeoutSecs(secs);
    job.setWwwDir(parser.value(www));
    job.setProxyRemote(parser.isSet(proxy));
    QObject::connect(&job, &TestBootJob::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    job.start();
    QCoreApplication::exec();

    const TestBootResult &r = job.result();
    using Outcome = TestBootResult::Outcome;
    switch (r.outcome) {
    case Outcome::ToolsMissing:
        err() << "bootlace-cli: " << r.detail << Qt::endl;
        return ToolsMissing;
    case Outcome::Error:
        err() << "bootlace-cli: " << r.detail << Qt::endl;
        return r.qemuExitCode == -1 && r.requests.isEmpty() && r.serial.isEmpty() ? UsageError : HarnessError;
    default:
        break;
    }
    out() << "requests:" << Qt::endl;
    for (const QString &request : r.requests)
        out() << "  " << request << Qt::endl;
    if (r.requests.isEmpty())
        out() << "  (none)" << Qt::endl;
    switch (r.outcome) {
    case Outcome::KernelStarted:
        out() << "result: " << r.detail << Qt::endl;
        break;
    case Outcome::BootFailed:
        out() << "result: boot failed: " << r.detail << Qt::endl;
        break;
    default:
        out() << "result: " << r.detail << Qt::endl;
        break;
    }
    out() << "time: " << QString::number(r.seconds, 'f', 1) << " s" << Qt::endl;
    switch (r.outcome) {
    case Outcome::KernelStarted:
        return Success;
    case Outcome::BootFailed:
        return BootFailed;
    default:
        return BootTimeout;
    }
}

} // namespace

int run(const QStringList &args)
{
    if (args.isEmpty()) {
        err() << usage();
        return UsageError;
    }
    const QString command = args.front();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << usage();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "bootlace-cli " << BOOTLACE_VERSION << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("render"))
        return render(args);
    if (command == QLatin1String("import"))
        return import(args);
    if (command == QLatin1String("lint"))
        return lint(args);
    if (command == QLatin1String("testboot"))
        return testboot(args);
    if (command == QLatin1String("publish"))
        return publishCommand(args);
    if (command == QLatin1String("history"))
        return historyCommand(args);
    if (command == QLatin1String("rollback"))
        return rollbackCommand(args);
    if (command == QLatin1String("bootstrap"))
        return bootstrapCommand(args);
    err() << "bootlace-cli: unknown command \"" << command << "\"\n\n" << usage();
    if (command == QLatin1String("gitlab"))
        return gitlab(args);
    err() << "bootlace-cli: unknown command \"" << command << "\"\n\n" << kUsage;
    return UsageError;
}

} // namespace Bootlace::Cli
