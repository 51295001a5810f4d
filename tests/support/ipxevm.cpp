#include "support/ipxevm.h"

#include "testboot/bootconsole.h"
#include "testboot/testbootjob.h"

#include "support/testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Bootlace::Test {

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QString readText(const QString &fileName)
{
    return QString::fromLatin1(TestData::read(fileName));
}

QString stripTerminal(const QString &text)
{
    return BootConsole::stripTerminal(text);
}

QString lineAfter(const QString &serial, const QString &prefix)
{
    return BootConsole::lineAfter(serial, prefix);
}

void parseStubOutput(BootResult *r)
{
    const QString cmdline = lineAfter(r->serial, QStringLiteral("BZTEST: cmdline="));
    r->kernelCmdline = cmdline.isNull()
        ? lineAfter(r->serial, QStringLiteral("EFITEST: loadoptions="))
        : cmdline;
    static const QRegularExpression initrd(
        QStringLiteral("^BZTEST: initrd addr=0x[0-9A-F]+ size=0x([0-9A-F]+) head=(.*)$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = initrd.match(r->serial);
    if (m.hasMatch()) {
        r->initrdSize = m.captured(1).toLongLong(nullptr, 16);
        r->initrdHead = m.captured(2);
    }
    r->bootSector = lineAfter(r->serial, QStringLiteral("BOOTSECTOR: "));
}

} // namespace

QString BootResult::describe() const
{
    return QStringLiteral(
        "exit %1%2 after %3 s (files: %4)\nrequests: %5\nharness: %6\nserial (tail):\n%7")
        .arg(exitCode)
        .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
        .arg(seconds, 0, 'f', 1)
        .arg(outputDir, requests.join(QStringLiteral(", ")), harnessLog.trimmed(),
            serial.right(1500));
}

IpxeVm::IpxeVm(const QString &wwwDir, const Options &options)
    : m_www(wwwDir)
    , m_options(options)
{
}

IpxeVm::~IpxeVm() = default;

QString IpxeVm::harnessDir()
{
    return TestData::path(QStringLiteral("lib/testboot/harness"));
}

QString IpxeVm::missingTools()
{
    // The suite boots both platforms: everything TestBootJob needs for BIOS and for UEFI.
    const QString bios = TestBootJob::missingTools(TestBootJob::Platform::Bios);
    return bios.isEmpty() ? TestBootJob::missingTools(TestBootJob::Platform::Efi) : bios;
}

QString IpxeVm::writeDiskImage(
    const QString &fileName, const QString &bootSectorStub, const QByteArray &tag)
{
    // 16 MiB, sparse. iPXE's INT 13 emulation guesses 255 heads x 63 sectors for a disk without
    // a partition table and computes cylinders = sectors / (255 * 63); below about 8 MiB that
    // is 0 and every CHS read (the BIOS way to load the boot sector) fails with an I/O error.
    constexpr qint64 kSize = 16 * 1024 * 1024;
    constexpr int kTagOffset = 0x1a0;
    constexpr int kTagSize = 16;
    QByteArray sector = TestData::read(bootSectorStub);
    if (sector.size() != 512)
        return QStringLiteral(
            "boot-sector stub %1 is missing or not 512 bytes (build the tests; it needs "
            "binutils)")
            .arg(bootSectorStub);
    if (tag.size() > kTagSize)
        return QStringLiteral("disk tag longer than %1 bytes").arg(kTagSize);
    const QByteArray field = tag + QByteArray(kTagSize - tag.size(), '\0');
    sector.replace(kTagOffset, kTagSize, field);
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QFile f(fileName);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(sector) != sector.size()
        || !f.resize(kSize))
        return QStringLiteral("cannot write %1: %2").arg(fileName, f.errorString());
    return {};
}

BootResult IpxeVm::boot()
{
    BootResult r;
    m_out = std::make_unique<QTemporaryDir>();
    if (!m_out->isValid()) {
        r.harnessLog
            = QStringLiteral("cannot create a temporary directory: ") + m_out->errorString();
        return r;
    }
    m_out->setAutoRemove(!qEnvironmentVariableIsSet("BOOTLACE_KEEP_BOOT_OUTPUT"));
    const QString out = m_out->path();
    r.outputDir = out;

    QStringList args = { harnessDir() + QStringLiteral("/ipxe-boot-test.sh"), QStringLiteral("-w"),
        m_www, QStringLiteral("-o"), out, QStringLiteral("-m"),
        m_options.mode == Mode::Efi ? QStringLiteral("efi") : QStringLiteral("lkrn"),
        QStringLiteral("-t"), QString::number(m_options.timeoutSecs) };
    if (!m_options.entry.isEmpty())
        args << QStringLiteral("-e") << m_options.entry;
    if (!m_options.disk.isEmpty())
        args << QStringLiteral("-d") << m_options.disk;
    QStringList screenFiles;
    for (const Action &a : m_options.actions) {
        args << a.option;
        if (a.option == QLatin1String("-T")) {
            screenFiles << QStringLiteral("screen-%1.txt").arg(screenFiles.size() + 1);
            args << screenFiles.back();
        } else if (!a.value.isNull()) {
            args << a.value;
        }
    }

    QProcess harness;
    harness.setProgram(QStringLiteral("bash"));
    harness.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHON"), kPython);
    harness.setProcessEnvironment(env);
    harness.setStandardOutputFile(QProcess::nullDevice());
    harness.setStandardErrorFile(out + QStringLiteral("/harness.err"));
#ifdef Q_OS_LINUX
    // If the test process dies (a crash, ctest's timeout), the harness gets SIGTERM and its
    // trap ends QEMU and the HTTP server at once instead of at their `timeout` limits.
    harness.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif

    QElapsedTimer clock;
    clock.start();
    QSignalSpy finished(&harness, &QProcess::finished);
    harness.start();
    // The harness bounds QEMU itself; the margin covers the HTTP server and cleanup.
    if (!harness.waitForStarted(10000) || !finished.wait((m_options.timeoutSecs + 30) * 1000)) {
        // SIGTERM: the harness's trap ends QEMU, the HTTP server and the monitor helper.
        harness.terminate();
        if (!finished.wait(10000))
            harness.kill();
        r.harnessLog = QStringLiteral("harness did not finish in time and was stopped\n");
    }
    r.seconds = double(clock.elapsed()) / 1000.0;

    r.exitCode = harness.exitStatus() == QProcess::NormalExit ? harness.exitCode() : -1;
    r.timedOut = r.exitCode == 124 || r.exitCode == 137;
    r.harnessLog += readText(out + QStringLiteral("/harness.err"));
    r.serial = stripTerminal(readText(out + QStringLiteral("/serial.log")));
    const QStringList logLines = readText(out + QStringLiteral("/access.log"))
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : logLines)
        r.requests << line.section(QLatin1Char(' '), 1); // drop the timestamp
    for (const QString &file : std::as_const(screenFiles)) {
        const QString path = out + QLatin1Char('/') + file;
        if (QFileInfo::exists(path))
            r.screens << (m_options.mode == Mode::Efi ? stripTerminal(readText(path))
                                                      : readText(path));
    }
    parseStubOutput(&r);
    return r;
}

} // namespace Bootlace::Test
