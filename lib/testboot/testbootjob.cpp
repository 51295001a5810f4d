#include "testboot/testbootjob.h"

#include "testboot/bootconsole.h"

#include "ipxe/menusimulation.h"
#include "ipxe/scriptwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QQueue>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Bootlace {

namespace {

// Python helpers run with the system interpreter: wrappers such as pyenv shims cost about
// half a second per start (relay.py starts once per guest TCP connection).
const QString kPython = QStringLiteral("/usr/bin/python3");

QString readText(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString stripTerminal(const QString &text)
{
    return BootConsole::stripTerminal(text);
}

QString lineAfter(const QString &text, const QString &prefix)
{
    return BootConsole::lineAfter(text, prefix).trimmed();
}

// Console lines of a Linux kernel that has taken over (see the class comment).
const QStringList &kernelMarkers()
{
    static const QStringList markers = {QStringLiteral("Linux version "),
                                        QStringLiteral("Booting the kernel"),
                                        QStringLiteral("EFI stub: ")};
    return markers;
}

// iPXE's error lines after the bootstrap chained the menu, e.g.
// "http://10.0.2.100/x/linux... No such file or directory (https://ipxe.org/2d12608e)".
QString consoleErrors(const QString &serial)
{
    const qsizetype from = std::max<qsizetype>(0, serial.indexOf(QStringLiteral("HARNESS: chaining")));
    static const QRegularExpression errorLine(
        QStringLiteral("ipxe\\.org/[0-9a-f]{8}|[Ee]rror|[Nn]ot found|[Ff]ailed|[Dd]enied|[Rr]efused"));
    QStringList lines;
    const QStringList all = serial.mid(from).split(QLatin1Char('\n'));
    for (const QString &raw : all) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("HARNESS")) || !line.contains(errorLine))
            continue;
        if (!lines.contains(line))
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// A bare-bones name for QEMU's sendkey (letters and digits only).
QString sendKeyName(const QString &hotkey)
{
    if (hotkey.size() != 1)
        return {};
    const QChar c = hotkey.front();
    if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
        return hotkey;
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return QStringLiteral("shift-") + c.toLower();
    return {};
}

// "https://host/path" as the guest reaches it through the loopback server's proxy.
QString proxiedUrl(const QString &value)
{
    static const QRegularExpression absolute(QStringLiteral("^(https?)://"));
    const QRegularExpressionMatch m = absolute.match(value);
    // The loopback server itself (a served-folder variable, or already proxied) stays as it is.
    if (!m.hasMatch() || value.startsWith(TestBootJob::guestBaseUrl()))
        return value;
    return TestBootJob::guestBaseUrl() + QStringLiteral("/__proxy__/") + m.captured(1) + QLatin1Char('/')
        + value.mid(m.capturedLength());
}

} // namespace

Project TestBootJob::proxiedProject(const Project &project)
{
    Project p = project;
    for (Variable &v : p.variables)
        v.value = proxiedUrl(v.value);
    for (Menu &menu : p.menus) {
        for (Item &item : menu.items) {
            item.kernel = proxiedUrl(item.kernel);
            for (QString &initrd : item.initrds)
                initrd = proxiedUrl(initrd);
            item.url = proxiedUrl(item.url);
        }
    }
    return p;
}

QString TestBootJob::monitorSocketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("out/mon.sock")) : QString();
}

QString TestBootJob::scratchDir() const
{
    if (!m_dir)
        return {};
    const QString dir = m_dir->filePath(QStringLiteral("scratch"));
    QDir().mkpath(dir);
    return dir;
}

TestBootJob::TestBootJob(QObject *parent)
    : QObject(parent)
{
    m_pollTimer.setInterval(200);
    connect(&m_pollTimer, &QTimer::timeout, this, &TestBootJob::poll);
    m_guardTimer.setSingleShot(true);
    connect(&m_guardTimer, &QTimer::timeout, this, [this] {
        // The harness bounds QEMU itself; this only catches a stuck harness.
        if (m_harness)
            m_harness->kill();
    });
}

TestBootJob::~TestBootJob()
{
    if (m_harness) {
        m_harness->disconnect(this);
        // SIGTERM: the harness's trap ends QEMU and the HTTP server by their PIDs.
        m_harness->terminate();
        if (!m_harness->waitForFinished(3000))
            m_harness->kill();
    }
}

QString TestBootJob::harnessDir()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("BOOTLACE_TESTBOOT_DIR");
    if (!env.isEmpty())
        candidates << env;
    candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/bootlace/testboot")
               << QStringLiteral(BOOTLACE_TESTBOOT_BUILD_DIR) << QStringLiteral(BOOTLACE_TESTBOOT_INSTALL_DIR);
    for (const QString &dir : std::as_const(candidates)) {
        if (QFileInfo::exists(dir + QStringLiteral("/ipxe-boot-test.sh")))
            return QDir::cleanPath(dir);
    }
    return {};
}

QString TestBootJob::missingTools(Platform platform)
{
    // Each need is met by the first existing file (absolute paths) or a program on PATH. The
    // locations cover Debian 12 and 13, as in harness/ipxe-boot-test.sh.
    struct Need
    {
        QStringList files;
        QString package;
    };
    QList<Need> needs = {
        {{QStringLiteral("qemu-system-x86_64")}, QStringLiteral("qemu-system-x86")},
        {{kPython}, QStringLiteral("python3")},
        {{QStringLiteral("timeout")}, QStringLiteral("coreutils")},
        {{QStringLiteral("bash")}, QStringLiteral("bash")},
    };
    if (platform == Platform::Bios) {
        needs.append({{QStringLiteral("/usr/lib/ipxe/ipxe.lkrn")}, QStringLiteral("ipxe")});
    } else {
        needs.append({{QStringLiteral("/usr/lib/ipxe/ipxe.efi"), QStringLiteral("/usr/lib/ipxe/ipxe-amd64.efi")},
                      QStringLiteral("ipxe")});
        needs.append({{QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.fd"), QStringLiteral("/usr/share/OVMF/OVMF_CODE.fd")},
                      QStringLiteral("ovmf")});
        needs.append({{QStringLiteral("/usr/share/OVMF/OVMF_VARS_4M.fd"), QStringLiteral("/usr/share/OVMF/OVMF_VARS.fd")},
                      QStringLiteral("ovmf")});
    }
    QStringList missing;
    QStringList packages;
    for (const Need &n : std::as_const(needs)) {
        const bool found = std::any_of(n.files.cbegin(), n.files.cend(), [](const QString &f) {
            return f.startsWith(QLatin1Char('/')) ? QFileInfo::exists(f) : !QStandardPaths::findExecutable(f).isEmpty();
        });
        if (found)
            continue;
        missing << (n.files.size() == 2 ? QCoreApplication::translate("Bootlace::TestBootJob", "%1 or %2")
                                              .arg(n.files.at(0), n.files.at(1))
                                        : n.files.join(QStringLiteral(" or ")));
        if (!packages.contains(n.package))
            packages << n.package;
    }
    if (harnessDir().isEmpty())
        missing << QCoreApplication::translate("Bootlace::TestBootJob",
                                               "the test-boot helper scripts (share/bootlace/testboot; reinstall Bootlace)");
    if (missing.isEmpty())
        return {};
    if (packages.isEmpty())
        return QCoreApplication::translate("Bootlace::TestBootJob", "A test boot needs QEMU, iPXE and OVMF; missing: %1.")
            .arg(missing.join(QStringLiteral(", ")));
    return QCoreApplication::translate("Bootlace::TestBootJob",
                                       "A test boot needs QEMU, iPXE and OVMF; missing: %1. Install with: sudo apt-get "
                                       "install --no-install-recommends %2 (Debian packages for both platforms: "
                                       "qemu-system-x86 ipxe ovmf)")
        .arg(missing.join(QStringLiteral(", ")), packages.join(QLatin1Char(' ')));
}

QList<TestBootJob::Step> TestBootJob::navigation(const Project &project, const QString &itemId, Platform platform,
                                                 QString *error)
{
    const auto firmware = platform == Platform::Bios ? MenuSimulation::Firmware::Bios : MenuSimulation::Firmware::Uefi;
    // ipxe.lkrn is a 32-bit build; Debian's ipxe.efi for QEMU is x86_64.
    const auto arch = platform == Platform::Bios ? MenuSimulation::Arch::I386 : MenuSimulation::Arch::X86_64;
    if (project.menus.isEmpty()) {
        *error = QCoreApplication::translate("Bootlace::TestBootJob", "the project has no menu");
        return {};
    }
    const QString root = project.menus.front().id;
    const MenuSimulation rootSim(project, root, firmware, arch);
    if (!rootSim.isValid() || rootSim.initialRow() < 0) {
        *error = QCoreApplication::translate("Bootlace::TestBootJob", "the root menu shows no entry on this platform");
        return {};
    }
    if (itemId.isEmpty())
        return {{rootSim.title(), QStringLiteral("ret")}};

    // Breadth-first through the submenus this client sees: the shortest way to the entry.
    QHash<QString, QPair<QString, QString>> cameFrom; // menu -> (parent menu, submenu entry)
    QQueue<QString> queue;
    queue.enqueue(root);
    cameFrom.insert(root, {});
    QString found;
    while (!queue.isEmpty() && found.isEmpty()) {
        const QString menuId = queue.dequeue();
        const MenuSimulation sim(project, menuId, firmware, arch);
        if (sim.rowOf(itemId) >= 0 && sim.rows().at(sim.rowOf(itemId)).selectable) {
            found = menuId;
            break;
        }
        for (const MenuSimulation::Row &row : sim.rows()) {
            const QString sub = row.selectable ? sim.submenuOf(row.itemId) : QString();
            if (!sub.isEmpty() && !cameFrom.contains(sub)) {
                cameFrom.insert(sub, {menuId, row.itemId});
                queue.enqueue(sub);
            }
        }
    }
    if (found.isEmpty()) {
        *error = QCoreApplication::translate("Bootlace::TestBootJob", "no entry \"%1\" is shown on the %2 platform")
                     .arg(itemId, platform == Platform::Bios ? QStringLiteral("bios") : QStringLiteral("efi"));
        return {};
    }
    QList<QPair<QString, QString>> path; // (menu, entry to choose in it)
    for (QString menu = found, entry = itemId; !menu.isEmpty();) {
        path.prepend({menu, entry});
        const auto parent = cameFrom.value(menu);
        menu = parent.first;
        entry = parent.second;
    }
    QList<Step> steps;
    for (const auto &[menuId, entry] : std::as_const(path)) {
        const MenuSimulation sim(project, menuId, firmware, arch);
        const int target = sim.rowOf(entry);
        const QString hotkey = sendKeyName(sim.rows().at(target).hotkey);
        // A hotkey chooses at once; otherwise walk with the arrow keys as iPXE moves.
        if (!hotkey.isEmpty() && sim.rowForHotkey(sim.rows().at(target).hotkey) == target) {
            steps.append({sim.title(), hotkey});
            continue;
        }
        QStringList keys;
        int row = sim.initialRow();
        for (int i = 0; row != target && i <= sim.rows().size(); ++i) {
            row = sim.move(row, 1);
            keys << QStringLiteral("down");
        }
        if (row != target) {
            *error = QCoreApplication::translate("Bootlace::TestBootJob", "cannot reach entry \"%1\" with the arrow keys").arg(entry);
            return {};
        }
        keys << QStringLiteral("ret");
        steps.append({sim.title(), keys.join(QLatin1Char(' '))});
    }
    return steps;
}

void TestBootJob::fail(TestBootResult::Outcome outcome, const QString &message)
{
    m_result.outcome = outcome;
    m_result.detail = message;
    m_errorString = message;
    m_finished = true;
    QTimer::singleShot(0, this, &TestBootJob::finished);
}

void TestBootJob::start()
{
    m_result = {};
    m_errorString.clear();
    m_startMarker.clear();
    m_finished = false;
    m_aborted = false;
    const QString missing = missingTools(m_platform);
    if (!missing.isEmpty())
        return fail(TestBootResult::Outcome::ToolsMissing, missing);
    QString error;
    const QList<Step> steps = m_interactive ? QList<Step>() : navigation(m_project, m_selection, m_platform, &error);
    if (steps.isEmpty() && !m_interactive)
        return fail(TestBootResult::Outcome::Error, error);
    if (!m_wwwDir.isEmpty() && !QFileInfo(m_wwwDir).isDir())
        return fail(TestBootResult::Outcome::Error, QCoreApplication::translate("Bootlace::TestBootJob", "%1 is not a directory").arg(m_wwwDir));

    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(TestBootResult::Outcome::Error, QCoreApplication::translate("Bootlace::TestBootJob", "cannot create a temporary directory: %1").arg(m_dir->errorString()));
    m_dir->setAutoRemove(!qEnvironmentVariableIsSet("BOOTLACE_KEEP_BOOT_OUTPUT"));
    const QString www = m_dir->filePath(QStringLiteral("www"));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QDir().mkpath(www);
    QDir().mkpath(out);
    // The served root: the generated menu, plus links to everything in the user's directory
    // (never written to).
    if (!m_wwwDir.isEmpty()) {
        const QDir user(m_wwwDir);
        const QStringList names = user.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &name : names) {
            if (name != QLatin1String("menu.ipxe"))
                QFile::link(user.absoluteFilePath(name), www + QLatin1Char('/') + name);
        }
    }
    QFile menu(www + QStringLiteral("/menu.ipxe"));
    const Project served = m_proxyRemote ? proxiedProject(m_project) : m_project;
    if (!menu.open(QIODevice::WriteOnly) || menu.write(ScriptWriter::write(served).toUtf8()) < 0)
        return fail(TestBootResult::Outcome::Error, QCoreApplication::translate("Bootlace::TestBootJob", "cannot write the menu: %1").arg(menu.errorString()));
    menu.close();

    QStringList args = {harnessDir() + QStringLiteral("/ipxe-boot-test.sh"),
                        QStringLiteral("-w"),
                        www,
                        QStringLiteral("-o"),
                        out,
                        QStringLiteral("-m"),
                        m_platform == Platform::Efi ? QStringLiteral("efi") : QStringLiteral("lkrn"),
                        QStringLiteral("-t"),
                        QString::number(std::max(1, m_timeoutSecs))};
    for (const Step &step : steps) {
        args << QStringLiteral("-W") << step.waitText;
        // UEFI: the wait sees the title on the serial console before iPXE reads keys.
        if (m_platform == Platform::Efi)
            args << QStringLiteral("-K") << QStringLiteral("1");
        args << QStringLiteral("-k") << step.keys;
    }

    m_harness = new QProcess(this);
    m_harness->setProgram(QStringLiteral("bash"));
    m_harness->setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHON"), kPython);
    if (m_proxyRemote)
        env.insert(QStringLiteral("BOOTLACE_TESTBOOT_PROXY"), QStringLiteral("1"));
    m_harness->setProcessEnvironment(env);
    m_harness->setStandardOutputFile(QProcess::nullDevice());
    m_harness->setStandardErrorFile(out + QStringLiteral("/harness.err"));
#ifdef Q_OS_LINUX
    // If this process dies (a crash, Ctrl-C), the harness gets SIGTERM and its trap ends QEMU
    // and the HTTP server at once rather than at their `timeout` limits.
    m_harness->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_harness, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        harnessFinished(status == QProcess::NormalExit ? exitCode : -1);
    });
    connect(m_harness, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            harnessFinished(-1);
    });
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_logOffset = 0;
    m_serialSize = -1;
    m_harness->start();
    m_pollTimer.start();
    m_guardTimer.start((std::max(1, m_timeoutSecs) + 30) * 1000);
}

void TestBootJob::abort()
{
    if (m_harness) {
        m_aborted = true;
        m_harness->terminate();
    }
}

void TestBootJob::poll()
{
    if (!m_dir || !m_harness)
        return;
    // New complete lines of the access log ("<time> GET /path 200").
    QFile log(m_dir->filePath(QStringLiteral("out/access.log")));
    if (log.open(QIODevice::ReadOnly) && log.size() > m_logOffset && log.seek(m_logOffset)) {
        const QByteArray chunk = log.readAll();
        const qsizetype end = chunk.lastIndexOf('\n');
        if (end >= 0) {
            m_logOffset += end + 1;
            const QList<QByteArray> lines = chunk.left(end).split('\n');
            for (const QByteArray &line : lines) {
                const QString text = QString::fromUtf8(line).section(QLatin1Char(' '), 1);
                if (!text.isEmpty())
                    Q_EMIT requestLogged(text);
            }
        }
    }
    const QString serialPath = m_dir->filePath(QStringLiteral("out/serial.log"));
    const qint64 size = QFileInfo(serialPath).size();
    if (size == m_serialSize)
        return;
    m_serialSize = size;
    const QString serial = stripTerminal(readText(serialPath));
    Q_EMIT consoleChanged(serial);
    if (!m_startMarker.isEmpty())
        return;
    for (const QString &marker : kernelMarkers()) {
        if (serial.contains(marker)) {
            m_startMarker = marker;
            if (m_interactive) {
                Q_EMIT kernelDetected(marker + lineAfter(serial, marker));
            } else {
                // A real kernel runs on until the time limit: stop the VM now.
                m_harness->terminate();
            }
            return;
        }
    }
}

void TestBootJob::harnessFinished(int exitCode)
{
    if (m_finished)
        return;
    poll(); // the last requests and console lines for the live log
    m_finished = true;
    m_pollTimer.stop();
    m_guardTimer.stop();
    const QString out = m_dir->filePath(QStringLiteral("out"));
    TestBootResult &r = m_result;
    r.seconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    r.qemuExitCode = exitCode;
    r.serial = stripTerminal(readText(out + QStringLiteral("/serial.log")));
    const QStringList logLines = readText(out + QStringLiteral("/access.log")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : logLines)
        r.requests << line.section(QLatin1Char(' '), 1); // drop the timestamp
    const QString harnessLog = readText(out + QStringLiteral("/harness.err")).trimmed();
    if (m_startMarker.isEmpty()) {
        for (const QString &marker : kernelMarkers()) {
            if (r.serial.contains(marker))
                m_startMarker = marker;
        }
    }

    using Outcome = TestBootResult::Outcome;
    if (!m_startMarker.isEmpty()) {
        r.outcome = Outcome::KernelStarted;
        r.detail = QCoreApplication::translate("Bootlace::TestBootJob", "kernel started (console: \"%1\")").arg(m_startMarker + lineAfter(r.serial, m_startMarker));
    } else if (exitCode == 101 || exitCode == 103) {
        r.outcome = Outcome::KernelStarted;
        const QString cmdline = exitCode == 101 ? lineAfter(r.serial, QStringLiteral("BZTEST: cmdline="))
                                                : lineAfter(r.serial, QStringLiteral("EFITEST: loadoptions="));
        r.detail = QCoreApplication::translate("Bootlace::TestBootJob", "kernel started with arguments: %1").arg(cmdline);
    } else if (exitCode == 105) {
        r.outcome = Outcome::KernelStarted;
        r.detail = QCoreApplication::translate("Bootlace::TestBootJob", "boot sector started (%1)").arg(lineAfter(r.serial, QStringLiteral("BOOTSECTOR: ")));
    } else if (m_aborted) {
        r.outcome = Outcome::Stopped;
        r.detail = QCoreApplication::translate("Bootlace::TestBootJob", "stopped");
    } else if (exitCode == 124 || exitCode == 137) {
        r.outcome = Outcome::TimedOut;
        const QString errors = consoleErrors(r.serial);
        r.detail = errors.isEmpty()
            ? QCoreApplication::translate("Bootlace::TestBootJob", "timeout after %1 s: nothing was booted").arg(m_timeoutSecs)
            : QCoreApplication::translate("Bootlace::TestBootJob", "timeout after %1 s: nothing was booted; console errors:\n%2")
                  .arg(m_timeoutSecs)
                  .arg(errors);
    } else if (exitCode == 0 && r.serial.contains(QStringLiteral("HARNESS: chain failed"))) {
        r.outcome = Outcome::BootFailed;
        const QString errors = consoleErrors(r.serial);
        r.detail = errors.isEmpty() ? QCoreApplication::translate("Bootlace::TestBootJob", "the menu script failed (%1)")
                                          .arg(lineAfter(r.serial, QStringLiteral("HARNESS: chain failed")))
                                    : errors;
    } else if (exitCode == 0 && r.serial.contains(QStringLiteral("HARNESS: entry script returned"))) {
        r.outcome = Outcome::BootFailed;
        r.detail = QCoreApplication::translate("Bootlace::TestBootJob", "the menu script returned without booting anything");
    } else {
        r.outcome = Outcome::Error;
        r.detail = QCoreApplication::translate("Bootlace::TestBootJob", "the test-boot harness failed (exit %1): %2").arg(exitCode).arg(harnessLog);
    }
    if (r.outcome != Outcome::KernelStarted)
        m_errorString = r.detail;
    m_harness->deleteLater();
    m_harness = nullptr;
    Q_EMIT finished();
}

} // namespace Bootlace
