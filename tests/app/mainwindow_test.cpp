#include "editor/projecttreeview.h"
#include "ipxe/scriptwriter.h"
#include "mainwindow.h"
#include "model/projectdocument.h"
#include "model/projectfile.h"
#include "model/projectmodel.h"
#include "model/recoverystore.h"
#include "preview/diagnosticspane.h"
#include "preview/menusimulatorwidget.h"
#include "preview/previewpane.h"
#include "settings/settings.h"

#include "support/testdata.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Bootlace;
using Bootlace::Test::TestData;

// The editor window as a user drives it: forms and actions change the project through the undo
// stack, the preview and diagnostics follow, crash recovery brings unsaved work back.
class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString examplePath() const { return TestData::path(QStringLiteral("examples/homelab.bootlace.json")); }

    // Answers the next modal message box with the button whose text contains `button`.
    void answerNextMessageBox(const QString &button)
    {
        QTimer::singleShot(50, this, [button] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || !box->isVisible())
                    continue;
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().remove(QLatin1Char('&')).contains(button)) {
                        b->click();
                        return;
                    }
                }
            }
        });
    }

private Q_SLOTS:
    void opensTheExampleAndPreviewsIt()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        MainWindow w(&settings);
        QVERIFY(w.openProject(examplePath()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *preview = w.findChild<PreviewPane *>();
        QVERIFY(preview);
        const QString expected = ScriptWriter::write(ProjectFile::load(examplePath()).project);
        QTRY_COMPARE(preview->script(), expected);
        QVERIFY(w.windowTitle().startsWith(QLatin1String("homelab.bootlace.json")));
        QCOMPARE(settings.recentFiles().front(), examplePath());
    }

    void buildAMenuThroughTheUiWithUndo()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        MainWindow w(&settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *tree = w.findChild<ProjectTreeView *>();
        ProjectDocument *doc = w.document();
        const Project before = doc->model()->project();
        tree->setCurrentPosition(0, 0);
        tree->addKindAction(Item::Kind::Linux)->trigger();
        QCOMPARE(doc->model()->project().entryCount(), before.entryCount() + 1);
        QVERIFY(w.isWindowModified());
        auto *label = w.findChild<QLineEdit *>(QStringLiteral("label"));
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible());
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("Debian installer"));
        auto *kernel = w.findChild<QLineEdit *>(QStringLiteral("kernel"));
        kernel->selectAll();
        QTest::keyClicks(kernel, QStringLiteral("http://10.0.2.100/linux"));
        int menu = -1, row = -1;
        QVERIFY(tree->currentPosition(&menu, &row));
        const Item added = doc->model()->project().menus.at(menu).items.at(row);
        QCOMPARE(added.label, QStringLiteral("Debian installer"));
        QCOMPARE(added.kernel, QStringLiteral("http://10.0.2.100/linux"));
        auto *preview = w.findChild<PreviewPane *>();
        QTRY_VERIFY(preview->script().contains(QLatin1String("kernel http://10.0.2.100/linux")));
        QTRY_COMPARE(preview->script(), ScriptWriter::write(doc->model()->project()));

        // Typing in one field is one undo step each: kernel, label, then the added entry.
        QUndoStack *stack = doc->undoStack();
        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(doc->model()->project(), before);
        QVERIFY(!w.isWindowModified());
        stack->redo();
        stack->redo();
        QCOMPARE(doc->model()->project().menus.at(menu).items.at(row).label, QStringLiteral("Debian installer"));
    }

    void clickingADiagnosticSelectsItsItem()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        MainWindow w(&settings);
        QVERIFY(w.openProject(examplePath()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ProjectDocument *doc = w.document();
        // Make the Debian entry use https: the debian build has no HTTPS.
        auto *tree = w.findChild<ProjectTreeView *>();
        const QModelIndex debian = doc->model()->indexForId(QStringLiteral("debian"));
        tree->setCurrentPosition(0, debian.row());
        auto *kernel = w.findChild<QLineEdit *>(QStringLiteral("kernel"));
        QTRY_VERIFY(kernel->isVisible());
        kernel->selectAll();
        QTest::keyClicks(kernel, QStringLiteral("https://deb.example/linux"));
        auto *diagnostics = w.findChild<DiagnosticsPane *>();
        QTRY_COMPARE(diagnostics->errorCount(), 1);
        tree->setCurrentPosition(0, 0);
        const QList<Diagnostic> list = diagnostics->diagnostics();
        Q_EMIT diagnostics->lineActivated(list.front().line);
        int menu = -1, row = -1;
        QVERIFY(tree->currentPosition(&menu, &row));
        QCOMPARE(doc->model()->project().menus.at(menu).items.at(row).id, QStringLiteral("debian"));
    }

    void simulatorFollowsTheProject()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        MainWindow w(&settings);
        QVERIFY(w.openProject(examplePath()));
        auto *sim = w.findChild<MenuSimulatorWidget *>();
        sim->setClient(PlatformCondition::Firmware::Bios, PlatformCondition::Arch::I386);
        QVERIFY(!sim->screenText().join(QLatin1Char('\n')).contains(QLatin1String("UEFI shell")));
        sim->setClient(PlatformCondition::Firmware::Uefi, PlatformCondition::Arch::X86_64);
        QVERIFY(sim->screenText().join(QLatin1Char('\n')).contains(QLatin1String("UEFI shell")));
    }

    // Unsaved work survives a crash: a session that autosaved and died leaves its state behind,
    // and the next window offers it and restores it as unsaved changes to the same file.
    void crashRecoveryRestoresTheWork()
    {
        const QString recoveryDir = m_dir.filePath(QStringLiteral("recovery"));
        Project edited = ProjectFile::load(examplePath()).project;
        edited.menus[0].items[1].label = QStringLiteral("Edited before the crash");
        QString lock;
        {
            // The crashed session autosaved; its store going away releases the lock but keeps the
            // autosave, as a process that dies does.
            RecoveryStore crashed(recoveryDir);
            QVERIFY(crashed.beginSession());
            QCOMPARE(crashed.save(edited, examplePath()), QString());
            lock = recoveryDir + QLatin1Char('/') + crashed.sessionId() + QStringLiteral(".lock");
        }
        // A lock left by a process that no longer exists, as after kill -9.
        QVERIFY(TestData::write(lock, "999999\nbootlace\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        RecoveryStore store(recoveryDir);
        QVERIFY(store.beginSession());
        MainWindow w(&settings, &store);
        w.show();
        answerNextMessageBox(QStringLiteral("Restore"));
        w.offerRecovery();
        QCOMPARE(w.document()->model()->project(), edited);
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->fileName(), examplePath());
        QVERIFY(store.orphans().isEmpty());
        // Closing without saving must not touch the example on disk.
        answerNextMessageBox(QStringLiteral("Discard"));
        QVERIFY(w.close());
        QCOMPARE(ProjectFile::load(examplePath()).project.menus[0].items[1].label, QStringLiteral("Boot from local disk"));
    }

    // The real thing: a bootlace window with unsaved work is killed with SIGKILL; the next
    // window offers the work back.
    void killDashNineLosesNothing()
    {
        const QString recoveryDir = m_dir.filePath(QStringLiteral("recovery-kill"));
        QProcess victim;
        victim.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        victim.start(QStringLiteral(BOOTLACE_RECOVERY_VICTIM),
                     {m_dir.filePath(QStringLiteral("victim.ini")), recoveryDir, examplePath(),
                      QStringLiteral("Typed before kill -9")});
        QVERIFY(victim.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += victim.readAllStandardOutput()).contains("READY")
                                     || victim.state() == QProcess::NotRunning,
                                 20000);
        QVERIFY2(victim.state() == QProcess::Running, victim.readAllStandardError().constData());
        victim.kill(); // SIGKILL: no destructor, no cleanup
        QVERIFY(victim.waitForFinished());

        Settings settings(m_dir.filePath(QStringLiteral("after-kill.ini")));
        RecoveryStore store(recoveryDir);
        QVERIFY(store.beginSession());
        QCOMPARE(store.orphans().size(), 1);
        MainWindow w(&settings, &store);
        w.show();
        answerNextMessageBox(QStringLiteral("Restore"));
        w.offerRecovery();
        QCOMPARE(w.document()->model()->project().menus.at(0).items.at(1).label,
                 QStringLiteral("Typed before kill -9"));
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->fileName(), examplePath());
        answerNextMessageBox(QStringLiteral("Discard"));
        QVERIFY(w.close());
    }

    void closeWithUnsavedChangesAsks()
    {
        Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
        MainWindow w(&settings);
        w.show();
        w.findChild<ProjectTreeView *>()->addKindAction(Item::Kind::Shell)->trigger();
        answerNextMessageBox(QStringLiteral("Cancel"));
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        answerNextMessageBox(QStringLiteral("Discard"));
        QVERIFY(w.close());
    }

    void brokenFileKeepsTheWindowAsItWas()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.bootlace.json"));
        QVERIFY(TestData::write(broken, "{\"schema\": 1, \"menus\": [}"));
        Settings settings(m_dir.filePath(QStringLiteral("g.ini")));
        MainWindow w(&settings);
        QVERIFY(w.openProject(examplePath()));
        const Project before = w.document()->model()->project();
        answerNextMessageBox(QStringLiteral("OK"));
        QVERIFY(!w.openProject(broken));
        QCOMPARE(w.document()->model()->project(), before);
        QVERIFY(w.document()->fileName().endsWith(QLatin1String("homelab.bootlace.json")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
