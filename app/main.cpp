#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bootlace"));
    QApplication::setApplicationVersion(QStringLiteral(BOOTLACE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Bootlace"));
    QApplication::setDesktopFileName(QStringLiteral("org.bootlace.Bootlace"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Edit, check and publish iPXE boot menus."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "Project file to open."));
    parser.process(app);

    Bootlace::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().front());
    window.show();
    return QApplication::exec();
}
