#include "support/publishservers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkDatagram>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <pwd.h>
#include <unistd.h>

namespace Bootlace::Test {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions perms = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return perms ? f.setPermissions(perms) : true;
}

// Whether something listens on 127.0.0.1:port (TCP) or is bound to it (UDP), from /proc.
bool portBound(quint16 port, bool udp)
{
    QFile f(udp ? QStringLiteral("/proc/net/udp") : QStringLiteral("/proc/net/tcp"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray needle = QByteArrayLiteral(":") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields.at(1).endsWith(needle) && (udp || fields.at(3) == "0A"))
            return true;
    }
    return false;
}

QByteArray run(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return p.readAllStandardOutput();
}

bool chownNobody(const QString &path)
{
    const passwd *pw = getpwnam("nobody");
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

quint16 freePort(bool udp)
{
    if (udp) {
        QUdpSocket s;
        s.bind(QHostAddress::LocalHost, 0);
        return s.localPort();
    }
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

ServerProcess::~ServerProcess()
{
    stop();
}

void ServerProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QString ServerProcess::launch(const QString &program, const QStringList &args, const QString &package, bool udp)
{
    if (!QFileInfo(program).isExecutable())
        return program + QStringLiteral(" is missing: install the Debian package ") + package
            + QStringLiteral(" (scripts/install-deps.sh --test)");
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->start(program, args);
    if (!m_process->waitForStarted(5000))
        return program + QStringLiteral(" did not start: ") + m_process->errorString();
    QDeadlineTimer deadline(10000);
    while (!portBound(m_port, udp)) {
        if (m_process->state() == QProcess::NotRunning)
            return program + QStringLiteral(" exited at once (code %1)").arg(m_process->exitCode());
        if (deadline.hasExpired())
            return program + QStringLiteral(" is not listening on port %1 after 10 s").arg(m_port);
        QTest::qWait(20);
    }
    return {};
}

QString TftpServer::start()
{
    if (!m_dir.isValid() || !QDir().mkpath(root()))
        return QStringLiteral("no temporary directory");
    QFile::setPermissions(dir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                     | QFileDevice::ReadOther | QFileDevice::ExeOther);
    if (!chownNobody(root()))
        return QStringLiteral("cannot hand the TFTP root to user nobody");
    m_port = freePort(true);
    // -p: plain file permissions decide (tftpd-hpa otherwise wants world-writable files).
    return launch(QStringLiteral("/usr/sbin/in.tftpd"),
                  // -T: retransmit after 0.2 s so the lossy-relay test recovers quickly.
                  {QStringLiteral("-L"), QStringLiteral("--create"), QStringLiteral("-p"), QStringLiteral("-T"),
                   QStringLiteral("200000"), QStringLiteral("-u"),
                   QStringLiteral("nobody"), QStringLiteral("-s"), root(), QStringLiteral("-a"),
                   QStringLiteral("127.0.0.1:%1").arg(m_port)},
                  QStringLiteral("tftpd-hpa"), true);
}

QString WebDavServer::start(const QString &user, const QString &password, bool tls)
{
    m_tls = tls;
    if (!m_dir.isValid() || !QDir().mkpath(root()) || !QDir().mkpath(root() + QStringLiteral("/ro")))
        return QStringLiteral("no temporary directory");
    const QFileDevice::Permissions open755 = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
    QFile::setPermissions(dir(), open755);
    QDir().mkpath(dir() + QStringLiteral("/tmp"));
    if (!chownNobody(root()) || !chownNobody(root() + QStringLiteral("/ro")) || !chownNobody(dir() + QStringLiteral("/tmp")))
        return QStringLiteral("cannot hand the WebDAV root to user nobody");
    QString error;
    if (!QFileInfo(QStringLiteral("/usr/bin/openssl")).isExecutable())
        return QStringLiteral("/usr/bin/openssl is missing: install the Debian package openssl");
    const QByteArray hash = run(QStringLiteral("/usr/bin/openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), password},
                                &error)
                                .trimmed();
    if (hash.isEmpty())
        return error;
    if (!writeFile(dir() + QStringLiteral("/htpasswd"), user.toUtf8() + ':' + hash + '\n',
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup))
        return QStringLiteral("cannot write htpasswd");
    m_port = freePort();
    const QString d = dir();
    QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    if (tls) {
        run(QStringLiteral("/usr/bin/openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), d + QStringLiteral("/tls.key"),
             QStringLiteral("-out"), d + QStringLiteral("/tls.crt")},
            &error);
        if (!error.isEmpty())
            return error;
        listen += QStringLiteral(" ssl;\n        ssl_certificate %1/tls.crt;\n        ssl_certificate_key %1/tls.key").arg(d);
    }
    const QString conf = QStringLiteral(R"(daemon off;
user nobody nogroup;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log info;
events { worker_connections 64; }
http {
    access_log %1/access.log;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    client_max_body_size 0;
    server {
        listen %2;
        root %3;
        auth_basic "Bootlace test";
        auth_basic_user_file %1/htpasswd;
        location / {
            dav_methods PUT DELETE MKCOL MOVE;
            create_full_put_path on;
            dav_access user:rw group:r all:r;
        }
        location /ro/ {
            limit_except GET HEAD { deny all; }
        }
        # Stores what is PUT, but answers a GET with another file: a stale cache or a
        # tampering proxy, for the verify step to catch.
        location /tamper/ {
            dav_methods PUT DELETE MOVE;
            create_full_put_path on;
            if ($request_method = GET) {
                rewrite ^/tamper/(.*)$ /tampered/$1 break;
            }
        }
    }
}
)")
                             .arg(d, listen, root());
    if (!writeFile(d + QStringLiteral("/nginx.conf"), conf.toUtf8()))
        return QStringLiteral("cannot write nginx.conf");
    return launch(QStringLiteral("/usr/sbin/nginx"),
                  {QStringLiteral("-p"), d, QStringLiteral("-e"), d + QStringLiteral("/error.log"), QStringLiteral("-c"),
                   d + QStringLiteral("/nginx.conf")},
                  QStringLiteral("nginx"), false);
}

QString WebDavServer::url() const
{
    return (m_tls ? QStringLiteral("https") : QStringLiteral("http")) + QStringLiteral("://127.0.0.1:%1/").arg(m_port);
}

QString SshServer::user() const
{
    const passwd *pw = getpwuid(::getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QString SshServer::start(bool readOnly)
{
    if (!m_dir.isValid() || !QDir().mkpath(root()))
        return QStringLiteral("no temporary directory");
    const QString sshd = QStringLiteral("/usr/sbin/sshd");
    if (!QFileInfo(sshd).isExecutable())
        return QStringLiteral("/usr/sbin/sshd is missing: install the Debian package openssh-server");
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        return QStringLiteral("ssh-keygen is missing: install the Debian package openssh-client");
    QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
    QString error;
    for (const QString &key : {QStringLiteral("host_key"), QStringLiteral("client_key")}) {
        run(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                     QStringLiteral("-C"), QStringLiteral("bootlace-test"), QStringLiteral("-f"), dir() + QLatin1Char('/') + key},
            &error);
        if (!error.isEmpty())
            return error;
    }
    QFile clientPub(clientKey() + QStringLiteral(".pub"));
    QFile hostPub(dir() + QStringLiteral("/host_key.pub"));
    if (!clientPub.open(QIODevice::ReadOnly) || !hostPub.open(QIODevice::ReadOnly))
        return QStringLiteral("ssh-keygen wrote no public keys");
    m_port = freePort();
    const QList<QByteArray> hostKey = hostPub.readAll().trimmed().split(' ');
    writeFile(dir() + QStringLiteral("/authorized_keys"), clientPub.readAll());
    writeFile(knownHosts(), "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + hostKey.value(0) + ' ' + hostKey.value(1) + '\n');
    const QString conf = QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\nPidFile %2/sshd.pid\n"
                                        "AuthorizedKeysFile %2/authorized_keys\nStrictModes no\nUsePAM no\n"
                                        "PermitRootLogin yes\nPasswordAuthentication yes\nKbdInteractiveAuthentication no\n"
                                        "LogLevel ERROR\nSubsystem sftp internal-sftp%3\n")
                             .arg(m_port)
                             .arg(dir(), readOnly ? QStringLiteral(" -R") : QString());
    writeFile(dir() + QStringLiteral("/sshd_config"), conf.toUtf8());
    return launch(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), dir() + QStringLiteral("/sshd_config")},
                  QStringLiteral("openssh-server"), false);
}

LossyUdpRelay::LossyUdpRelay(quint16 serverPort, int dropEvery, int duplicateEvery, QObject *parent)
    : QObject(parent)
    , m_front(new QUdpSocket(this))
    , m_serverPort(serverPort)
    , m_dropEvery(dropEvery)
    , m_duplicateEvery(duplicateEvery)
{
    m_front->bind(QHostAddress::LocalHost, 0);
    connect(m_front, &QUdpSocket::readyRead, this, &LossyUdpRelay::fromClient);
}

LossyUdpRelay::~LossyUdpRelay()
{
    qDeleteAll(m_sessions);
}

quint16 LossyUdpRelay::port() const
{
    return m_front->localPort();
}

bool LossyUdpRelay::pass(QUdpSocket *socket, const QByteArray &data, const QHostAddress &to, quint16 port)
{
    // Requests pass untouched: a duplicated request would start a second transfer at the server,
    // and the relay cannot tell the client which of the two it is talking to.
    const bool request = data.size() >= 2 && data.at(0) == 0 && (data.at(1) == 1 || data.at(1) == 2);
    if (request) {
        socket->writeDatagram(data, to, port);
        return true;
    }
    ++m_count;
    if (m_dropEvery > 0 && m_count % m_dropEvery == 0) {
        ++m_dropped;
        return false;
    }
    socket->writeDatagram(data, to, port);
    if (m_duplicateEvery > 0 && m_count % m_duplicateEvery == 0) {
        ++m_duplicated;
        socket->writeDatagram(data, to, port);
    }
    return true;
}

void LossyUdpRelay::fromClient()
{
    while (m_front->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_front->receiveDatagram();
        const quint16 clientPort = quint16(d.senderPort());
        Session *session = m_sessions.value(clientPort);
        if (!session) {
            session = new Session;
            session->back = new QUdpSocket(this);
            session->back->bind(QHostAddress::LocalHost, 0);
            session->client = d.senderAddress();
            session->clientPort = clientPort;
            connect(session->back, &QUdpSocket::readyRead, this, [this, session] { fromServer(session); });
            m_sessions.insert(clientPort, session);
        }
        pass(session->back, d.data(), QHostAddress::LocalHost,
             session->transferPort ? session->transferPort : m_serverPort);
    }
}

void LossyUdpRelay::fromServer(Session *session)
{
    while (session->back->hasPendingDatagrams()) {
        const QNetworkDatagram d = session->back->receiveDatagram();
        session->transferPort = quint16(d.senderPort());
        pass(m_front, d.data(), session->client, session->clientPort);
    }
}

CuttingTcpRelay::CuttingTcpRelay(quint16 serverPort, qint64 cutAfter, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_serverPort(serverPort)
    , m_cutAfter(cutAfter)
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto *sent = new qint64(0);
            connect(client, &QObject::destroyed, this, [sent] { delete sent; });
            upstream->connectToHost(QHostAddress::LocalHost, m_serverPort);
            auto closeBoth = [client, upstream] {
                upstream->abort();
                client->abort();
                client->deleteLater();
            };
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, sent, closeBoth] {
                QByteArray data = client->readAll();
                if (*sent + data.size() >= m_cutAfter) {
                    upstream->write(data.left(m_cutAfter - *sent));
                    upstream->flush();
                    m_cut = true;
                    closeBoth();
                    return;
                }
                *sent += data.size();
                upstream->write(data);
            });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, closeBoth);
            connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
        }
    });
}

quint16 CuttingTcpRelay::port() const
{
    return m_server->serverPort();
}

} // namespace Bootlace::Test
