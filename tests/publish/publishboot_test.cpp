// End to end: `bootlace-cli publish` puts the example's menu on a real nginx WebDAV server
// (atomic PUT + MOVE, verified), and real iPXE under QEMU then boots that published menu from
// the server's files — the file a machine on the network would get — and starts the Debian
// installer's kernel. A second test does the same for an entry of a private GitLab project: the
// CLI mirrors its artifacts from the fake GitLab onto the WebDAV server and iPXE boots them from
// there. Needs nginx, qemu-system-x86 and ipxe (labels publish and qemu).

#include "model/projectfile.h"
#include "ipxe/scriptwriter.h"
#include "publish/artifactmirror.h"
#include "support/fakegitlabserver.h"
#include "support/gitlabentry.h"
#include "support/ipxevm.h"
#include "support/publishservers.h"
#include "support/testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;
using namespace Bootlace::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kInstaller
    = u"debian/dists/bookworm/main/installer-amd64/current/images/netboot/debian-installer/amd64/"_s;

// One menu with one entry that iPXE boots after a second.
Project bootsAfterASecond(const Item &entry, const QString &title)
{
    Project p;
    p.name = title;
    Menu menu;
    menu.id = u"main"_s;
    menu.title = title;
    menu.defaultItem = entry.id;
    menu.timeoutMs = 1000;
    menu.items = {entry};
    p.menus = {menu};
    return p;
}

} // namespace

class PublishBootTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedMenuBoots();
    void mirroredPrivateBuildBoots();
    void fallbackFetchesFromGitlab();
};

void PublishBootTest::publishedMenuBoots()
{
    const QString missing = IpxeVm::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    WebDavServer dav;
    const QString error = dav.start(u"boot"_s, u"pw-boot-7"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The boot server's other files are already there (as they would be on a real server).
    QVERIFY(TestData::write(dav.root() + u'/' + kInstaller + u"linux"_s,
        TestData::read(QStringLiteral(BOOTLACE_TEST_KERNEL_DIR) + u"/bztest.bin"_s)));
    QVERIFY(TestData::write(dav.root() + u'/' + kInstaller + u"initrd.gz"_s, "INITRD debian\n"));

    // The example, pointed at the VM's view of the server, with the WebDAV server as its target.
    QTemporaryDir dir;
    Project p = ProjectFile::load(TestData::path(u"examples/homelab.bootlace.json"_s)).project;
    for (Variable &v : p.variables) {
        if (v.name == u"boot-server")
            v.value = u"http://10.0.2.100"_s;
        if (v.name == u"debian-mirror")
            v.value = u"http://10.0.2.100/debian"_s;
    }
    PublishTarget web;
    web.name = u"boot"_s;
    web.kind = PublishTarget::Kind::WebDav;
    web.location = dav.url();
    web.username = u"boot"_s;
    web.httpBaseUrl = u"http://10.0.2.100/"_s;
    p.targets = {web};
    const QString projectFile = dir.filePath(u"lab.bootlace.json"_s);
    QVERIFY(ProjectFile::save(projectFile, p).isEmpty());

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BOOTLACE_PUBLISH_PASSWORD_BOOT"_s, u"pw-boot-7"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(BOOTLACE_CLI), {u"publish"_s, projectFile, u"--target"_s, u"boot"_s});
    QVERIFY(cli.waitForFinished(120000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out));

    // Boot what the server now has: its menu.ipxe, choosing the Debian entry by its hotkey.
    IpxeVm::Options options;
    options.actions = {IpxeVm::Action::waitFor(u"Homelab network boot"_s), IpxeVm::Action::keys(u"d"_s)};
    IpxeVm vm(dav.root(), options);
    const BootResult r = vm.boot();
    QVERIFY2(r.exitCode == 101, qPrintable(r.describe()));
    QVERIFY2(r.requests.contains(u"GET /menu.ipxe 200"_s), qPrintable(r.describe()));
    QVERIFY2(r.requests.contains(u"GET /"_s + kInstaller + u"linux 200"_s), qPrintable(r.describe()));
    QVERIFY2(r.kernelCmdline.contains(u"preseed/url=http://10.0.2.100/debian/preseed.cfg"_s), qPrintable(r.describe()));
}

void PublishBootTest::mirroredPrivateBuildBoots()
{
    const QString missing = IpxeVm::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    // The private project's CI job built a real (stub) kernel.
    FakeGitlabServer gitlab({{u"artifact_files"_s,
                              QJsonObject{{u"results/bzImage"_s,
                                           QString(QStringLiteral(BOOTLACE_TEST_KERNEL_DIR) + u"/bztest.bin"_s)}}}});
    QString error;
    QVERIFY2(gitlab.start(&error), qPrintable(error));
    WebDavServer dav;
    error = dav.start(u"boot"_s, u"pw-boot-7"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Project p = bootsAfterASecond(gitlabEntry(gitlab.baseUrl().toString()), u"Private builds"_s);
    PublishTarget web;
    web.name = u"boot"_s;
    web.kind = PublishTarget::Kind::WebDav;
    web.location = dav.url();
    web.username = u"boot"_s;
    web.httpBaseUrl = u"http://10.0.2.100/"_s;
    p.targets = {web};
    QTemporaryDir dir;
    const QString projectFile = dir.filePath(u"lab.bootlace.json"_s);
    QVERIFY(ProjectFile::save(projectFile, p).isEmpty());

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BOOTLACE_PUBLISH_PASSWORD_BOOT"_s, u"pw-boot-7"_s);
    env.insert(u"BOOTLACE_GITLAB_TOKEN"_s, FakeGitlabServer::token());
    env.insert(u"BOOTLACE_CACHE_DIR"_s, dir.filePath(u"cache"_s));
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(BOOTLACE_CLI), {u"publish"_s, projectFile});
    QVERIFY(cli.waitForFinished(120000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(u"mirrored bzImage"_s) && out.contains(u"mirrored initrd"_s), qPrintable(out));
    QVERIFY(!out.contains(FakeGitlabServer::token()));
    const QByteArray published = TestData::read(dav.root() + u"/menu.ipxe"_s);
    QVERIFY(!published.contains("/api/v4/"));
    QVERIFY(!published.contains(FakeGitlabServer::token().toUtf8()));
    const QStringList hashes = QDir(dav.root() + u"/artifacts"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(hashes.size(), 2);

    // iPXE takes the default entry after a second and fetches kernel and initrd from the target.
    IpxeVm vm(dav.root(), IpxeVm::Options());
    const BootResult r = vm.boot();
    QVERIFY2(r.exitCode == 101, qPrintable(r.describe()));
    QVERIFY2(r.requests.filter(QRegularExpression(u"^GET /artifacts/[0-9a-f]{16}/bzImage 200$"_s)).size() == 1,
             qPrintable(r.describe()));
    QVERIFY2(r.requests.filter(QRegularExpression(u"^GET /artifacts/[0-9a-f]{16}/initrd 200$"_s)).size() == 1,
             qPrintable(r.describe()));
    QVERIFY2(r.kernelCmdline.contains(u"init=/nix/store/abc-nixos-system/init initrd=initrd"_s),
             qPrintable(r.describe()));

    // Published again: the content-addressed files are found on the server and not sent twice.
    cli.start(QStringLiteral(BOOTLACE_CLI), {u"publish"_s, projectFile});
    QVERIFY(cli.waitForFinished(120000));
    const QString again = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == 0, qPrintable(again));
    QVERIFY2(again.count(u"already there, verified"_s) == 2, qPrintable(again));
    QVERIFY2(again.contains(u"(cached)"_s), qPrintable(again));
}

// A mirrored entry of a public project with the GitLab fallback: the target lost its copy of the
// kernel, so iPXE's first `kernel` fails (404) and the second fetches it from GitLab. The boot
// server stands in for both (GitLab under /gitlab), as the VM reaches only 10.0.2.100.
void PublishBootTest::fallbackFetchesFromGitlab()
{
    const QString missing = IpxeVm::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    Item nixos = gitlabEntry(u"http://10.0.2.100/gitlab"_s, 7);
    nixos.source.fallback = true;
    const Project p = bootsAfterASecond(nixos, u"Fallback"_s);
    PublishTarget target;
    target.name = u"boot"_s;
    target.location = u"/srv/unused"_s;
    target.httpBaseUrl = u"http://10.0.2.100/"_s;

    QList<ArtifactMirror::File> files = ArtifactMirror::plan(p);
    QCOMPARE(files.size(), 2);
    const QByteArray kernel = TestData::read(QStringLiteral(BOOTLACE_TEST_KERNEL_DIR) + u"/bztest.bin"_s);
    files[0].sha256 = QCryptographicHash::hash(kernel, QCryptographicHash::Sha256);
    files[1].sha256 = QCryptographicHash::hash("INITRD mirrored\n", QCryptographicHash::Sha256);
    QString error;
    const Project published = ArtifactMirror::pointAt(p, files, target, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QTemporaryDir www;
    QVERIFY(TestData::write(www.filePath(u"menu.ipxe"_s), ScriptWriter::write(published).toUtf8()));
    // The target has its copy of the initrd but lost the kernel; GitLab has both.
    QVERIFY(TestData::write(www.filePath(ArtifactMirror::remoteName(files[1])), "INITRD mirrored\n"));
    QVERIFY(TestData::write(www.filePath(u"gitlab/api/v4/projects/7/jobs/10281/artifacts/results/bzImage"_s), kernel));
    QVERIFY(TestData::write(www.filePath(u"gitlab/api/v4/projects/7/jobs/10281/artifacts/results/initrd"_s),
                            "INITRD from GitLab\n"));

    IpxeVm vm(www.path(), IpxeVm::Options());
    const BootResult r = vm.boot();
    QVERIFY2(r.exitCode == 101, qPrintable(r.describe()));
    const QString kernelCopy = u"GET /"_s + ArtifactMirror::remoteName(files[0]);
    QVERIFY2(r.requests.contains(kernelCopy + u" 404"_s), qPrintable(r.describe()));
    QVERIFY2(r.requests.contains(u"GET /gitlab/api/v4/projects/7/jobs/10281/artifacts/results/bzImage 200"_s),
             qPrintable(r.describe()));
    QVERIFY2(r.requests.contains(u"GET /"_s + ArtifactMirror::remoteName(files[1]) + u" 200"_s), qPrintable(r.describe()));
    QVERIFY2(!r.requests.join(u'\n').contains(u"results/initrd"_s), qPrintable(r.describe())); // the copy was there
    QVERIFY2(r.initrdHead.startsWith(u"INITRD mirrored"_s), qPrintable(r.describe()));
    QVERIFY2(r.kernelCmdline.contains(u"init=/nix/store/abc-nixos-system/init initrd=initrd"_s), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(PublishBootTest)
#include "publishboot_test.moc"
