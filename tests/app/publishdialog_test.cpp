#include "publish/bootstrapkitdialog.h"
#include "publish/publishdialog.h"
#include "publish/publishhistorydialog.h"
#include "publish/publishtargetsdialog.h"

#include "model/projectfile.h"
#include "model/projectmodel.h"
#include "publish/publishhistory.h"
#include "support/fakegitlabserver.h"
#include "support/gitlabentry.h"
#include "support/testdata.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProgressBar>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;
using Bootlace::Test::TestData;

class PublishDialogTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Project example() const
    {
        return ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
    }
    static Item privateEntry(const QString &instance)
    {
        Item it = Bootlace::Test::gitlabEntry(instance);
        it.id = QStringLiteral("nixos-private");
        it.label = QStringLiteral("NixOS (private)");
        return it;
    }
    QString projectFile() const { return m_dir.filePath(QStringLiteral("lab.bootlace.json")); }
    QByteArray published() const
    {
        QFile f(m_dir.filePath(QStringLiteral("publish/menu.ipxe")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void previewThenPublishThenRollBack()
    {
        Project p = example();
        p.epilogue = QStringLiteral("echo one");
        PublishDialog dialog(p, projectFile());
        auto *targets = dialog.findChild<QTreeWidget *>(QStringLiteral("targets"));
        QCOMPARE(targets->topLevelItemCount(), 1);
        QCOMPARE(targets->topLevelItem(0)->checkState(0), Qt::Checked);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("gate"))->isHidden());

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("preview")), Qt::LeftButton);
        auto *diff = dialog.findChild<QPlainTextEdit *>(QStringLiteral("diff"));
        QTRY_VERIFY_WITH_TIMEOUT(diff->toPlainText().contains(QLatin1String("+echo one")), 10000);
        QVERIFY(published().isEmpty()); // a preview writes nothing

        QSignalSpy done(&dialog, &PublishDialog::publishFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("publish")), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.front().front().toBool(), true);
        QVERIFY(targets->topLevelItem(0)->text(3).startsWith(QLatin1String("Published and verified")));
        QVERIFY(published().contains("echo one"));
        const QString first = dialog.lastHistoryId();
        QVERIFY(!first.isEmpty());

        p.epilogue = QStringLiteral("echo two");
        PublishDialog second(p, projectFile());
        QSignalSpy done2(&second, &PublishDialog::publishFinished);
        QTest::mouseClick(second.findChild<QPushButton *>(QStringLiteral("publish")), Qt::LeftButton);
        QVERIFY(done2.wait(10000));
        QVERIFY(published().contains("echo two"));

        // The history shows both, with the diff against the one before.
        PublishHistoryDialog history(p, projectFile());
        auto *entries = history.findChild<QListWidget *>(QStringLiteral("entries"));
        QCOMPARE(entries->count(), 2);
        QVERIFY(history.findChild<QPlainTextEdit *>(QStringLiteral("details"))->toPlainText().contains(QLatin1String("+echo two")));

        // Roll back through the same dialog: the first bytes are back.
        PublishHistory h(projectFile());
        PublishHistory::Entry e;
        QString error;
        QVERIFY(h.entry(first, &e, &error));
        PublishDialog rollback(p, projectFile());
        rollback.setRollback(e.id, {e.targets.front().target}, {h.filesOf(e.targets.front())}, {});
        QSignalSpy done3(&rollback, &PublishDialog::publishFinished);
        QTest::mouseClick(rollback.findChild<QPushButton *>(QStringLiteral("publish")), Qt::LeftButton);
        QVERIFY(done3.wait(10000));
        QVERIFY(published().contains("echo one"));
        QVERIFY(h.entries().front().kind == QLatin1String("rollback"));
    }

    // An entry of a private GitLab project: the dialog downloads its files with the token, shows
    // speed and time left, and publishes them next to a menu that points at the target's copies.
    void mirrorsPrivateEntriesFirst()
    {
        FakeGitlabServer server({{QStringLiteral("artifact_sizes"), QJsonObject{{QStringLiteral("results/initrd"), 3 << 20}}},
                                 {QStringLiteral("bytes_per_second"), 1 << 20}});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir cache;
        qputenv("BOOTLACE_CACHE_DIR", cache.path().toUtf8());
        qputenv("BOOTLACE_GITLAB_TOKEN", FakeGitlabServer::token().toUtf8());
        Project p = example();
        p.menus.front().items.append(privateEntry(server.baseUrl().toString()));
        PublishDialog dialog(p, projectFile());
        auto *mirror = dialog.findChild<QLabel *>(QStringLiteral("mirror"));
        QVERIFY(!mirror->isHidden());
        QVERIFY2(mirror->text().contains(QLatin1String("2 file(s) of private GitLab projects will be downloaded")), qPrintable(mirror->text()));
        QVERIFY(mirror->text().contains(QLatin1String("bzImage, initrd")));

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("publish")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(mirror->text().contains(QLatin1String(" left")), 10000);
        QVERIFY2(mirror->text().contains(QLatin1String("/s, ")), qPrintable(mirror->text()));
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("mirrorProgress"))->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        qunsetenv("BOOTLACE_GITLAB_TOKEN");
        qunsetenv("BOOTLACE_CACHE_DIR");
        auto *targets = dialog.findChild<QTreeWidget *>(QStringLiteral("targets"));
        QVERIFY2(targets->topLevelItem(0)->text(3).startsWith(QLatin1String("Published and verified (3 file")),
                 qPrintable(targets->topLevelItem(0)->text(3) + mirror->text()));
        QVERIFY2(mirror->text().startsWith(QLatin1String("Mirrored 2 artifact file")), qPrintable(mirror->text()));
        const QString menu = QString::fromUtf8(published());
        QVERIFY2(menu.contains(QLatin1String("kernel http://boot.lab.lan/artifacts/")), qPrintable(menu));
        QVERIFY(!menu.contains(QLatin1String("/api/v4/")));
        QVERIFY(!menu.contains(FakeGitlabServer::token()));
        QDir artifacts(m_dir.filePath(QStringLiteral("publish/artifacts")));
        QCOMPARE(artifacts.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    }

    void mirroringWithoutTokenPublishesNothing()
    {
        qunsetenv("BOOTLACE_GITLAB_TOKEN");
        Project p = example();
        p.epilogue = QStringLiteral("echo never published");
        p.menus.front().items.append(privateEntry(QStringLiteral("http://127.0.0.1:9")));
        PublishDialog dialog(p, projectFile());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("publish")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        auto *mirror = dialog.findChild<QLabel *>(QStringLiteral("mirror"));
        QVERIFY2(mirror->text().contains(QLatin1String("no GitLab token for http://127.0.0.1:9")), qPrintable(mirror->text()));
        QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("targets"))->topLevelItem(0)->text(3),
                 QStringLiteral("Not published"));
        QVERIFY(!published().contains("never published"));
    }

    void gateNeedsOverride()
    {
        Project p = example();
        p.epilogue = QStringLiteral("chain https://admin:hunter2@boot.lan/x");
        PublishDialog dialog(p, projectFile());
        auto *gate = dialog.findChild<QLabel *>(QStringLiteral("gate"));
        auto *override = dialog.findChild<QCheckBox *>(QStringLiteral("override"));
        auto *publish = dialog.findChild<QPushButton *>(QStringLiteral("publish"));
        QVERIFY(!gate->isHidden());
        QVERIFY(gate->text().contains(QLatin1String("secret-in-url")));
        QVERIFY(!gate->text().contains(QLatin1String("hunter2")));
        QVERIFY(!publish->isEnabled());
        override->setChecked(true);
        QVERIFY(publish->isEnabled());
    }

    void unsavedProjectCannotPublish()
    {
        PublishDialog dialog(example(), QString());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("publish"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("preview"))->isEnabled());
    }

    void bootstrapKitCopies()
    {
        BootstrapKitDialog dialog(example());
        auto *script = dialog.findChild<QPlainTextEdit *>(QStringLiteral("script"));
        auto *snippet = dialog.findChild<QPlainTextEdit *>(QStringLiteral("snippet"));
        QVERIFY(script->toPlainText().contains(QLatin1String("chain --autofree http://boot.lab.lan/menu.ipxe")));
        QVERIFY(snippet->toPlainText().contains(QLatin1String("dhcp-userclass=set:ipxe,iPXE")));
        auto *dhcp = dialog.findChild<QComboBox *>(QStringLiteral("dhcp"));
        dhcp->setCurrentIndex(2);
        QVERIFY(snippet->toPlainText().contains(QLatin1String("option[77]")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("scriptCopy")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), script->toPlainText());
    }

    void targetsEditorPushesOneUndoStep()
    {
        ProjectModel model;
        model.setProject(example());
        QUndoStack stack;
        PublishTargetsDialog dialog(&model, &stack);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("add")), Qt::LeftButton);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        auto *location = dialog.findChild<QLineEdit *>(QStringLiteral("location"));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("pxe"));
        kind->setCurrentIndex(1);
        Q_EMIT kind->activated(1);
        location->selectAll();
        QTest::keyClicks(location, QStringLiteral("http://wrong/"));
        dialog.accept();
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted); // refused: not a TFTP URL
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QLatin1String("TFTP")));
        QCOMPARE(stack.count(), 0);
        location->clear();
        QTest::keyClicks(location, QStringLiteral("tftp://10.0.0.5/"));
        dialog.accept();
        QCOMPARE(stack.count(), 1);
        QCOMPARE(model.project().targets.size(), 2);
        QCOMPARE(model.project().targets.at(1).name, QStringLiteral("pxe"));
        QCOMPARE(model.project().targets.at(1).kind, PublishTarget::Kind::Tftp);
        stack.undo();
        QCOMPARE(model.project().targets.size(), 1);
    }
};

QTEST_MAIN(PublishDialogTest)
#include "publishdialog_test.moc"
