#include "gitlab/gitlabaccountsdialog.h"
#include "gitlab/gitlabbrowser.h"
#include "gitlab/provenanceview.h"
#include "model/projectmodel.h"
#include "settings/settings.h"

#include "support/fakegitlabserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;

namespace {

QTreeWidgetItem *findRow(QTreeWidget *tree, int column, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column) == text)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

int apiListings(const FakeGitlabServer &server)
{
    int n = 0;
    for (const QJsonObject &r : server.requests())
        n += r.value(QLatin1String("path")).toString().contains(QLatin1String("/pipelines?")) ? 1 : 0;
    return n;
}

} // namespace

// The GitLab dock against the fake server: browse to a job's files and create entries.
class GitlabBrowserTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

#define START(server)                                                                                                  \
    do {                                                                                                               \
        QString startError;                                                                                            \
        QVERIFY2((server).start(&startError), qPrintable(startError));                                                 \
    } while (false)

    // Browses to project `path`, pipeline `pipeline` (with an optional ref filter) and job "netboot".
    void browseToJob(GitlabBrowser &browser, const FakeGitlabServer &server, const QString &path, const QString &pipeline,
                     const QString &ref = {})
    {
        browser.connectTo(GitlabInstance(server.baseUrl()), FakeGitlabServer::token());
        auto *project = browser.findChild<QComboBox *>(QStringLiteral("project"));
        QTRY_VERIFY_WITH_TIMEOUT(project->count() == 2, 10000);
        if (!ref.isEmpty()) {
            auto *refFilter = browser.findChild<QLineEdit *>(QStringLiteral("refFilter"));
            refFilter->setText(ref);
        }
        project->setCurrentIndex(project->findText(path));
        auto *pipelines = browser.findChild<QTreeWidget *>(QStringLiteral("pipelines"));
        QTRY_VERIFY_WITH_TIMEOUT(findRow(pipelines, 0, pipeline) != nullptr, 10000);
        pipelines->setCurrentItem(findRow(pipelines, 0, pipeline));
        auto *jobs = browser.findChild<QTreeWidget *>(QStringLiteral("jobs"));
        QTRY_VERIFY_WITH_TIMEOUT(jobs->topLevelItemCount() == 3, 10000);
        jobs->setCurrentItem(findRow(jobs, 0, QStringLiteral("netboot")));
        auto *files = browser.findChild<QTreeWidget *>(QStringLiteral("files"));
        QTRY_VERIFY_WITH_TIMEOUT(files->topLevelItemCount() == 3, 10000);
    }

private Q_SLOTS:
    void browsesProjectsPipelinesJobsAndFiles()
    {
        FakeGitlabServer server;
        START(server);
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        QNetworkAccessManager network;
        GitlabBrowser browser(&settings, &network);
        browser.resize(640, 720);
        browser.show();
        browseToJob(browser, server, QStringLiteral("infra/netboot"), QStringLiteral("#1028"));
        if (QTest::currentTestFailed())
            return;
        auto *pipelines = browser.findChild<QTreeWidget *>(QStringLiteral("pipelines"));
        QCOMPARE(pipelines->topLevelItemCount(), 30);
        const QTreeWidgetItem *p = findRow(pipelines, 0, QStringLiteral("#1029"));
        QCOMPARE(p->text(1), QStringLiteral("success"));
        QCOMPARE(p->text(2), QStringLiteral("feature/x"));
        QCOMPARE(p->text(3).size(), 8);
        auto *jobs = browser.findChild<QTreeWidget *>(QStringLiteral("jobs"));
        const QTreeWidgetItem *netboot = findRow(jobs, 0, QStringLiteral("netboot"));
        QCOMPARE(netboot->text(1), QStringLiteral("build"));
        QCOMPARE(netboot->text(3), QStringLiteral("90 s"));
        QVERIFY(!netboot->text(4).isEmpty() && netboot->text(4) != QStringLiteral("–"));
        QVERIFY(findRow(jobs, 0, QStringLiteral("lint"))->isDisabled()); // no artifacts
        auto *files = browser.findChild<QTreeWidget *>(QStringLiteral("files"));
        QVERIFY(findRow(files, 0, QStringLiteral("results/netboot.ipxe")));
        // BOOTLACE_SCREENSHOT_DIR=docs/screenshots: the README's picture of the dock.
        if (qEnvironmentVariableIsSet("BOOTLACE_SCREENSHOT_DIR")) {
            findRow(files, 0, QStringLiteral("results/netboot.ipxe"))->setSelected(true);
            QVERIFY(browser.grab().save(qEnvironmentVariable("BOOTLACE_SCREENSHOT_DIR") + QStringLiteral("/gitlab-browser.png")));
        }

        // Filters: status and a ref with a slash.
        auto *status = browser.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("failed")));
        QTRY_COMPARE_WITH_TIMEOUT(pipelines->topLevelItemCount(), 6, 10000);
        auto *ref = browser.findChild<QLineEdit *>(QStringLiteral("refFilter"));
        ref->setText(QStringLiteral("feature/x"));
        status->setCurrentIndex(status->findData(QStringLiteral("success")));
        QTRY_COMPARE_WITH_TIMEOUT(pipelines->topLevelItemCount(), 12, 10000);

        // Project search.
        auto *search = browser.findChild<QLineEdit *>(QStringLiteral("projectSearch"));
        search->setText(QStringLiteral("public"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *project = browser.findChild<QComboBox *>(QStringLiteral("project"));
        QTRY_COMPARE_WITH_TIMEOUT(project->count(), 1, 10000);
        QCOMPARE(project->currentText(), QStringLiteral("group/sub/public-images"));
    }

    // netboot.ipxe → a Linux entry with kernel, initrd and arguments from one job, provenance,
    // and (private project) the mirror mark and its explanation.
    void createsEntryFromNetbootIpxe()
    {
        FakeGitlabServer server;
        START(server);
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        QNetworkAccessManager network;
        GitlabBrowser browser(&settings, &network);
        browser.show();
        browseToJob(browser, server, QStringLiteral("infra/netboot"), QStringLiteral("#1028"));
        if (QTest::currentTestFailed())
            return;
        auto *files = browser.findChild<QTreeWidget *>(QStringLiteral("files"));
        findRow(files, 0, QStringLiteral("results/netboot.ipxe"))->setSelected(true);
        QSignalSpy created(&browser, &GitlabBrowser::entryCreated);
        auto *create = browser.findChild<QPushButton *>(QStringLiteral("createEntry"));
        QVERIFY(create->isEnabled());
        create->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        const Item item = created.front().front().value<Item>();
        const QString prefix = server.baseUrl().toString() + QStringLiteral("/api/v4/projects/42/jobs/10281/artifacts/");
        QCOMPARE(item.kind, Item::Kind::Linux);
        QCOMPARE(item.kernel, prefix + QStringLiteral("results/bzImage"));
        QCOMPARE(item.initrds, QStringList{prefix + QStringLiteral("results/initrd")});
        QVERIFY(item.args.startsWith(QLatin1String("init=/nix/store/")));
        QCOMPARE(item.source.jobId, 10281);
        QCOMPARE(item.source.ref, QStringLiteral("main"));
        QCOMPARE(item.source.strategy, ArtifactSource::Strategy::Pinned);
        QVERIFY(item.source.mirror);
        QVERIFY(browser.statusText().contains(QLatin1String("mirrored")));
        QVERIFY(!item.kernel.contains(FakeGitlabServer::token()));

        // Into a project as one undo step, with a unique id; the form shows the provenance.
        Project p;
        Menu m;
        m.id = QStringLiteral("main");
        Item existing;
        existing.id = QStringLiteral("netboot");
        m.items << existing;
        p.menus << m;
        ProjectModel model;
        model.setProject(p);
        QUndoStack stack;
        GitlabBrowser::insertEntry(&model, &stack, item, 0, 0);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(model.project().menus.at(0).items.size(), 2);
        QCOMPARE(model.project().menus.at(0).items.at(1).id, QStringLiteral("netboot-2"));
        const QString text = ProvenanceView::describe(item.source, QDateTime::currentDateTimeUtc());
        QVERIFY(text.contains(QLatin1String("infra/netboot")));
        QVERIFY(text.contains(QLatin1String("10281")));
        QVERIFY(text.contains(QLatin1String("mirrored")));
        stack.undo();
        QCOMPARE(model.project(), p);
    }

    void createsFollowingEntryFromKernelAndInitrd()
    {
        FakeGitlabServer server;
        START(server);
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        QNetworkAccessManager network;
        GitlabBrowser browser(&settings, &network);
        browser.show();
        browseToJob(browser, server, QStringLiteral("group/sub/public-images"), QStringLiteral("#1029"));
        if (QTest::currentTestFailed())
            return;
        auto *files = browser.findChild<QTreeWidget *>(QStringLiteral("files"));
        findRow(files, 0, QStringLiteral("results/bzImage"))->setSelected(true);
        findRow(files, 0, QStringLiteral("results/initrd"))->setSelected(true);
        browser.findChild<QCheckBox *>(QStringLiteral("follow"))->setChecked(true);
        QSignalSpy created(&browser, &GitlabBrowser::entryCreated);
        browser.findChild<QPushButton *>(QStringLiteral("createEntry"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        const Item item = created.front().front().value<Item>();
        QCOMPARE(item.source.strategy, ArtifactSource::Strategy::Follow);
        QCOMPARE(item.source.ref, QStringLiteral("feature/x"));
        QCOMPARE(item.source.projectId, 7);
        QVERIFY(!item.source.mirror); // public project: iPXE fetches directly
        QVERIFY(item.kernel.endsWith(QLatin1String("/jobs/10291/artifacts/results/bzImage")));

        // "Update entries to this build" names the origin and the selected job.
        QSignalSpy update(&browser, &GitlabBrowser::updateEntriesRequested);
        auto *button = browser.findChild<QPushButton *>(QStringLiteral("updateEntries"));
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(update.size(), 1);
        const auto origin = update.front().at(0).value<ArtifactSource>();
        const auto build = update.front().at(1).value<ArtifactSource>();
        QVERIFY(item.source.sameOrigin(origin));
        QCOMPARE(build.jobId, 10291);
        QCOMPARE(build.pipelineId, 1029);
    }

    void notifiesNewSuccessfulPipelineOnWatchedRef()
    {
        FakeGitlabServer server({{QStringLiteral("new_pipeline_after"), 2}});
        START(server);
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        QNetworkAccessManager network;
        GitlabBrowser browser(&settings, &network);
        browser.show();
        browser.findChild<QLineEdit *>(QStringLiteral("refFilter"))->setText(QStringLiteral("main"));
        QSignalSpy spy(&browser, &GitlabBrowser::newSuccessfulPipeline);
        browser.connectTo(GitlabInstance(server.baseUrl()), FakeGitlabServer::token());
        auto *pipelines = browser.findChild<QTreeWidget *>(QStringLiteral("pipelines"));
        QTRY_COMPARE_WITH_TIMEOUT(pipelines->topLevelItemCount(), 15, 10000);
        browser.refresh(); // second listing: nothing new
        QTRY_COMPARE_WITH_TIMEOUT(apiListings(server), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(browser.statusText().contains(QLatin1String("15 pipeline")), 10000);
        QCOMPARE(spy.size(), 0);
        browser.refresh(); // third listing: pipeline 2000 succeeded on main
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
        QCOMPARE(spy.front().at(0).toString(), QStringLiteral("main"));
        QCOMPARE(spy.front().at(1).toLongLong(), 2000);
        QVERIFY(browser.statusText().contains(QLatin1String("#2000")));
    }

    void errorsShowInTheStatusLine()
    {
        FakeGitlabServer server;
        START(server);
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        QNetworkAccessManager network;
        GitlabBrowser browser(&settings, &network);
        browser.connectTo(GitlabInstance(server.baseUrl()), QStringLiteral("glpat-wrong"));
        QTRY_VERIFY_WITH_TIMEOUT(browser.statusText().contains(QLatin1String("expired or revoked")), 10000);
        QVERIFY(!browser.statusText().contains(QLatin1String("glpat")));
    }

    void accountsDialogValidatesBeforeSaving()
    {
        FakeGitlabServer server({{QStringLiteral("scopes"), QJsonArray{QStringLiteral("read_user")}}});
        START(server);
        Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
        QNetworkAccessManager network;
        GitlabAccountsDialog dialog(&settings, &network);
        dialog.findChild<QLineEdit *>(QStringLiteral("url"))->setText(server.baseUrl().toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("token"))->setText(QStringLiteral("glpat-wrong"));
        dialog.findChild<QPushButton *>(QStringLiteral("add"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains(QLatin1String("expired or revoked")), 10000);
        QVERIFY(settings.gitlabInstances().isEmpty()); // a refused token is not saved
        QVERIFY(!dialog.resultText().contains(QLatin1String("glpat")));
    }
};

QTEST_MAIN(GitlabBrowserTest)
#include "gitlabbrowser_test.moc"
