#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QByteArray;
class QTemporaryDir;

namespace Bootlace::Test {

// What one boot of real iPXE did, as recorded by lib/testboot/harness/ipxe-boot-test.sh.
struct BootResult
{
    int exitCode = -1; // QEMU's: 101 bzImage stub, 103 EFI stub, 105 boot sector, 0 gave up
    QStringList requests; // "GET /path 200", in order (the harness's own files not included)
    QString serial; // COM1 log, \r and ANSI escapes stripped
    QString kernelCmdline; // bzImage stub: the command line; EFI stub: "<image> <args>"
    QString initrdHead; // bzImage stub: first 48 bytes of the initrds, non-printables as '.'
    qint64 initrdSize = -1; // bzImage stub: total size of the (concatenated) initrds
    QString bootSector; // boot-sector stub: "tag=<tag> drive=0x80"
    QStringList screens; // screen text saved by Action::screen(), in order
    QString harnessLog; // the harness's stderr ("HARNESS-HOST: ..." progress and failures)
    bool timedOut = false; // QEMU hit the hard time limit (a hang)
    double seconds = 0; // wall time of the whole harness run
    QString outputDir; // the harness's files; kept if BOOTLACE_KEEP_BOOT_OUTPUT is set

    bool kernelBooted() const { return exitCode == 101 || exitCode == 103; }
    // A summary for QVERIFY2 messages: exit code, requests, harness log and the serial tail.
    QString describe() const;
};

// Boots a www directory's menu.ipxe in real iPXE under QEMU/TCG through the shell harness in
// lib/testboot/harness and collects what happened. BIOS runs Debian's ipxe.lkrn (about 2.5 s a
// boot); EFI runs OVMF, which boots Debian's ipxe.efi from a read-only vvfat disk's removable-
// media path; it gets the bootstrap URL from slirp's DHCP (about 12 s). The guest sees the www
// directory as http://10.0.2.100 and can reach nothing else. boot() is synchronous, and
// every process it starts ends before it returns (and is bounded by `timeout` even if the
// test process dies). Set BOOTLACE_KEEP_BOOT_OUTPUT=1 to keep each boot's logs for debugging.
class IpxeVm final
{
public:
    enum class Mode { BiosLkrn, Efi };

    // One interaction with the running VM; actions run in order once QEMU has started.
    struct Action
    {
        QString option; // the harness option
        QString value;

        // Waits until text is on the screen (BIOS: VGA text memory; EFI: serial output since
        // the previous wait). Later actions are skipped if it never appears.
        static Action waitFor(const QString &text) { return { QStringLiteral("-W"), text }; }
        // HMP sendkey names separated by spaces: "down down ret", "esc", "d".
        static Action keys(const QString &keys) { return { QStringLiteral("-k"), keys }; }
        // Lets the guest run, to show that nothing happens meanwhile.
        static Action pause(double seconds)
        {
            return { QStringLiteral("-K"), QString::number(seconds) };
        }
        // Appends the screen text to BootResult::screens.
        static Action screen() { return { QStringLiteral("-T"), QString() }; }
        // Stops QEMU through the monitor (QEMU exits with status 0).
        static Action quit() { return { QStringLiteral("-q"), QString() }; }
    };

    struct Options
    {
        Mode mode = Mode::BiosLkrn;
        QList<Action> actions;
        QString disk; // raw disk image attached as an IDE disk (read-only), or empty
        int timeoutSecs = 30; // hard limit for QEMU
        QString entry; // entry script relative to the www dir; empty = menu.ipxe
    };

    IpxeVm(const QString &wwwDir, const Options &options);
    ~IpxeVm();
    Q_DISABLE_COPY_MOVE(IpxeVm)

    BootResult boot();

    // Empty when everything the harness needs is installed; otherwise which files are
    // missing and the apt-get command that installs them.
    static QString missingTools();
    static QString harnessDir();

    // Writes a raw disk image whose first sector is the boot-sector stub, with `tag` (at most
    // 16 bytes) in its tag field. Returns an error message, or an empty string on success.
    static QString writeDiskImage(
        const QString &fileName, const QString &bootSectorStub, const QByteArray &tag);

private:
    QString m_www;
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_out;
};

} // namespace Bootlace::Test
