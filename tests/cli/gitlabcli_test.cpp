#include "model/commands/updateentriesfromsource.h"
#include "model/projectfile.h"

#include "support/fakegitlabserver.h"
#include "support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;
using Bootlace::Test::FakeGitlabServer;
using Bootlace::Test::TestData;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

// bootlace-cli gitlab … through the real binary against the fake GitLab server.
class GitlabCliTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // Runs with an isolated HOME/XDG (no keychain session bus) and the token in the environment.
    Run cli(const QStringList &args, const QString &token = FakeGitlabServer::token())
    {
        return bootlaceCli(QStringList{QStringLiteral("gitlab")} + args, token);
    }

    Run bootlaceCli(const QStringList &args, const QString &token = FakeGitlabServer::token())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus")));
        if (token.isEmpty())
            env.remove(QStringLiteral("BOOTLACE_GITLAB_TOKEN"));
        else
            env.insert(QStringLiteral("BOOTLACE_GITLAB_TOKEN"), token);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOOTLACE_CLI), args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

#define START(server)                                                                                                  \
    do {                                                                                                               \
        QString startError;                                                                                            \
        QVERIFY2((server).start(&startError), qPrintable(startError));                                                 \
    } while (false)

private Q_SLOTS:
    void pipelines()
    {
        FakeGitlabServer server;
        START(server);
        const Run r = cli({QStringLiteral("pipelines"), QStringLiteral("--instance"), server.baseUrl().toString(),
                           QStringLiteral("--project"), QStringLiteral("infra/netboot"), QStringLiteral("--ref"),
                           QStringLiteral("feature/x"), QStringLiteral("--status"), QStringLiteral("success"),
                           QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QLatin1String("1029\tsuccess\tfeature/x\t")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("1027\tsuccess\tfeature/x\t")));
    }

    void jobsAsJson()
    {
        FakeGitlabServer server;
        START(server);
        const Run r = cli({QStringLiteral("jobs"), QStringLiteral("--instance"), server.baseUrl().toString(),
                           QStringLiteral("--project"), QStringLiteral("42"), QStringLiteral("--pipeline"),
                           QStringLiteral("1028"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray jobs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(jobs.size(), 3);
        QCOMPARE(jobs.last().toObject().value(QLatin1String("name")).toString(), QStringLiteral("netboot"));
    }

    void files()
    {
        FakeGitlabServer server({{QStringLiteral("tree"), false}});
        START(server);
        const Run r = cli({QStringLiteral("files"), QStringLiteral("--instance"), server.baseUrl().toString(),
                           QStringLiteral("--project"), QStringLiteral("infra/netboot"), QStringLiteral("--job"),
                           QStringLiteral("10281")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("results/netboot.ipxe\t202\n")));
        QVERIFY(r.out.contains(QLatin1String("results/initrd\t8192\n")));
    }

    void addEntryFromNetbootIpxe()
    {
        FakeGitlabServer server({{QStringLiteral("prefix"), QStringLiteral("/gitlab")}});
        START(server);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lab.bootlace.json"));
        QVERIFY(QFile::copy(TestData::path(QStringLiteral("examples/homelab.bootlace.json")), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const Run r = cli({QStringLiteral("add-entry"), file, QStringLiteral("--instance"), server.baseUrl().toString(),
                           QStringLiteral("--project"), QStringLiteral("infra/netboot"), QStringLiteral("--job"),
                           QStringLiteral("10281"), QStringLiteral("--netboot"), QStringLiteral("results/netboot.ipxe"),
                           QStringLiteral("--id"), QStringLiteral("nixos-ci")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("marked for mirroring")));
        const ProjectFile::LoadResult loaded = ProjectFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const Item *it = loaded.project.menus.front().item(QStringLiteral("nixos-ci"));
        QVERIFY(it);
        const QString prefix = server.baseUrl().toString() + QStringLiteral("/api/v4/projects/42/jobs/10281/artifacts/");
        QCOMPARE(it->kernel, prefix + QStringLiteral("results/bzImage"));
        QCOMPARE(it->initrds, QStringList{prefix + QStringLiteral("results/initrd")});
        QVERIFY(it->args.startsWith(QLatin1String("init=/nix/store/")));
        QVERIFY(it->args.contains(QLatin1String("initrd=initrd")));
        QCOMPARE(it->source.jobId, 10281);
        QCOMPARE(it->source.pipelineId, 1028);
        QCOMPARE(it->source.projectPath, QStringLiteral("infra/netboot"));
        QCOMPARE(it->source.jobName, QStringLiteral("netboot"));
        QVERIFY(it->source.mirror);
        QVERIFY(it->source.expiresAt.isValid());
        QVERIFY(!TestData::read(file).contains(FakeGitlabServer::Token));
    }

    void addEntryFollowingABranch()
    {
        FakeGitlabServer server;
        START(server);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lab.bootlace.json"));
        QVERIFY(QFile::copy(TestData::path(QStringLiteral("examples/homelab.bootlace.json")), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const Run r = cli({QStringLiteral("add-entry"), file, QStringLiteral("--instance"), server.baseUrl().toString(),
                           QStringLiteral("--project"), QStringLiteral("group/sub/public-images"), QStringLiteral("--follow"),
                           QStringLiteral("feature/x"), QStringLiteral("--job-name"), QStringLiteral("netboot"),
                           QStringLiteral("--kernel"), QStringLiteral("results/bzImage"), QStringLiteral("--initrd"),
                           QStringLiteral("results/initrd"), QStringLiteral("--args"), QStringLiteral("console=ttyS0")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String("mirroring")));
        const ProjectFile::LoadResult loaded = ProjectFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const Item &it = loaded.project.menus.front().items.last();
        QCOMPARE(it.source.strategy, ArtifactSource::Strategy::Follow);
        QCOMPARE(it.source.ref, QStringLiteral("feature/x"));
        QCOMPARE(it.source.jobId, 10291);
        QCOMPARE(it.source.projectId, 7);
        QVERIFY(!it.source.mirror);
        QCOMPARE(it.args, QStringLiteral("console=ttyS0"));

        // The file remembers an older job; render resolves the branch to its latest build.
        Project p = loaded.project;
        Item &stored = p.menus.front().items.last();
        ArtifactSource older = stored.source;
        older.jobId = 10011;
        stored = UpdateEntriesFromSource::retargeted(stored, older);
        QCOMPARE(ProjectFile::save(file, p), QString());
        const Run rendered = bootlaceCli({QStringLiteral("render"), file});
        QVERIFY2(rendered.code == 0, qPrintable(rendered.err));
        QVERIFY(rendered.out.contains(QLatin1String("/projects/7/jobs/10291/artifacts/results/bzImage console=ttyS0")));
        QVERIFY(!rendered.out.contains(QLatin1String("/jobs/10011/")));
        const Run offline = bootlaceCli({QStringLiteral("render"), file, QStringLiteral("--no-resolve")});
        QVERIFY2(offline.code == 0, qPrintable(offline.err));
        QVERIFY(offline.out.contains(QLatin1String("/projects/7/jobs/10011/artifacts/results/bzImage")));
        // GitLab refusing: the last job stays, with a warning, and the menu is still written.
        const Run refused = bootlaceCli({QStringLiteral("render"), file}, QStringLiteral("glpat-wrong"));
        QCOMPARE(refused.code, 0);
        QVERIFY(refused.out.contains(QLatin1String("/jobs/10011/")));
        QVERIFY2(refused.err.contains(QLatin1String("warning: kept the last build")), qPrintable(refused.err));
    }

    // check: every GitLab-built entry's artifacts, exit 10 when some are gone.
    void checkProject()
    {
        FakeGitlabServer server({{QStringLiteral("expired_jobs"), QJsonArray{10261}},
                                 {QStringLiteral("soon_jobs"), QJsonArray{10241}}});
        START(server);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lab.bootlace.json"));
        QVERIFY(QFile::copy(TestData::path(QStringLiteral("examples/homelab.bootlace.json")), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        for (const char *job : {"10281", "10261", "10241"}) {
            const Run r = cli({QStringLiteral("add-entry"), file, QStringLiteral("--instance"), server.baseUrl().toString(),
                               QStringLiteral("--project"), QStringLiteral("42"), QStringLiteral("--job"), QLatin1String(job),
                               QStringLiteral("--kernel"), QStringLiteral("results/bzImage"), QStringLiteral("--id"),
                               QStringLiteral("job-") + QLatin1String(job)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        const Run r = cli({QStringLiteral("check"), file});
        QCOMPARE(r.code, 13);
        QVERIFY2(r.out.contains(QLatin1String("job-10281: ok\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("job-10261: The artifacts of job 10261 are gone")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("job-10241: The artifacts of job 10241 expire in 3 day")), qPrintable(r.out));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList jobs{QStringLiteral("jobs"), QStringLiteral("--project"), QStringLiteral("42"),
                               QStringLiteral("--pipeline"), QStringLiteral("1028")};
        QTest::newRow("usage: no instance") << QStringList{QStringLiteral("jobs")}
                                            << FakeGitlabServer::token() << 2 << QStringLiteral("needs --instance");
        QTest::newRow("usage: unknown command") << QStringList{QStringLiteral("merge")} << FakeGitlabServer::token() << 2
                                                << QStringLiteral("unknown gitlab command");
        QTest::newRow("token refused") << jobs << QStringLiteral("glpat-wrong-0000") << 12 << QStringLiteral("expired or revoked");
        QTest::newRow("not found") << QStringList{QStringLiteral("jobs"), QStringLiteral("--project"), QStringLiteral("nobody/none"),
                                                  QStringLiteral("--pipeline"), QStringLiteral("1")}
                                   << FakeGitlabServer::token() << 13 << QStringLiteral("no access");
        QTest::newRow("no token, no keychain") << jobs << QString() << 15 << QStringLiteral("keychain");
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, token);
        QFETCH(int, code);
        QFETCH(QString, message);
        FakeGitlabServer server;
        START(server);
        if (args.size() > 2)
            args << QStringLiteral("--instance") << server.baseUrl().toString();
        const Run r = cli(args, token);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (!token.isEmpty())
            QVERIFY(!r.err.contains(token) && !r.out.contains(token));
    }

    void unreachable()
    {
        const Run r = cli({QStringLiteral("pipelines"), QStringLiteral("--instance"), QStringLiteral("http://127.0.0.1:1"),
                           QStringLiteral("--project"), QStringLiteral("42")});
        QCOMPARE(r.code, 14);
        QVERIFY2(r.err.contains(QLatin1String("Cannot reach GitLab at 127.0.0.1")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(GitlabCliTest)
#include "gitlabcli_test.moc"
