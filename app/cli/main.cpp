#include "cli/clicommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bootlace-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOOTLACE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Bootlace"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return Bootlace::Cli::run(args);
}
