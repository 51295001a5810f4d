#include "languages.h"
#include "mainwindow.h"
#include "model/recoverystore.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bootlace"));
    QApplication::setApplicationVersion(QStringLiteral(BOOTLACE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Bootlace"));
    QApplication::setDesktopFileName(QStringLiteral("org.bootlace.Bootlace"));
    QIcon fallbackIcon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        fallbackIcon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/org.bootlace.Bootlace.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.bootlace.Bootlace"), fallbackIcon));

    Bootlace::Settings settings;
    Bootlace::Languages::install(&app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Edit, check and publish iPXE boot menus."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "Project file to open."));
    parser.process(app);

    Bootlace::RecoveryStore recovery(Bootlace::RecoveryStore::defaultDirectory());
    QString recoveryError;
    const bool recoveryAvailable = recovery.beginSession(&recoveryError);
    if (!recoveryAvailable)
        qWarning("crash recovery is off: %s", qPrintable(recoveryError));

    Bootlace::MainWindow window(&settings, recoveryAvailable ? &recovery : nullptr);
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().front());
    window.show();
    window.offerRecovery();
    return QApplication::exec();
}
