#include "publish/curltransport.h"

#include "support/publishservers.h"
#include "transporthelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Bootlace;
using namespace Bootlace::Test;

// A size-limited tmpfs mounted for one test (the tests run as root), always unmounted.
struct TinyTmpfs
{
    QString path;
    QString error;
    TinyTmpfs(const QString &dir, int bytes)
        : path(dir)
    {
        QProcess p;
        p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"), dir});
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            error = QStringLiteral("cannot mount a tmpfs (the publish tests need root and mount): ")
                + QString::fromLocal8Bit(p.readAllStandardError());
    }
    ~TinyTmpfs()
    {
        if (error.isEmpty())
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), path});
    }
};

// CurlTransport against real servers started here: tftpd-hpa, nginx (WebDAV) and OpenSSH's sshd,
// plus relays that lose packets or cut connections.
class CurlTransportTest final : public QObject
{
    Q_OBJECT

    TftpServer m_tftp;
    WebDavServer m_dav;
    SshServer m_ssh;
    SshServer m_sshReadOnly;
    const QString m_davPassword = QStringLiteral("s3cret-dav-pw");

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QByteArray randomBytes(qsizetype n)
    {
        QByteArray b(n, Qt::Uninitialized);
        for (qsizetype i = 0; i < n; ++i)
            b[i] = char(QRandomGenerator::global()->bounded(256));
        return b;
    }

    PublishTarget tftpTarget(quint16 port) const
    {
        PublishTarget t;
        t.name = QStringLiteral("tftp");
        t.kind = PublishTarget::Kind::Tftp;
        t.location = QStringLiteral("tftp://127.0.0.1:%1/").arg(port);
        return t;
    }
    PublishTarget davTarget(quint16 port, const QString &folder = QStringLiteral("ipxe/")) const
    {
        PublishTarget t;
        t.name = QStringLiteral("dav");
        t.kind = PublishTarget::Kind::WebDav;
        t.location = QStringLiteral("http://127.0.0.1:%1/").arg(port) + folder;
        t.username = QStringLiteral("publisher");
        return t;
    }
    PublishTarget sftpTarget(const SshServer &server, quint16 port = 0) const
    {
        PublishTarget t;
        t.name = QStringLiteral("sftp");
        t.kind = PublishTarget::Kind::Sftp;
        t.location = QStringLiteral("sftp://127.0.0.1:%1").arg(port ? port : server.port()) + server.root()
            + QStringLiteral("/boot/");
        t.username = server.user();
        t.sshKeyFile = server.clientKey();
        t.knownHostsFile = server.knownHosts();
        t.fileMode = 0640;
        return t;
    }

    // The checks every transport must pass: upload, read back, replace, report a missing file.
    void roundTrip(Transport &t, const QString &onDisk)
    {
        const QByteArray first = "#!ipxe\necho first\n";
        const QByteArray second = randomBytes(300000); // several hundred TFTP blocks
        TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), first);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(read(onDisk), first);
        r = uploadBytes(t, QStringLiteral("menu.ipxe"), second);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(read(onDisk), second);
        QByteArray digest;
        r = t.sha256(QStringLiteral("menu.ipxe"), &digest);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(digest, QCryptographicHash::hash(second, QCryptographicHash::Sha256));
        QByteArray data;
        r = t.fetch(QStringLiteral("nothing-here.ipxe"), &data);
        QVERIFY2(r.error == TransferError::NotFound, qPrintable(r.message));
        // No temporary or set-aside file is left in the folder.
        const QStringList left = QDir(QFileInfo(onDisk).path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(left.contains(QStringLiteral("menu.ipxe")));
        for (const QString &name : left)
            QVERIFY2(!name.startsWith(QLatin1Char('.')) && !name.contains(QLatin1String("bootlace")), qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error = m_tftp.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_dav.start(QStringLiteral("publisher"), m_davPassword);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_ssh.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_sshReadOnly.start(true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void tftpRoundTrip()
    {
        CurlTransport t(tftpTarget(m_tftp.port()), {});
        QVERIFY(!t.atomicUpload());
        roundTrip(t, m_tftp.root() + QStringLiteral("/menu.ipxe"));
    }

    void tftpLossyAndDuplicating()
    {
        // Every 7th packet is lost and every 5th arrives twice, both ways.
        LossyUdpRelay relay(m_tftp.port(), 7, 5);
        CurlTransport t(tftpTarget(relay.port()), {});
        const QByteArray data = randomBytes(24 * CurlTransport::TftpBlockSize + 17);
        TransferResult r = runOffThread([&] { return uploadBytes(t, QStringLiteral("lossy-menu.ipxe"), data); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(read(m_tftp.root() + QStringLiteral("/lossy-menu.ipxe")), data);
        QByteArray digest;
        r = runOffThread([&] { return t.sha256(QStringLiteral("lossy-menu.ipxe"), &digest); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(digest, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        QVERIFY(relay.dropped() >= 5);
        QVERIFY(relay.duplicated() >= 5);
    }

    void tftpPermissionDenied()
    {
        // The server runs as nobody; this folder belongs to root.
        QVERIFY(QDir().mkpath(m_tftp.root() + QStringLiteral("/ro")));
        QFile::setPermissions(m_tftp.root() + QStringLiteral("/ro"), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
        CurlTransport t(tftpTarget(m_tftp.port()), {});
        const TransferResult r = uploadBytes(t, QStringLiteral("ro/menu.ipxe"), "x");
        QVERIFY2(r.error == TransferError::PermissionDenied, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("permission denied")), qPrintable(r.message));
    }

    void tftpServerDown()
    {
        CurlTransport t(tftpTarget(freePort(true)), {});
        t.setTimeout(3);
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), "x");
        QVERIFY2(r.error == TransferError::ServerDown, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("no answer from the TFTP server")), qPrintable(r.message));
    }

    void webdavRoundTrip()
    {
        CurlTransport t(davTarget(m_dav.port()), m_davPassword);
        QVERIFY(t.atomicUpload());
        roundTrip(t, m_dav.root() + QStringLiteral("/ipxe/menu.ipxe"));
    }

    void webdavWrongPassword()
    {
        QVERIFY(QDir().mkpath(m_dav.root() + QStringLiteral("/auth")));
        CurlTransport t(davTarget(m_dav.port(), QStringLiteral("auth/")), QStringLiteral("wrong-pw-123"));
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), "x");
        QVERIFY2(r.error == TransferError::AuthFailed, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("HTTP 401")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1String("wrong-pw-123")));
        QVERIFY(!QFile::exists(m_dav.root() + QStringLiteral("/auth/menu.ipxe")));
    }

    void webdavPermissionDenied()
    {
        CurlTransport t(davTarget(m_dav.port(), QStringLiteral("ro/")), m_davPassword);
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), "x");
        QVERIFY2(r.error == TransferError::PermissionDenied, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("HTTP 403")), qPrintable(r.message));
    }

    void webdavServerDown()
    {
        CurlTransport t(davTarget(freePort()), m_davPassword);
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), "x");
        QVERIFY2(r.error == TransferError::ServerDown, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("server is down")), qPrintable(r.message));
        QVERIFY(!r.message.contains(m_davPassword));
    }

    // TLS is always verified: a certificate nobody vouches for is refused, with no way around.
    void webdavUntrustedCertificateIsRefused()
    {
        WebDavServer https;
        const QString error = https.start(QStringLiteral("publisher"), m_davPassword, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PublishTarget target = davTarget(https.port());
        target.location = https.url() + QStringLiteral("ipxe/");
        CurlTransport t(target, m_davPassword);
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), "x");
        QVERIFY2(r.error == TransferError::AuthFailed, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("identity could not be verified")), qPrintable(r.message));
        QVERIFY(!r.message.contains(m_davPassword));
        QVERIFY(!QFile::exists(https.root() + QStringLiteral("/ipxe/menu.ipxe")));
    }

    void webdavConnectionCutKeepsOldMenu()
    {
        CurlTransport direct(davTarget(m_dav.port(), QStringLiteral("cut/")), m_davPassword);
        QVERIFY(uploadBytes(direct, QStringLiteral("menu.ipxe"), "old menu\n").ok());
        CuttingTcpRelay relay(m_dav.port(), 512 * 1024);
        CurlTransport t(davTarget(relay.port(), QStringLiteral("cut/")), m_davPassword);
        const QByteArray big = randomBytes(4 << 20);
        const TransferResult r = runOffThread([&] { return uploadBytes(t, QStringLiteral("menu.ipxe"), big); });
        QVERIFY(relay.cut());
        QVERIFY2(r.error == TransferError::ConnectionCut, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("connection broke")), qPrintable(r.message));
        QCOMPARE(read(m_dav.root() + QStringLiteral("/cut/menu.ipxe")), QByteArray("old menu\n"));
    }

    void sftpRoundTripWithKeyAndMode()
    {
        CurlTransport t(sftpTarget(m_ssh), {});
        QVERIFY(t.atomicUpload());
        roundTrip(t, m_ssh.root() + QStringLiteral("/boot/menu.ipxe"));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(m_ssh.root() + QStringLiteral("/boot/menu.ipxe")).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0640);
    }

    void sftpWrongPassword()
    {
        PublishTarget target = sftpTarget(m_ssh);
        target.sshKeyFile.clear();
        CurlTransport t(target, QStringLiteral("not-the-password"));
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), "x");
        QVERIFY2(r.error == TransferError::AuthFailed, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("refused the user name")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1String("not-the-password")));
    }

    void sftpUnknownHostKeyIsRefused()
    {
        PublishTarget target = sftpTarget(m_ssh);
        QTemporaryDir dir;
        target.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(QFile(target.knownHostsFile).open(QIODevice::WriteOnly));
        CurlTransport t(target, {});
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), "x");
        QVERIFY2(r.error == TransferError::AuthFailed, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("identity")), qPrintable(r.message));
    }

    void sftpPermissionDeniedKeepsOldMenu()
    {
        QVERIFY(QDir().mkpath(m_sshReadOnly.root() + QStringLiteral("/boot")));
        QVERIFY(QFile(m_sshReadOnly.root() + QStringLiteral("/boot/menu.ipxe")).open(QIODevice::WriteOnly));
        CurlTransport t(sftpTarget(m_sshReadOnly), {});
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), "new");
        QVERIFY2(r.error == TransferError::PermissionDenied, qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("permission denied")), qPrintable(r.message));
        QVERIFY(QFile::exists(m_sshReadOnly.root() + QStringLiteral("/boot/menu.ipxe")));
    }

    // A tiny tmpfs is a full disk: the upload fails, the old menu stays.
    void diskFullKeepsOldMenu_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sftp") << QStringLiteral("sftp");
        QTest::newRow("webdav") << QStringLiteral("webdav");
    }
    void diskFullKeepsOldMenu()
    {
        QFETCH(QString, kind);
        const bool sftp = kind == QLatin1String("sftp");
        const QString dir = (sftp ? m_ssh.root() : m_dav.root()) + QStringLiteral("/full");
        QVERIFY(QDir().mkpath(dir));
        TinyTmpfs fs(dir, 256 * 1024);
        QVERIFY2(fs.error.isEmpty(), qPrintable(fs.error));
        if (!sftp)
            QVERIFY(::chown(QFile::encodeName(dir).constData(), 65534, 65534) == 0);
        PublishTarget target = sftp ? sftpTarget(m_ssh) : davTarget(m_dav.port(), QStringLiteral("full/"));
        if (sftp)
            target.location = QStringLiteral("sftp://127.0.0.1:%1").arg(m_ssh.port()) + dir + QLatin1Char('/');
        CurlTransport t(target, sftp ? QString() : m_davPassword);
        QVERIFY(uploadBytes(t, QStringLiteral("menu.ipxe"), "old menu\n").ok());
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), randomBytes(1 << 20));
        if (sftp) {
            QVERIFY2(r.error == TransferError::DiskFull, qPrintable(r.message));
            QVERIFY2(r.message.contains(QLatin1String("disk is full")), qPrintable(r.message));
        } else {
            // nginx answers a full disk with a bare 500; the text names the likely cause.
            QVERIFY2(r.message.contains(QLatin1String("HTTP 500")) && r.message.contains(QLatin1String("full disk")),
                     qPrintable(r.message));
        }
        QCOMPARE(read(dir + QStringLiteral("/menu.ipxe")), QByteArray("old menu\n"));
    }

    void sftpServerDown()
    {
        CurlTransport t(sftpTarget(m_ssh, freePort()), {});
        const TransferResult r = uploadBytes(t, QStringLiteral("menu.ipxe"), "x");
        QVERIFY2(r.error == TransferError::ServerDown, qPrintable(r.message));
    }

    void sftpConnectionCutKeepsOldMenu()
    {
        CurlTransport direct(sftpTarget(m_ssh), {});
        QVERIFY(uploadBytes(direct, QStringLiteral("cutmenu.ipxe"), "old menu\n").ok());
        CuttingTcpRelay relay(m_ssh.port(), 1 << 20);
        PublishTarget target = sftpTarget(m_ssh, relay.port());
        // known_hosts names the server by its port; the relay has another one.
        QTemporaryDir dir;
        target.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        QByteArray hosts = read(m_ssh.knownHosts());
        hosts.replace(QByteArray::number(m_ssh.port()), QByteArray::number(relay.port()));
        QFile kh(target.knownHostsFile);
        QVERIFY(kh.open(QIODevice::WriteOnly));
        kh.write(hosts);
        kh.close();
        CurlTransport t(target, {});
        t.setTimeout(10);
        const QByteArray big = randomBytes(8 << 20);
        const TransferResult r = runOffThread([&] { return uploadBytes(t, QStringLiteral("cutmenu.ipxe"), big); });
        QVERIFY(relay.cut());
        QVERIFY2(r.error == TransferError::ConnectionCut, qPrintable(r.message));
        QCOMPARE(read(m_ssh.root() + QStringLiteral("/boot/cutmenu.ipxe")), QByteArray("old menu\n"));
    }
};

QTEST_GUILESS_MAIN(CurlTransportTest)
#include "curltransport_test.moc"
