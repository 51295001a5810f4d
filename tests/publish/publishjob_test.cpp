#include "publish/publishjob.h"

#include "publish/publishhistory.h"
#include "support/publishservers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;
using namespace Bootlace::Test;

// PublishJob publishing to several real servers at once, the history it leaves behind, and a
// rollback that restores the previous bytes everywhere.
class PublishJobTest final : public QObject
{
    Q_OBJECT

    TftpServer m_tftp;
    WebDavServer m_dav;
    SshServer m_ssh;
    QTemporaryDir m_work;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QList<PublishTarget> targets() const
    {
        PublishTarget dir;
        dir.name = QStringLiteral("local");
        dir.location = QStringLiteral("publish/");
        PublishTarget tftp;
        tftp.name = QStringLiteral("tftp");
        tftp.kind = PublishTarget::Kind::Tftp;
        tftp.location = QStringLiteral("tftp://127.0.0.1:%1/").arg(m_tftp.port());
        PublishTarget dav;
        dav.name = QStringLiteral("dav");
        dav.kind = PublishTarget::Kind::WebDav;
        dav.location = m_dav.url() + QStringLiteral("boot/");
        dav.username = QStringLiteral("u");
        PublishTarget sftp;
        sftp.name = QStringLiteral("sftp");
        sftp.kind = PublishTarget::Kind::Sftp;
        sftp.location = QStringLiteral("sftp://127.0.0.1:%1").arg(m_ssh.port()) + m_ssh.root() + QLatin1Char('/');
        sftp.username = m_ssh.user();
        sftp.sshKeyFile = m_ssh.clientKey();
        sftp.knownHostsFile = m_ssh.knownHosts();
        return {dir, tftp, dav, sftp};
    }
    QStringList onDisk(const QString &name) const
    {
        return {m_work.filePath(QStringLiteral("publish/")) + name, m_tftp.root() + QLatin1Char('/') + name,
                m_dav.root() + QStringLiteral("/boot/") + name, m_ssh.root() + QLatin1Char('/') + name};
    }
    static QString password(const PublishTarget &t) { return t.kind == PublishTarget::Kind::WebDav ? QStringLiteral("pw") : QString(); }

    // Runs a job to the end; returns its results.
    static QList<PublishJob::TargetResult> runJob(PublishJob &job)
    {
        QSignalSpy finished(&job, &PublishJob::finished);
        job.start();
        if (!finished.wait(120000))
            return {};
        return job.results();
    }

    PublishFiles menuFiles(const QByteArray &menu) const
    {
        return {{QStringLiteral("bootstrap.ipxe"), "#!ipxe\nchain menu.ipxe\n", {}}, {QStringLiteral("menu.ipxe"), menu, {}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error = m_tftp.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_dav.start(QStringLiteral("u"), QStringLiteral("pw"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_ssh.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void publishVerifyHistoryRollback()
    {
        const QString projectFile = m_work.filePath(QStringLiteral("lab.bootlace.json"));
        PublishHistory history(projectFile);
        QCOMPARE(history.directory(), projectFile + QStringLiteral(".history"));
        const QByteArray v1 = "#!ipxe\necho version one\n";
        const QByteArray v2 = "#!ipxe\necho version two\n";
        QStringList ids;
        for (const QByteArray &menu : {v1, v2}) {
            PublishJob job;
            job.setProjectDir(m_work.path());
            QList<PublishFiles> given;
            for (const PublishTarget &t : targets()) {
                job.addTarget(t, password(t), menuFiles(menu));
                given << menuFiles(menu);
            }
            QSignalSpy progress(&job, &PublishJob::progress);
            QSignalSpy targetDone(&job, &PublishJob::targetFinished);
            const QList<PublishJob::TargetResult> results = runJob(job);
            QCOMPARE(results.size(), 4);
            QVERIFY2(job.errorString().isEmpty(), qPrintable(job.errorString()));
            QCOMPARE(targetDone.size(), 4);
            QVERIFY(!progress.isEmpty());
            for (const PublishJob::TargetResult &r : results) {
                QCOMPARE(r.files.size(), 2);
                for (const PublishJob::FileResult &f : r.files)
                    QVERIFY2(f.uploaded && f.verified, qPrintable(r.target.name + QLatin1Char('/') + f.remoteName));
            }
            for (const QString &path : onDisk(QStringLiteral("menu.ipxe")))
                QCOMPARE(read(path), menu);
            QString error;
            const QString id = history.record(results, given, "{\"schema\": 1}\n" + menu, QStringLiteral("publish"), {}, &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            ids << id;
        }
        QCOMPARE(ids.at(0) == ids.at(1), false);

        const QList<PublishHistory::Entry> entries = history.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, ids.at(1)); // newest first
        QVERIFY(entries.at(0).ok());
        QCOMPARE(entries.at(1).targets.size(), 4);
        QCOMPARE(entries.at(1).targets.at(2).files.at(1).sha256, QCryptographicHash::hash(v1, QCryptographicHash::Sha256));
        QByteArray project;
        QString error;
        QVERIFY(history.object(entries.at(1).projectSha256, &project, &error));
        QVERIFY(project.endsWith(v1));
        const QString diff = history.diff(entries.at(1), entries.at(0));
        QVERIFY2(diff.contains(QLatin1String("-echo version one\n+echo version two\n")), qPrintable(diff));
        QVERIFY(!diff.contains(QLatin1String("bootstrap.ipxe"))); // unchanged files are left out

        // Roll back to the first publish: every server gets the first menu again, byte for byte.
        const PublishHistory::Entry first = entries.at(1);
        PublishJob rollback;
        rollback.setProjectDir(m_work.path());
        for (const PublishHistory::TargetRecord &t : first.targets)
            rollback.addTarget(t.target, password(t.target), history.filesOf(t));
        const QList<PublishJob::TargetResult> results = runJob(rollback);
        QVERIFY2(rollback.errorString().isEmpty(), qPrintable(rollback.errorString()));
        for (const QString &path : onDisk(QStringLiteral("menu.ipxe")))
            QCOMPARE(read(path), v1);
        QList<PublishFiles> given;
        for (const PublishHistory::TargetRecord &t : first.targets)
            given << history.filesOf(t);
        const QString id = history.record(results, given, project, QStringLiteral("rollback"), first.id, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        PublishHistory::Entry e;
        QVERIFY(history.entry(id, &e, &error));
        QCOMPARE(e.kind, QStringLiteral("rollback"));
        QCOMPARE(e.rollbackOf, first.id);
        QCOMPARE(history.diff(first, e), QString());
    }

    // One server down does not stop the others, and its failure is reported for it alone.
    void oneTargetDownOthersPublish()
    {
        QList<PublishTarget> list = targets();
        list[2].location = QStringLiteral("http://127.0.0.1:%1/boot/").arg(freePort());
        PublishJob job;
        job.setProjectDir(m_work.path());
        for (const PublishTarget &t : list)
            job.addTarget(t, password(t), menuFiles("#!ipxe\necho partial\n"));
        const QList<PublishJob::TargetResult> results = runJob(job);
        QCOMPARE(results.size(), 4);
        QVERIFY(results.at(0).ok() && results.at(1).ok() && results.at(3).ok());
        QCOMPARE(results.at(2).error.error, TransferError::ServerDown);
        QVERIFY(!results.at(2).files.at(0).uploaded);
        QVERIFY(job.errorString().contains(QLatin1String("server is down")));
        QVERIFY(!job.verifyFailed());
    }

    void dryRunDiffsWithoutWriting()
    {
        const QList<PublishTarget> list = targets();
        {
            PublishJob job;
            job.setProjectDir(m_work.path());
            job.addTarget(list.at(0), {}, menuFiles("#!ipxe\necho current\n"));
            job.addTarget(list.at(1), {}, menuFiles("#!ipxe\necho current\n"));
            runJob(job);
            QVERIFY2(job.errorString().isEmpty(), qPrintable(job.errorString()));
        }
        PublishJob dry;
        dry.setDryRun(true);
        dry.setProjectDir(m_work.path());
        const QString artifact = m_work.filePath(QStringLiteral("kernel.bin"));
        {
            QFile f(artifact);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(100000, '\x7f'));
        }
        PublishFiles withArtifact = menuFiles("#!ipxe\necho next\n");
        withArtifact.prepend({QStringLiteral("kernel.bin"), {}, artifact});
        dry.addTarget(list.at(0), {}, withArtifact);
        dry.addTarget(list.at(1), {}, {{QStringLiteral("fresh/new.ipxe"), "#!ipxe\n", {}}});
        const QList<PublishJob::TargetResult> results = runJob(dry);
        QVERIFY2(dry.errorString().isEmpty(), qPrintable(dry.errorString()));
        QCOMPARE(results.at(0).diff,
                 QStringLiteral("Binary file kernel.bin will be added.\n--- a/menu.ipxe\n+++ b/menu.ipxe\n@@ -1,2 +1,2 @@\n #!ipxe\n-echo current\n+echo next\n"));
        // A file that is not there yet diffs against nothing.
        QCOMPARE(results.at(1).diff, QStringLiteral("--- a/fresh/new.ipxe\n+++ b/fresh/new.ipxe\n@@ -0,0 +1 @@\n+#!ipxe\n"));
        QCOMPARE(read(onDisk(QStringLiteral("menu.ipxe")).at(0)), QByteArray("#!ipxe\necho current\n"));
    }

    void cancelStopsAndKeepsOldMenu()
    {
        const PublishTarget dir = targets().at(0);
        QTemporaryDir big;
        const QString bigFile = big.filePath(QStringLiteral("artifact.bin"));
        {
            QFile f(bigFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(512) << 20)); // sparse, 512 MiB
        }
        const QByteArray before = read(onDisk(QStringLiteral("menu.ipxe")).at(0));
        PublishJob job;
        job.setProjectDir(m_work.path());
        job.addTarget(dir, {}, {{QStringLiteral("artifact.bin"), {}, bigFile}, {QStringLiteral("menu.ipxe"), "#!ipxe\nnew\n", {}}});
        QSignalSpy finished(&job, &PublishJob::finished);
        QSignalSpy progress(&job, &PublishJob::progress);
        job.start();
        QVERIFY(progress.wait(60000));
        job.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.results().at(0).error.error, TransferError::Cancelled);
        QCOMPARE(read(onDisk(QStringLiteral("menu.ipxe")).at(0)), before);
        QVERIFY(!QFile::exists(m_work.filePath(QStringLiteral("publish/.artifact.bin.bootlace-tmp"))));
    }
};

QTEST_GUILESS_MAIN(PublishJobTest)
#include "publishjob_test.moc"
