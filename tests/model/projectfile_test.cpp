#include "model/projectfile.h"

#include "support/testdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <sys/resource.h>

using namespace Bootlace;
using Bootlace::Test::TestData;

class ProjectFileTest final : public QObject
{
    Q_OBJECT

private:
    static QString examplePath() { return TestData::path(QStringLiteral("examples/homelab.bootlace.json")); }

private Q_SLOTS:
    void loadsExample()
    {
        const ProjectFile::LoadResult r = ProjectFile::load(examplePath());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.project.name, QStringLiteral("Homelab"));
        QCOMPARE(r.project.menus.size(), 2);
        const Menu &main = r.project.menus.front();
        QCOMPARE(main.defaultItem, QStringLiteral("local"));
        QCOMPARE(main.timeoutMs, 10000);
        const Item *uefi = main.item(QStringLiteral("uefi-shell"));
        QVERIFY(uefi);
        QCOMPARE(uefi->kind, Item::Kind::Chain);
        QCOMPARE(uefi->platform.firmware, PlatformCondition::Firmware::Uefi);
        QCOMPARE(uefi->platform.arch, PlatformCondition::Arch::X86_64);
        QCOMPARE(r.project.menus.at(1).items.at(0).initrds.size(), 2);
        // The bundled example publishes to a folder next to it, so it works with no server.
        QCOMPARE(r.project.targets.size(), 1);
        QCOMPARE(r.project.targets.front().kind, PublishTarget::Kind::Directory);
        QCOMPARE(r.project.targets.front().location, QStringLiteral("publish/"));
    }

    // No targets: no "targets" key, so files written before publishing existed stay byte-identical.
    void emptyTargetsAreNotWritten()
    {
        Project p;
        QVERIFY(!ProjectFile::serialize(p).contains("targets"));
        PublishTarget t;
        t.name = QStringLiteral("x");
        t.location = QStringLiteral("/srv");
        p.targets << t;
        const QByteArray json = ProjectFile::serialize(p);
        QVERIFY(json.contains("\"targets\""));
        QVERIFY(!json.contains("fileMode")); // the default 0644 is not written
        QVERIFY(json.indexOf("\"targets\"") > json.indexOf("\"menus\""));
    }

    // The file format is stable: serialising what was loaded gives the same bytes back.
    void serializeIsByteStable()
    {
        const QByteArray original = TestData::read(examplePath());
        const ProjectFile::LoadResult r = ProjectFile::parse(original);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(ProjectFile::serialize(r.project), original);
    }

    void roundTripAllFields()
    {
        Project p;
        p.name = QStringLiteral("Lab \"one\"\nsecond line");
        p.buildProfile = QStringLiteral("full");
        p.variables = {{QStringLiteral("base"), QStringLiteral("http://x/${y}")}};
        p.preamble = QStringLiteral("echo pre");
        p.epilogue = QStringLiteral(":failed\necho failed");
        Menu m;
        m.id = QStringLiteral("main");
        m.title = QStringLiteral("Title");
        m.defaultItem = QStringLiteral("a");
        m.timeoutMs = 1500;
        Item a;
        a.id = QStringLiteral("a");
        a.label = QStringLiteral("A");
        a.hotkey = QStringLiteral("a");
        a.enabled = false;
        a.platform = {PlatformCondition::Firmware::Bios, PlatformCondition::Arch::I386};
        a.kernel = QStringLiteral("http://k");
        a.initrds = {QStringLiteral("http://i1"), QStringLiteral("http://i2")};
        a.args = QStringLiteral("x=1");
        Item s;
        s.kind = Item::Kind::Sanboot;
        s.id = QStringLiteral("s");
        s.url = QStringLiteral("http://iso");
        s.drive = QStringLiteral("0x81");
        Item sub;
        sub.kind = Item::Kind::Submenu;
        sub.id = QStringLiteral("sub");
        sub.menu = QStringLiteral("main");
        Item raw;
        raw.kind = Item::Kind::Script;
        raw.id = QStringLiteral("raw");
        raw.script = QStringLiteral("echo hi\nshell");
        m.items << a << s << sub << raw;
        p.menus << m;
        PublishTarget dir;
        dir.name = QStringLiteral("local");
        dir.location = QStringLiteral("publish/");
        PublishTarget sftp;
        sftp.name = QStringLiteral("boot server");
        sftp.kind = PublishTarget::Kind::Sftp;
        sftp.location = QStringLiteral("sftp://boot.lan:2222/srv/tftp/");
        sftp.username = QStringLiteral("deploy");
        sftp.httpBaseUrl = QStringLiteral("http://boot.lan/");
        sftp.fileMode = 0640;
        sftp.sshKeyFile = QStringLiteral("/home/me/.ssh/id_ed25519");
        sftp.knownHostsFile = QStringLiteral("/home/me/.ssh/known_hosts");
        p.targets << dir << sftp;
        const ProjectFile::LoadResult r = ProjectFile::parse(ProjectFile::serialize(p));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.project, p);
    }

    // An entry made from GitLab artifacts keeps its provenance; the serialised form is stable.
    void roundTripSource()
    {
        Project p;
        Menu m;
        m.id = QStringLiteral("main");
        Item nix;
        nix.id = QStringLiteral("nixos");
        nix.kernel = QStringLiteral("https://example.org/gitlab/api/v4/projects/42/jobs/7/artifacts/results/bzImage");
        nix.source.instance = QStringLiteral("https://example.org/gitlab");
        nix.source.projectPath = QStringLiteral("infra/netboot");
        nix.source.projectId = 42;
        nix.source.ref = QStringLiteral("feature/x");
        nix.source.pipelineId = 6;
        nix.source.jobId = 7;
        nix.source.jobName = QStringLiteral("netboot");
        nix.source.commit = QStringLiteral("0ff3ae198f8601a285adcf5c0fff204ee6fba5fd");
        nix.source.artifactPaths = {QStringLiteral("results/bzImage"), QStringLiteral("results/initrd")};
        nix.source.expiresAt = QDateTime(QDate(2030, 1, 23), QTime(17, 54, 27, 895), QTimeZone::utc());
        nix.source.strategy = ArtifactSource::Strategy::Follow;
        nix.source.mirror = true;
        nix.source.fallback = true;
        Item plain;
        plain.id = QStringLiteral("plain");
        plain.kind = Item::Kind::Shell;
        m.items << nix << plain;
        p.menus << m;
        const QByteArray bytes = ProjectFile::serialize(p);
        const ProjectFile::LoadResult r = ProjectFile::parse(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.project, p);
        QCOMPARE(ProjectFile::serialize(r.project), bytes);
        QVERIFY(bytes.contains("\"source\": {"));
        QVERIFY(bytes.contains("\"expiresAt\": \"2030-01-23T17:54:27.895Z\""));
        QCOMPARE(bytes.count("\"source\""), 1); // only the entry that has one
        QVERIFY(bytes.contains("\"fallback\": true"));
        // A pinned, public source writes neither strategy nor mirror.
        p.menus[0].items[0].source.strategy = ArtifactSource::Strategy::Pinned;
        p.menus[0].items[0].source.mirror = false;
        p.menus[0].items[0].source.fallback = false;
        const QByteArray pinned = ProjectFile::serialize(p);
        QVERIFY(!pinned.contains("\"strategy\""));
        QVERIFY(!pinned.contains("\"mirror\""));
        QVERIFY(!pinned.contains("\"fallback\""));
        QCOMPARE(ProjectFile::parse(pinned).project, p);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorContains");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("path");
        QTest::newRow("syntax") << QByteArray("{\n  \"schema\": 1,\n  \"name\": \"x\"\n  \"menus\": []\n}\n")
                                << QStringLiteral("line 4") << 4 << QString();
        QTest::newRow("not-object") << QByteArray("[1]") << QStringLiteral("JSON object") << 0 << QString();
        QTest::newRow("no-schema") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("not a Bootlace project")
                                   << 0 << QStringLiteral("schema");
        QTest::newRow("newer") << QByteArray("{\"schema\": 7, \"menus\": []}") << QStringLiteral("newer Bootlace")
                               << 0 << QStringLiteral("schema");
        QTest::newRow("bad-kind")
            << QByteArray("{\"schema\":1,\"menus\":[{\"id\":\"m\",\"items\":[{\"id\":\"a\",\"kind\":\"floppy\"}]}]}")
            << QStringLiteral("unknown item kind \"floppy\"") << 0 << QStringLiteral("menus[0].items[0].kind");
        QTest::newRow("wrong-type")
            << QByteArray("{\"schema\":1,\"menus\":[{\"id\":\"m\",\"title\":5}]}")
            << QStringLiteral("\"title\" must be a string") << 0 << QStringLiteral("menus[0].title");
        QTest::newRow("duplicate-id")
            << QByteArray("{\"schema\":1,\"menus\":[{\"id\":\"m\",\"items\":[{\"id\":\"m\",\"kind\":\"shell\"}]}]}")
            << QStringLiteral("used twice") << 0 << QStringLiteral("menus[0].items[0].id");
        QTest::newRow("invalid-id")
            << QByteArray("{\"schema\":1,\"menus\":[{\"id\":\"a b\"}]}") << QStringLiteral("not a valid id") << 0
            << QStringLiteral("menus[0].id");
        QTest::newRow("missing-id")
            << QByteArray("{\"schema\":1,\"menus\":[{\"title\":\"t\"}]}") << QStringLiteral("\"id\" is missing") << 0
            << QStringLiteral("menus[0].id");
        QTest::newRow("negative-timeout")
            << QByteArray("{\"schema\":1,\"menus\":[{\"id\":\"m\",\"timeoutMs\":-5}]}") << QStringLiteral("timeoutMs")
            << 0 << QStringLiteral("menus[0].timeoutMs");
        QTest::newRow("long-hotkey")
            << QByteArray("{\"schema\":1,\"menus\":[{\"id\":\"m\",\"items\":[{\"id\":\"a\",\"kind\":\"shell\",\"hotkey\":\"ab\"}]}]}")
            << QStringLiteral("single character") << 0 << QStringLiteral("menus[0].items[0].hotkey");
        QTest::newRow("bad-firmware")
            << QByteArray("{\"schema\":1,\"menus\":[{\"id\":\"m\",\"items\":[{\"id\":\"a\",\"kind\":\"shell\",\"platform\":{\"firmware\":\"coreboot\"}}]}]}")
            << QStringLiteral("unknown firmware") << 0 << QStringLiteral("menus[0].items[0].platform.firmware");
        QTest::newRow("target-kind")
            << QByteArray("{\"schema\":1,\"targets\":[{\"name\":\"a\",\"kind\":\"ftp\",\"location\":\"/x\"}]}")
            << QStringLiteral("unknown target kind") << 0 << QStringLiteral("targets[0].kind");
        QTest::newRow("target-no-name")
            << QByteArray("{\"schema\":1,\"targets\":[{\"kind\":\"dir\",\"location\":\"/x\"}]}")
            << QStringLiteral("\"name\" is missing") << 0 << QStringLiteral("targets[0].name");
        QTest::newRow("target-mode")
            << QByteArray("{\"schema\":1,\"targets\":[{\"name\":\"a\",\"kind\":\"dir\",\"location\":\"/x\",\"fileMode\":\"0999\"}]}")
            << QStringLiteral("octal") << 0 << QStringLiteral("targets[0].fileMode");
        QTest::newRow("target-url")
            << QByteArray("{\"schema\":1,\"targets\":[{\"name\":\"a\",\"kind\":\"tftp\",\"location\":\"http://x/\"}]}")
            << QStringLiteral("is not a TFTP URL") << 0 << QStringLiteral("targets[0].location");
        QTest::newRow("target-password-in-url")
            << QByteArray("{\"schema\":1,\"targets\":[{\"name\":\"a\",\"kind\":\"webdav\",\"location\":\"https://u:pw@x/\"}]}")
            << QStringLiteral("keychain") << 0 << QStringLiteral("targets[0].location");
        QTest::newRow("target-twice")
            << QByteArray("{\"schema\":1,\"targets\":[{\"name\":\"a\",\"kind\":\"dir\",\"location\":\"/x\"},"
                          "{\"name\":\"a\",\"kind\":\"dir\",\"location\":\"/y\"}]}")
            << QStringLiteral("used twice") << 0 << QStringLiteral("targets[1].name");
        auto withSource = [](const char *source) -> QByteArray {
            return QByteArray("{\"schema\":1,\"menus\":[{\"id\":\"m\",\"items\":[{\"id\":\"a\",\"kind\":\"linux\",\"source\":")
                + source + "}]}]}";
        };
        QTest::newRow("source-not-object") << withSource("[]") << QStringLiteral("expected an object") << 0
                                           << QStringLiteral("menus[0].items[0].source");
        QTest::newRow("source-no-instance") << withSource("{\"job\":7}") << QStringLiteral("\"instance\" is missing")
                                            << 0 << QStringLiteral("menus[0].items[0].source.instance");
        QTest::newRow("source-bad-instance") << withSource("{\"instance\":\"ftp://x\"}") << QStringLiteral("http(s) URL")
                                             << 0 << QStringLiteral("menus[0].items[0].source.instance");
        QTest::newRow("source-bad-job") << withSource("{\"instance\":\"https://x\",\"job\":-3}")
                                        << QStringLiteral("positive whole number") << 0
                                        << QStringLiteral("menus[0].items[0].source.job");
        QTest::newRow("source-bad-strategy") << withSource("{\"instance\":\"https://x\",\"strategy\":\"latest\"}")
                                             << QStringLiteral("unknown strategy") << 0
                                             << QStringLiteral("menus[0].items[0].source.strategy");
        QTest::newRow("source-follow-no-ref") << withSource("{\"instance\":\"https://x\",\"strategy\":\"follow\"}")
                                              << QStringLiteral("needs \"ref\"") << 0
                                              << QStringLiteral("menus[0].items[0].source.strategy");
        QTest::newRow("source-bad-expiry") << withSource("{\"instance\":\"https://x\",\"expiresAt\":\"soon\"}")
                                           << QStringLiteral("ISO 8601") << 0
                                           << QStringLiteral("menus[0].items[0].source.expiresAt");
        QTest::newRow("source-bad-mirror") << withSource("{\"instance\":\"https://x\",\"mirror\":\"yes\"}")
                                           << QStringLiteral("true or false") << 0
                                           << QStringLiteral("menus[0].items[0].source.mirror");
        QTest::newRow("source-bad-artifact") << withSource("{\"instance\":\"https://x\",\"artifacts\":[1]}")
                                             << QStringLiteral("artifact path") << 0
                                             << QStringLiteral("menus[0].items[0].source.artifacts[0]");
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorContains);
        QFETCH(int, line);
        QFETCH(QString, path);
        const ProjectFile::LoadResult r = ProjectFile::parse(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
        QCOMPARE(r.line, line);
        QCOMPARE(r.path, path);
        QCOMPARE(r.project, Project());
    }

    void loadErrorNamesTheFileAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.bootlace.json"));
        const QByteArray broken("{\"schema\": 1, \"menus\": [");
        QVERIFY(TestData::write(file, broken));
        const ProjectFile::LoadResult r = ProjectFile::load(file);
        QVERIFY(!r.ok());
        QVERIFY(r.error.startsWith(file));
        QCOMPARE(TestData::read(file), broken);
        QVERIFY(!ProjectFile::load(dir.filePath(QStringLiteral("missing.json"))).ok());
    }

    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.bootlace.json"));
        const ProjectFile::LoadResult example = ProjectFile::load(examplePath());
        QVERIFY(example.ok());
        QCOMPARE(ProjectFile::save(file, example.project), QString());
        QCOMPARE(TestData::read(file), ProjectFile::serialize(example.project));

        // Simulate a full disk (works for root too): writes beyond 1 KiB fail with EFBIG. The save
        // must fail with a message and leave the previous file untouched.
        Project changed = example.project;
        changed.name = QStringLiteral("changed");
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit old {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const QString error = ProjectFile::save(file, changed);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &old), 0);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(file), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.bootlace.json")});
        QCOMPARE(TestData::read(file), ProjectFile::serialize(example.project));
    }
};

QTEST_GUILESS_MAIN(ProjectFileTest)
#include "projectfile_test.moc"
