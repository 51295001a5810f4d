#include "publish/directorytransport.h"

#include "transporthelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Bootlace;
using namespace Bootlace::Test;

class DirectoryTransportTest final : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void uploadReplacesAtomicallyWithMode()
    {
        QTemporaryDir dir;
        DirectoryTransport t(dir.path(), 0640);
        QVERIFY(uploadBytes(t, QStringLiteral("sub/menu.ipxe"), "old\n").ok());
        const TransferResult r = uploadBytes(t, QStringLiteral("sub/menu.ipxe"), "#!ipxe\nnew\n");
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(read(dir.filePath(QStringLiteral("sub/menu.ipxe"))), QByteArray("#!ipxe\nnew\n"));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(QStringLiteral("sub/menu.ipxe"))).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0640);
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("menu.ipxe")});
        QByteArray digest;
        QVERIFY(t.sha256(QStringLiteral("sub/menu.ipxe"), &digest).ok());
        QCOMPARE(digest, QCryptographicHash::hash("#!ipxe\nnew\n", QCryptographicHash::Sha256));
    }

    void missingFileIsNotFound()
    {
        QTemporaryDir dir;
        DirectoryTransport t(dir.path(), 0644);
        QByteArray data;
        QCOMPARE(t.fetch(QStringLiteral("menu.ipxe"), &data).error, TransferError::NotFound);
        DirectoryTransport gone(dir.filePath(QStringLiteral("not-mounted/boot")), 0644);
        const TransferResult r = uploadBytes(gone, QStringLiteral("menu.ipxe"), "x");
        QCOMPARE(r.error, TransferError::NotFound);
        QVERIFY2(r.message.contains(QLatin1String("mounted")), qPrintable(r.message));
    }

    // Root ignores file modes, so the upload runs in a child process as user nobody.
    void permissionDenied()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
        DirectoryTransport t(dir.path(), 0644);
        QVERIFY(uploadBytes(t, QStringLiteral("menu.ipxe"), "old\n").ok());
        const pid_t child = ::fork();
        if (child == 0) {
            if (::geteuid() == 0 && ::setresuid(65534, 65534, 65534) != 0)
                ::_exit(100);
            DirectoryTransport asNobody(dir.path(), 0644);
            const TransferResult r = uploadBytes(asNobody, QStringLiteral("menu.ipxe"), "new\n");
            ::_exit(r.error == TransferError::PermissionDenied && r.message.startsWith(QLatin1String("Permission denied"))
                        ? 0
                        : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(read(dir.filePath(QStringLiteral("menu.ipxe"))), QByteArray("old\n"));
    }

    // A file size limit stands in for a full disk: the write fails, the old file stays.
    void diskFullKeepsOldFile()
    {
        QTemporaryDir dir;
        DirectoryTransport t(dir.path(), 0644);
        QVERIFY(uploadBytes(t, QStringLiteral("menu.ipxe"), "old menu\n").ok());
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old = {};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 4096;
        setrlimit(RLIMIT_FSIZE, &small);
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), QByteArray(100000, 'x'));
        setrlimit(RLIMIT_FSIZE, &old);
        QCOMPARE(r.error, TransferError::DiskFull);
        QVERIFY2(r.message.contains(QLatin1String("disk is full")), qPrintable(r.message));
        QCOMPARE(read(dir.filePath(QStringLiteral("menu.ipxe"))), QByteArray("old menu\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("menu.ipxe")});
    }

    void cancelKeepsOldFile()
    {
        QTemporaryDir dir;
        DirectoryTransport t(dir.path(), 0644);
        QVERIFY(uploadBytes(t, QStringLiteral("menu.ipxe"), "old\n").ok());
        std::atomic_bool cancel{true};
        t.setCancelFlag(&cancel);
        QCOMPARE(uploadBytes(t, QStringLiteral("menu.ipxe"), "new\n").error, TransferError::Cancelled);
        QCOMPARE(read(dir.filePath(QStringLiteral("menu.ipxe"))), QByteArray("old\n"));
    }
};

QTEST_GUILESS_MAIN(DirectoryTransportTest)
#include "directorytransport_test.moc"
