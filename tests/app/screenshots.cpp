// Renders the documentation screenshots from a real window: run by scripts/screenshots.sh under
// Xvfb. Not a test; it writes PNGs into the directory given as the first argument.
// With --language CODE it renders only the main window in that language (main-window-CODE.png).
#include "editor/projecttreeview.h"
#include "languages.h"
#include "mainwindow.h"
#include "model/commands/edititem.h"
#include "model/projectdocument.h"
#include "model/projectmodel.h"
#include "preview/menusimulatorwidget.h"
#include "settings/settings.h"
#include "publish/publishdialog.h"
#include "support/fakegitlabserver.h"
#include "support/gitlabentry.h"
#include "testboot/testbootwindow.h"
#include "testboot/vmscreenwidget.h"

#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Bootlace;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x81));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x81));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x81));
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    return p;
}

bool shoot(QWidget *w, const QString &file)
{
    QTest::qWait(600); // let the preview's debounce and the window manager settle
    const QPixmap pixmap = w->screen()->grabWindow(w->winId());
    return pixmap.save(file);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStringList args = QApplication::arguments().mid(1);
    QString language;
    const qsizetype languageAt = args.indexOf(QStringLiteral("--language"));
    if (languageAt >= 0 && languageAt + 1 < args.size()) {
        language = args.at(languageAt + 1);
        args.remove(languageAt, 2);
    }
    const QString out = args.value(0, QStringLiteral("docs/screenshots"));
    const QString project = args.value(1, QStringLiteral("examples/homelab.bootlace.json"));
    QTemporaryDir dir;
    bool ok = true;
    // English too: its plural forms ("1 file", "3 files") come from bootlace_en.qm.
    if (language.isEmpty())
        Languages::install(&app, QStringLiteral("en"));
    if (!language.isEmpty()) {
        if (Languages::install(&app, language) != language) {
            qWarning("no translation for %s (build the bootlace_gui_lrelease target)", qPrintable(language));
            return 1;
        }
        Settings settings(dir.filePath(language + QStringLiteral(".ini")));
        MainWindow w(&settings);
        w.resize(1440, 860);
        w.openProject(project);
        w.show();
        ok &= QTest::qWaitForWindowExposed(&w);
        const QModelIndex debian = w.document()->model()->indexForId(QStringLiteral("debian"));
        w.findChild<ProjectTreeView *>()->setCurrentPosition(0, debian.row());
        ok &= shoot(&w, out + QStringLiteral("/main-window-") + language + QStringLiteral(".png"));
        return ok ? 0 : 1;
    }
    for (const bool dark : {false, true}) {
        if (dark)
            QApplication::setPalette(darkPalette());
        Settings settings(dir.filePath(dark ? QStringLiteral("dark.ini") : QStringLiteral("light.ini")));
        MainWindow w(&settings);
        w.resize(1440, 860);
        w.openProject(project);
        w.show();
        ok &= QTest::qWaitForWindowExposed(&w);
        auto *tree = w.findChild<ProjectTreeView *>();
        ProjectModel *model = w.document()->model();
        const QModelIndex debian = model->indexForId(QStringLiteral("debian"));
        tree->setCurrentPosition(0, debian.row());
        ok &= shoot(&w, out + (dark ? QStringLiteral("/main-window-dark.png") : QStringLiteral("/main-window.png")));
        if (dark)
            break;

        // Diagnostics: an https kernel URL (the Debian build has no HTTPS) and a typo'd command.
        Item broken = model->project().menus.at(0).items.at(debian.row());
        broken.kernel = QStringLiteral("https://deb.debian.org/debian/linux");
        w.document()->undoStack()->push(new EditItem(model, 0, debian.row(), broken));
        const QModelIndex memtest = model->indexForId(QStringLiteral("memtest"));
        Item script;
        script.kind = Item::Kind::Script;
        script.id = QStringLiteral("custom");
        script.label = QStringLiteral("Custom script");
        script.script = QStringLiteral("echo Custom\nparams\nchian http://boot.lab.lan/x.ipxe");
        w.document()->undoStack()->push(new EditItem(model, 0, memtest.row(), script));
        tree->setCurrentPosition(0, memtest.row());
        ok &= shoot(&w, out + QStringLiteral("/diagnostics.png"));
        w.document()->undoStack()->undo();
        w.document()->undoStack()->undo();

        // An entry built by GitLab CI in a private project: its provenance, the mirror box, and
        // ", mirrored" in the tree.
        {
            ArtifactSource src;
            src.instance = QStringLiteral("https://gitlab.lab.lan");
            src.projectPath = QStringLiteral("infra/netboot");
            src.projectId = 42;
            src.ref = QStringLiteral("main");
            src.pipelineId = 18342;
            src.jobId = 4711;
            src.jobName = QStringLiteral("netboot");
            src.commit = QStringLiteral("3f2a9c01d4e5b6a7c8d9e0f1a2b3c4d5e6f7a8b9");
            src.expiresAt = QDateTime::currentDateTimeUtc().addDays(27);
            src.mirror = true;
            const QModelIndex nixos = model->indexForId(QStringLiteral("nixos"));
            Item built = model->project().menus.at(0).items.at(nixos.row());
            built.kernel = src.fileUrl(QStringLiteral("result/bzImage"));
            built.initrds = {src.fileUrl(QStringLiteral("result/initrd"))};
            built.source = src;
            w.document()->undoStack()->push(new EditItem(model, 0, nixos.row(), built));
            tree->setCurrentPosition(0, nixos.row());
            ok &= shoot(&w, out + QStringLiteral("/mirrored-entry.png"));
            w.document()->undoStack()->undo();
        }

        // The simulator dock in front, a UEFI client.
        for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
            if (dock->objectName() == QLatin1String("SimulatorDock"))
                dock->raise();
        }
        auto *sim = w.findChild<MenuSimulatorWidget *>();
        sim->setClient(PlatformCondition::Firmware::Uefi, PlatformCondition::Arch::X86_64);
        sim->showMenu(QStringLiteral("main"));
        ok &= shoot(&w, out + QStringLiteral("/simulator.png"));

        // A test boot in real iPXE: the menu on the VM screen, the requests beside it.
        w.showTestBoot();
        TestBootWindow *boot = w.testBootWindow();
        boot->resize(1280, 640);
        ok &= QTest::qWaitForWindowExposed(boot);
        boot->startBoot();
        ok &= QTest::qWaitFor([boot] { return boot->consoleText().contains(QStringLiteral("Homelab network boot")); }, 30000);
        QTest::keyClick(boot->screenWidget(), Qt::Key_Down);
        QTest::keyClick(boot->screenWidget(), Qt::Key_Down);
        QTest::qWait(1500);
        ok &= shoot(boot, out + QStringLiteral("/test-boot.png"));
        boot->close();

        // Publishing the example to its directory target (a copy in a temporary folder): the
        // dry-run diff, then the verified result.
        {
            const QString copy = dir.filePath(QStringLiteral("homelab.bootlace.json"));
            QFile::remove(copy);
            QFile::copy(project, copy);
            PublishDialog publish(model->project(), copy, &w);
            publish.resize(900, 560);
            publish.show();
            ok &= QTest::qWaitForWindowExposed(&publish);
            auto *preview = publish.findChild<QPushButton *>(QStringLiteral("preview"));
            QPushButton *go = nullptr;
            for (QPushButton *b : publish.findChildren<QPushButton *>()) {
                if (b->objectName() == QLatin1String("publish"))
                    go = b;
            }
            if (preview && go) {
                preview->click();
                ok &= QTest::qWaitFor([go] { return go->isEnabled(); }, 20000);
                QSignalSpy done(&publish, &PublishDialog::publishFinished);
                go->click();
                ok &= done.wait(30000);
                ok &= shoot(&publish, out + QStringLiteral("/publish.png"));
            } else {
                ok = false;
            }
            publish.close();

            // A NixOS build of a private GitLab project: its artifacts are downloaded (speed and
            // time left) and published next to the menu. The fake GitLab of the test suite
            // stands in for the instance, at 4 MB/s.
            Test::FakeGitlabServer gitlab(
                {{QStringLiteral("artifact_sizes"), QJsonObject{{QStringLiteral("results/initrd"), 48 << 20},
                                                                {QStringLiteral("results/bzImage"), 11 << 20}}},
                 {QStringLiteral("bytes_per_second"), 4 << 20}});
            QString error;
            if (!gitlab.start(&error)) {
                qWarning("%s", qPrintable(error));
                return 1;
            }
            qputenv("BOOTLACE_GITLAB_TOKEN", Test::FakeGitlabServer::token().toUtf8());
            qputenv("BOOTLACE_CACHE_DIR", dir.filePath(QStringLiteral("cache")).toUtf8());
            Project withPrivate = model->project();
            Item nixos = Test::gitlabEntry(gitlab.baseUrl().toString());
            nixos.id = QStringLiteral("nixos-lab");
            nixos.label = QStringLiteral("NixOS lab image (private, job 10281)");
            withPrivate.menus[0].items.insert(3, nixos);
            PublishDialog mirrored(withPrivate, copy, &w);
            mirrored.resize(900, 560);
            mirrored.show();
            ok &= QTest::qWaitForWindowExposed(&mirrored);
            auto *label = mirrored.findChild<QLabel *>(QStringLiteral("mirror"));
            for (QPushButton *b : mirrored.findChildren<QPushButton *>()) {
                if (b->objectName() == QLatin1String("publish"))
                    b->click();
            }
            ok &= QTest::qWaitFor([label] { return label->text().contains(QStringLiteral(" left")); }, 20000);
            QTest::qWait(2500);
            ok &= shoot(&mirrored, out + QStringLiteral("/publish-mirror.png"));
            QSignalSpy mirroredDone(&mirrored, &PublishDialog::publishFinished);
            ok &= mirroredDone.wait(60000);
            mirrored.close();
            qunsetenv("BOOTLACE_GITLAB_TOKEN");
        }
        w.document()->undoStack()->clear();
        w.close();
    }
    return ok ? 0 : 1;
}
