#include "cli/clicommand.h"

#include "ipxe/scriptwriter.h"
#include "model/atomicfile.h"
#include "model/identifier.h"
#include "model/projectfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace Bootlace::Cli {

namespace {

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

const char *const kUsage = R"(Usage: bootlace-cli <command> [options]

Commands:
  render PROJECT [-o FILE]     Write the menu.ipxe generated from a project file.
  import MENU [-o PROJECT]     Read a hand-written iPXE menu into a project file.
  lint FILE|PROJECT            Check an iPXE script or a project's generated script.

Run "bootlace-cli <command> --help" for the options of a command.
Exit codes: 0 success, 1 lint findings, 2 usage error, 3 unreadable or malformed input,
4 output could not be written.
)";

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
bool parseCommand(QCommandLineParser &parser, const QStringList &args, int minPositional,
                  int maxPositional, int *exitCode)
{
    parser.setApplicationDescription(QString());
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
    int code = Success;
    if (!parseCommand(parser, args, 1, 1, &code))
        return code;
    ProjectFile::LoadResult loaded = ProjectFile::load(parser.positionalArguments().front());
    if (!loaded.ok()) {
        err() << "bootlace-cli: " << loaded.error << Qt::endl;
        return InputError;
    }
    for (const QString &assignment : parser.values(set)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString name = assignment.left(eq);
        if (eq <= 0 || !Identifier::isValid(name)) {
            err() << "bootlace-cli: --set expects NAME=VALUE with a valid variable name, got \"" << assignment
                  << "\"" << Qt::endl;
            return UsageError;
        }
        setVariable(&loaded.project, name, assignment.mid(eq + 1));
    }
    return writeOutput(parser.value(output), ScriptWriter::write(loaded.project).toUtf8());
}

} // namespace

int run(const QStringList &args)
{
    if (args.isEmpty()) {
        err() << kUsage;
        return UsageError;
    }
    const QString command = args.front();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << kUsage;
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "bootlace-cli " << BOOTLACE_VERSION << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("render"))
        return render(args);
    err() << "bootlace-cli: unknown command \"" << command << "\"\n\n" << kUsage;
    return UsageError;
}

} // namespace Bootlace::Cli
