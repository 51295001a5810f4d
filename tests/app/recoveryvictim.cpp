// Helper process for mainwindow_test: opens a project in a real MainWindow, makes an unsaved
// edit, autosaves it and then waits to be killed with SIGKILL, as a crashing editor would be.
// Usage: recoveryvictim SETTINGS_INI RECOVERY_DIR PROJECT NEW_LABEL
#include "mainwindow.h"
#include "model/commands/edititem.h"
#include "model/projectdocument.h"
#include "model/projectmodel.h"
#include "model/recoverystore.h"
#include "settings/settings.h"

#include <QApplication>
#include <QUndoStack>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 5)
        return 2;
    using namespace Bootlace;
    Settings settings(QString::fromLocal8Bit(argv[1]));
    RecoveryStore store(QString::fromLocal8Bit(argv[2]));
    if (!store.beginSession())
        return 3;
    MainWindow window(&settings, &store);
    if (!window.openProject(QString::fromLocal8Bit(argv[3])))
        return 4;
    ProjectModel *model = window.document()->model();
    Item it = model->project().menus.at(0).items.at(1);
    it.label = QString::fromLocal8Bit(argv[4]);
    window.document()->undoStack()->push(new EditItem(model, 0, 1, it, QStringLiteral("label")));
    window.document()->autosave();
    std::puts("READY");
    std::fflush(stdout);
    return QApplication::exec();
}
