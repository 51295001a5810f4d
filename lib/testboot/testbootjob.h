#pragma once

#include "model/project.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace Bootlace {

// How one test boot ended and what iPXE fetched on the way.
struct TestBootResult
{
    enum class Outcome {
        KernelStarted, // an image was started (see TestBootJob for what is detected)
        BootFailed,    // iPXE reported an error, or the menu returned without booting
        TimedOut,      // nothing of the above before the time limit
        ToolsMissing,  // QEMU, iPXE or OVMF is not installed
        Error,         // the project cannot be booted as asked (unknown entry, bad --www, ...)
        Stopped,       // abort() ended the VM before anything booted
    };
    Outcome outcome = Outcome::Error;
    QStringList requests; // "GET /path 200", in order
    QString detail;       // what was detected / the error text from the console
    QString serial;       // the serial console, terminal escapes removed
    int qemuExitCode = -1;
    double seconds = 0;
};

// Boots a project's generated menu in Debian's real iPXE under QEMU/TCG (BIOS: ipxe.lkrn;
// UEFI: OVMF booting ipxe.efi) against a loopback HTTP server, chooses an entry with the keys
// MenuSimulation computes, and reports the requests and how the boot ended. A job object:
// start(), then finished(); never blocks. Every process it starts is bounded by `timeout` and
// ended when the job is destroyed or its owner dies.
//
// "Kernel started" is detected from: the stub images of the test suite exiting QEMU through
// isa-debug-exit (101 bzImage, 103 EFI application, 105 boot sector); or, for real kernels,
// the serial console showing "Linux version", "Booting the kernel" or "EFI stub:" (a Linux
// kernel with console=ttyS0 or earlyprintk). iPXE itself prints nothing when `boot` succeeds.
class TestBootJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestBootJob)

public:
    enum class Platform { Bios, Efi };

    explicit TestBootJob(QObject *parent = nullptr);
    ~TestBootJob() override;

    void setProject(const Project &project) { m_project = project; }
    void setPlatform(Platform platform) { m_platform = platform; }
    // The entry to choose (its id, in any menu); empty = the root menu's default entry.
    void setSelection(const QString &itemId) { m_selection = itemId; }
    void setTimeoutSecs(int secs) { m_timeoutSecs = secs; }
    // A local directory served as the boot server (the guest sees it as guestBaseUrl()).
    void setWwwDir(const QString &dir) { m_wwwDir = dir; }
    // Interactive (the test-boot window): no entry is chosen, the user drives the menu through
    // the QEMU monitor (monitorSocketPath()); a started kernel is reported with
    // kernelDetected() and keeps running until abort() or the time limit.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Absolute http(s) URLs in the project's variables and entries are rewritten to go through
    // the loopback server, which fetches them from the host (the guest itself reaches nothing
    // but the loopback server). iPXE thus also gets HTTPS files over plain HTTP.
    void setProxyRemote(bool proxy) { m_proxyRemote = proxy; }
    bool isRunning() const { return m_harness != nullptr; }
    // The QEMU monitor (HMP) socket of the running VM; for VmMonitor in interactive mode.
    QString monitorSocketPath() const;
    // A private scratch directory of this job (for screen dumps).
    QString scratchDir() const;
    // The project as the guest gets it: proxied URLs rewritten (see setProxyRemote).
    static Project proxiedProject(const Project &project);

    void start();
    void abort();
    const TestBootResult &result() const { return m_result; }
    QString errorString() const { return m_errorString; }

    // The loopback server as the guest sees it.
    static QString guestBaseUrl() { return QStringLiteral("http://10.0.2.100"); }
    // Empty when everything a test boot on `platform` needs is installed; otherwise which
    // files are missing and the Debian packages that provide them.
    static QString missingTools(Platform platform);
    // Where the helper scripts are: $BOOTLACE_TESTBOOT_DIR, next to the executable
    // (../share/bootlace/testboot), the build tree, then the install prefix.
    static QString harnessDir();

    // One step of the navigation: wait until `waitText` is shown, then press `keys`.
    struct Step
    {
        QString waitText;
        QString keys; // QEMU sendkey names separated by spaces
    };
    // The steps that choose itemId (empty: the default entry) from the root menu, or an empty
    // list with *error set.
    static QList<Step> navigation(const Project &project, const QString &itemId,
                                  Platform platform, QString *error);

Q_SIGNALS:
    // While the VM runs: one HTTP request, as "GET /menu.ipxe 200".
    void requestLogged(const QString &request);
    // While the VM runs: the whole serial console so far, terminal escapes removed.
    void consoleChanged(const QString &serial);
    // Interactive mode: a kernel took over (the text says how it was recognised).
    void kernelDetected(const QString &detail);
    void finished();

private:
    void fail(TestBootResult::Outcome outcome, const QString &message);
    void poll();
    void harnessFinished(int exitCode);

    Project m_project;
    Platform m_platform = Platform::Bios;
    QString m_selection;
    int m_timeoutSecs = 60;
    QString m_wwwDir;
    TestBootResult m_result;
    QString m_errorString;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_harness = nullptr;
    QTimer m_pollTimer;
    QTimer m_guardTimer;
    QString m_startMarker; // the kernel-start marker seen on the console, if any
    qint64 m_startedMs = 0;
    bool m_finished = false;
    bool m_interactive = false;
    bool m_aborted = false;
    bool m_proxyRemote = false;
    qint64 m_logOffset = 0;
    qint64 m_serialSize = -1;
};

} // namespace Bootlace
