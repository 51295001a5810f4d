#include "model/projectfile.h"
#include "support/fakegitlabserver.h"
#include "support/gitlabentry.h"
#include "support/publishservers.h"
#include "support/testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;
using namespace Bootlace::Test;

// bootlace-cli publish / history / rollback / bootstrap as a CI job uses them: the real binary
// against a directory target and a real nginx WebDAV server, its output and its exit codes.
class PublishCommandTest final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    WebDavServer m_dav;
    QString m_project;

    Run cli(const QStringList &args, const QString &davPassword = QStringLiteral("dav-pw-42"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BOOTLACE_PUBLISH_PASSWORD_WEB"), davPassword);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never touch a real keychain
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOOTLACE_CLI), args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // Writes the example with a second, WebDAV target and the given epilogue.
    void writeProject(const QString &epilogue, const QString &davUrl = {})
    {
        Project p = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
        p.epilogue = epilogue;
        PublishTarget web;
        web.name = QStringLiteral("web");
        web.kind = PublishTarget::Kind::WebDav;
        web.location = davUrl.isEmpty() ? m_dav.url() + QStringLiteral("ipxe/") : davUrl;
        web.username = QStringLiteral("ci");
        web.httpBaseUrl = m_dav.url() + QStringLiteral("ipxe/");
        p.targets << web;
        QVERIFY(ProjectFile::save(m_project, p).isEmpty());
    }
    QString dirMenu() const { return m_dir.filePath(QStringLiteral("publish/menu.ipxe")); }
    QString davMenu() const { return m_dav.root() + QStringLiteral("/ipxe/menu.ipxe"); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_dav.start(QStringLiteral("ci"), QStringLiteral("dav-pw-42"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_project = m_dir.filePath(QStringLiteral("lab.bootlace.json"));
    }

    void help()
    {
        const Run r = cli({QStringLiteral("publish"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--dry-run"));
        QVERIFY(r.out.contains("11 refused"));
        QVERIFY(r.out.contains("BOOTLACE_PUBLISH_PASSWORD_"));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains("rollback PROJECT ID"));
    }

    void publishHistoryRollback()
    {
        writeProject(QStringLiteral("echo first"));
        Run r = cli({QStringLiteral("publish"), m_project, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("== web (webdav ") && r.out.contains("+echo first"), r.out.constData());
        QVERIFY(!QFile::exists(dirMenu()));

        r = cli({QStringLiteral("publish"), m_project, QStringLiteral("--bootstrap")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("menu.ipxe"));
        QVERIFY(r.out.contains("published, verified"));
        const QByteArray first = read(dirMenu());
        QVERIFY(first.contains("echo first"));
        QCOMPARE(read(davMenu()), first);
        QVERIFY(read(m_dav.root() + QStringLiteral("/ipxe/bootstrap.ipxe")).contains(QByteArray("chain --autofree " + m_dav.url().toUtf8() + "ipxe/menu.ipxe")));

        writeProject(QStringLiteral("echo second"));
        r = cli({QStringLiteral("publish"), m_project, QStringLiteral("--target"), QStringLiteral("web")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(read(davMenu()).contains("echo second"));
        QCOMPARE(read(dirMenu()), first); // only the named target

        r = cli({QStringLiteral("history"), m_project});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QString newest = QString::fromLatin1(lines.at(0).split(' ').at(0));
        const QString oldest = QString::fromLatin1(lines.at(1).split(' ').at(0));
        QVERIFY(lines.at(1).endsWith("local, web"));

        r = cli({QStringLiteral("history"), m_project, QStringLiteral("--show"), oldest});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("bootstrap.ipxe") && r.out.contains("verified"));
        r = cli({QStringLiteral("history"), m_project, QStringLiteral("--diff"), oldest, newest});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("-echo first\n+echo second\n"), r.out.constData());

        r = cli({QStringLiteral("rollback"), m_project, oldest, QStringLiteral("--target"), QStringLiteral("web")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(read(davMenu()), first);
        QCOMPARE(cli({QStringLiteral("history"), m_project}).out.count('\n'), 3);
        QCOMPARE(cli({QStringLiteral("rollback"), m_project, QStringLiteral("20990101T000000Z-nothere")}).code, 3);
    }

    void gateRefusesUnlessForced()
    {
        writeProject(QStringLiteral("chain https://admin:hunter2-secret@boot.lan/x.ipxe"));
        const QByteArray before = read(dirMenu());
        Run r = cli({QStringLiteral("publish"), m_project, QStringLiteral("--target"), QStringLiteral("local")});
        QCOMPARE(r.code, 11);
        QVERIFY2(r.err.contains("secret-in-url") && r.err.contains("--force"), r.err.constData());
        QVERIFY(!r.err.contains("hunter2-secret"));
        QCOMPARE(read(dirMenu()), before);
        r = cli({QStringLiteral("publish"), m_project, QStringLiteral("--target"), QStringLiteral("local"), QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
        QVERIFY(read(dirMenu()).contains("hunter2-secret"));
    }

    void failuresKeepThePreviousMenu()
    {
        writeProject(QStringLiteral("echo fine"));
        QVERIFY(cli({QStringLiteral("publish"), m_project}).code == 0);
        const QByteArray before = read(davMenu());
        writeProject(QStringLiteral("echo never"));
        Run r = cli({QStringLiteral("publish"), m_project}, QStringLiteral("wrong-password-99"));
        QCOMPARE(r.code, 9);
        QVERIFY2(r.out.contains("HTTP 401"), r.out.constData());
        QVERIFY(!r.out.contains("wrong-password-99") && !r.err.contains("wrong-password-99"));
        QCOMPARE(read(davMenu()), before);
        QVERIFY(read(dirMenu()).contains("echo never")); // the other target still published

        writeProject(QStringLiteral("echo down"), QStringLiteral("http://127.0.0.1:%1/ipxe/").arg(freePort()));
        r = cli({QStringLiteral("publish"), m_project, QStringLiteral("--target"), QStringLiteral("web")});
        QCOMPARE(r.code, 9);
        QVERIFY2(r.out.contains("server is down"), r.out.constData());
        QCOMPARE(read(davMenu()), before);
        // Failed publishes are recorded too.
        QVERIFY(cli({QStringLiteral("history"), m_project}).out.contains("web (failed)"));
    }

    // An entry of a private GitLab project whose artifacts cannot be mirrored: nothing is
    // published (the previous menu stays), with the exit code of the cause.
    void mirroringFailuresPublishNothing_data()
    {
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString token = FakeGitlabServer::token();
        QTest::newRow("no token") << QJsonObject() << QString() << QStringLiteral("local") << 15
                                  << QStringLiteral("needs a GitLab token");
        QTest::newRow("token revoked") << QJsonObject() << QStringLiteral("glpat-revoked") << QStringLiteral("local")
                                       << 12 << QStringLiteral("expired or revoked");
        QTest::newRow("artifacts gone") << QJsonObject{{QStringLiteral("expired_jobs"), QJsonArray{10281}}} << token
                                        << QStringLiteral("local") << 13 << QStringLiteral("Not found on GitLab");
        QTest::newRow("no HTTP base URL") << QJsonObject() << token << QStringLiteral("plain") << 2
                                          << QStringLiteral("has no HTTP base URL");
    }
    void mirroringFailuresPublishNothing()
    {
        QFETCH(QJsonObject, config);
        QFETCH(QString, token);
        QFETCH(QString, target);
        QFETCH(int, code);
        QFETCH(QString, message);
        FakeGitlabServer gitlab(config);
        QString error;
        QVERIFY2(gitlab.start(&error), qPrintable(error));
        Project p = ProjectFile::load(TestData::path(QStringLiteral("examples/homelab.bootlace.json"))).project;
        p.epilogue = QStringLiteral("echo never published");
        Item nixos = gitlabEntry(gitlab.baseUrl().toString());
        nixos.id = QStringLiteral("private-nixos");
        p.menus[0].items << nixos;
        PublishTarget plain = p.targets.front();
        plain.name = QStringLiteral("plain");
        plain.location = m_dir.filePath(QStringLiteral("plain"));
        plain.httpBaseUrl.clear();
        p.targets << plain;
        QVERIFY(ProjectFile::save(m_project, p).isEmpty());
        const QByteArray before = read(dirMenu());

        QProcess cliProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain either
        env.insert(QStringLiteral("BOOTLACE_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));
        if (token.isEmpty())
            env.remove(QStringLiteral("BOOTLACE_GITLAB_TOKEN"));
        else
            env.insert(QStringLiteral("BOOTLACE_GITLAB_TOKEN"), token);
        cliProcess.setProcessEnvironment(env);
        cliProcess.start(QStringLiteral(BOOTLACE_CLI), {QStringLiteral("publish"), m_project, QStringLiteral("--target"), target});
        QVERIFY(cliProcess.waitForFinished(120000));
        const QString err = QString::fromUtf8(cliProcess.readAllStandardError());
        QCOMPARE(cliProcess.exitCode(), code);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(!err.contains(FakeGitlabServer::token()));
        QCOMPARE(read(dirMenu()), before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("plain/menu.ipxe"))));
    }

    // A server that answers with other bytes than it was given: exit code 10, named per file.
    void verifyFailure()
    {
        QVERIFY(QDir().mkpath(m_dav.root() + QStringLiteral("/tampered")));
        QFile stale(m_dav.root() + QStringLiteral("/tampered/menu.ipxe"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("#!ipxe\necho stale\n");
        stale.close();
        writeProject(QStringLiteral("echo fresh"), m_dav.url() + QStringLiteral("tamper/"));
        const Run r = cli({QStringLiteral("publish"), m_project, QStringLiteral("--target"), QStringLiteral("web")});
        QCOMPARE(r.code, 10);
        QVERIFY2(r.out.contains("menu.ipxe on web reads back differently"), r.out.constData());
    }

    void usageErrors()
    {
        writeProject(QString());
        QCOMPARE(cli({QStringLiteral("publish"), m_project, QStringLiteral("--target"), QStringLiteral("nope")}).code, 2);
        QCOMPARE(cli({QStringLiteral("publish"), m_dir.filePath(QStringLiteral("missing.json"))}).code, 3);
        QCOMPARE(cli({QStringLiteral("bootstrap"), m_project, QStringLiteral("--dhcp"), QStringLiteral("windows")}).code, 2);
    }

    void bootstrap()
    {
        writeProject(QString());
        Run r = cli({QStringLiteral("bootstrap"), m_project});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("#!ipxe\n"));
        QVERIFY(r.out.contains("chain --autofree http://boot.lab.lan/menu.ipxe"));
        r = cli({QStringLiteral("bootstrap"), m_project, QStringLiteral("--target"), QStringLiteral("web"), QStringLiteral("--dhcp"),
                 QStringLiteral("isc")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("option user-class = \"iPXE\""));
        QVERIFY(r.out.contains("next-server 127.0.0.1;"));
    }
};

QTEST_GUILESS_MAIN(PublishCommandTest)
#include "publishcommand_test.moc"
