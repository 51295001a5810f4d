// `bootlace-cli testboot` end to end: the example project booted headless in Debian's iPXE
// under QEMU/TCG, with the stub kernel served from a --www directory. Needs qemu-system-x86
// and ipxe (TestBootJob::missingTools()).

#include "model/projectfile.h"
#include "testboot/testbootjob.h"
#include "support/statichttpserver.h"
#include "support/testdata.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootlace;
using namespace Bootlace::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kInstaller
    = u"/debian/dists/bookworm/main/installer-amd64/current/images/netboot/debian-installer/amd64/"_s;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    double seconds = 0;
    QString describe() const
    {
        return u"exit %1 after %2 s\nstdout:\n%3\nstderr:\n%4"_s.arg(exitCode).arg(seconds).arg(out, err);
    }
};

CliRun testboot(const QStringList &extra)
{
    QProcess cli;
    cli.setProgram(QStringLiteral(BOOTLACE_CLI));
    cli.setArguments(QStringList { u"testboot"_s, TestData::path(u"examples/homelab.bootlace.json"_s),
                         u"--set"_s, u"boot-server=http://10.0.2.100"_s, u"--set"_s,
                         u"debian-mirror=http://10.0.2.100/debian"_s }
        + extra);
    QElapsedTimer clock;
    clock.start();
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start();
    CliRun r;
    if (!finished.wait(120000)) {
        cli.terminate();
        finished.wait(10000);
    }
    r.seconds = double(clock.elapsed()) / 1000.0;
    r.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    r.out = QString::fromUtf8(cli.readAllStandardOutput());
    r.err = QString::fromUtf8(cli.readAllStandardError());
    return r;
}

} // namespace

class TestbootTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selectDebianBoots();
    void missingKernelFails();
    void shortTimeoutTimesOut();
    void selectDebianBootsUefi();
    void proxyFetchesRemoteUrls();
    void navigation();

private:
    QTemporaryDir m_www;
    QTemporaryDir m_wwwEfi;
};

void TestbootTest::initTestCase()
{
    const QString missing = TestBootJob::missingTools(TestBootJob::Platform::Bios);
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_www.isValid());
    QVERIFY(TestData::write(m_www.path() + kInstaller + u"linux"_s,
        TestData::read(QStringLiteral(BOOTLACE_TEST_KERNEL_DIR) + u"/bztest.bin"_s)));
    QVERIFY(TestData::write(m_www.path() + kInstaller + u"initrd.gz"_s, "INITRD debian\n"));
    // UEFI: the "kernel" is an EFI application that prints its load options and exits QEMU.
    QVERIFY(m_wwwEfi.isValid());
    QVERIFY(TestData::write(m_wwwEfi.path() + kInstaller + u"linux"_s,
        TestData::read(QStringLiteral(BOOTLACE_TEST_KERNEL_DIR) + u"/efitest.efi"_s)));
    QVERIFY(TestData::write(m_wwwEfi.path() + kInstaller + u"initrd.gz"_s, "INITRD debian\n"));
}

void TestbootTest::selectDebianBootsUefi()
{
    const QString missing = TestBootJob::missingTools(TestBootJob::Platform::Efi);
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    const CliRun r = testboot({ u"--www"_s, m_wwwEfi.path(), u"--select"_s, u"debian"_s, u"--platform"_s, u"efi"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"GET /menu.ipxe 200"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"GET "_s + kInstaller + u"linux 200"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"GET "_s + kInstaller + u"initrd.gz 200"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"kernel started with arguments:"_s) && r.out.contains(u"auto=true priority=critical"_s),
        qPrintable(r.describe()));
    qInfo("headless test boot (UEFI, --select debian): %.1f s", r.seconds);
}

void TestbootTest::proxyFetchesRemoteUrls()
{
    // The Debian mirror lives on a host-only server; the guest gets it through --proxy.
    StaticHttpServer upstream;
    QVERIFY2(upstream.start(m_www.path()), qPrintable(upstream.errorString()));
    const QString port = QString::number(upstream.port());
    QTemporaryDir empty;
    const QString mirror = u"debian-mirror=http://127.0.0.1:"_s + port + u"/debian"_s;
    CliRun r = testboot({ u"--www"_s, empty.path(), u"--select"_s, u"debian"_s, u"--set"_s, mirror, u"--proxy"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // iPXE 1.21 (Debian 12) sends the proxied host's colon as %3A, newer iPXE (Debian 13) as ':'.
    QVERIFY2(QString(r.out).replace(u"%3A"_s, u":"_s).contains(
                 u"GET /__proxy__/http/127.0.0.1:"_s + port + kInstaller + u"linux 200"_s),
        qPrintable(r.describe()));
    // Without --proxy the guest cannot reach the host-only server: the boot fails.
    r = testboot({ u"--www"_s, empty.path(), u"--select"_s, u"debian"_s, u"--set"_s, mirror, u"--timeout"_s, u"20"_s });
    QVERIFY2(r.exitCode == 5 || r.exitCode == 6, qPrintable(r.describe()));
}

void TestbootTest::selectDebianBoots()
{
    const CliRun r = testboot({ u"--www"_s, m_www.path(), u"--select"_s, u"debian"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"GET /menu.ipxe 200"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"GET "_s + kInstaller + u"linux 200"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"GET "_s + kInstaller + u"initrd.gz 200"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(
                 u"kernel started with arguments: auto=true priority=critical preseed/url=http://10.0.2.100/debian/preseed.cfg"_s),
        qPrintable(r.describe()));
    qInfo("headless test boot (BIOS, --select debian): %.1f s", r.seconds);
}

void TestbootTest::missingKernelFails()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const CliRun r = testboot({ u"--www"_s, empty.path(), u"--select"_s, u"debian"_s });
    QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"GET "_s + kInstaller + u"linux 404"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"boot failed"_s), qPrintable(r.describe()));
}

void TestbootTest::shortTimeoutTimesOut()
{
    // Choosing the submenu entry opens the rescue menu, which has no timeout: nothing boots.
    const CliRun r = testboot(
        { u"--www"_s, m_www.path(), u"--select"_s, u"rescue-tools"_s, u"--timeout"_s, u"3"_s });
    QVERIFY2(r.exitCode == 6, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"timeout"_s), qPrintable(r.describe()));
    QVERIFY2(r.seconds < 20, qPrintable(r.describe()));
}

void TestbootTest::navigation()
{
    const ProjectFile::LoadResult loaded
        = ProjectFile::load(TestData::path(u"examples/homelab.bootlace.json"_s));
    QVERIFY(loaded.ok());
    const auto keys = [&](const QString &id, TestBootJob::Platform platform) {
        QString error;
        QStringList list;
        for (const TestBootJob::Step &s : TestBootJob::navigation(loaded.project, id, platform, &error))
            list << s.waitText + u": "_s + s.keys;
        return list.isEmpty() ? u"error: "_s + error : list.join(u" | "_s);
    };
    using P = TestBootJob::Platform;
    QCOMPARE(keys(QString(), P::Bios), u"Homelab network boot: ret"_s);
    QCOMPARE(keys(u"debian"_s, P::Bios), u"Homelab network boot: d"_s);
    // No hotkey: arrow keys from the default entry, jumping over the "More" heading.
    QCOMPARE(keys(u"reboot"_s, P::Bios), u"Homelab network boot: down down down down down down down ret"_s);
    QCOMPARE(keys(u"sysrescue"_s, P::Efi), u"Homelab network boot: r | Rescue tools: ret"_s);
    QCOMPARE(keys(u"uefi-shell"_s, P::Bios), u"error: no entry \"uefi-shell\" is shown on the bios platform"_s);
    QCOMPARE(keys(u"uefi-shell"_s, P::Efi), u"Homelab network boot: down down down ret"_s);
}

QTEST_GUILESS_MAIN(TestbootTest)
#include "testboot_test.moc"
