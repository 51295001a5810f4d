#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace Bootlace::Test {

// Real servers for the publish tests, each bound to 127.0.0.1 on a free high port with its files
// in a temporary directory, and always stopped: the destructor kills the process. start()
// returns an empty string or why it failed, including which Debian package to install when the
// server program is missing (a test then fails with that message instead of skipping).

// A free port on 127.0.0.1 (TCP or UDP), found by binding port 0.
quint16 freePort(bool udp = false);

class ServerProcess
{
public:
    virtual ~ServerProcess();
    quint16 port() const { return m_port; }
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }
    QString dir() const { return m_dir.path(); }
    void stop();
    bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }

protected:
    QString launch(const QString &program, const QStringList &args, const QString &package, bool udp);
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

// tftpd-hpa: `in.tftpd -L --create -s <root>` as user nobody (root() is owned by nobody).
class TftpServer final : public ServerProcess
{
public:
    QString start();
};

// nginx with WebDAV (PUT, DELETE, MOVE) and basic auth for user/password; /ro/ refuses writes;
// /tamper/X stores uploads but answers GET with /tampered/X.
class WebDavServer final : public ServerProcess
{
public:
    // tls: HTTPS with a throwaway self-signed certificate that no client trusts.
    QString start(const QString &user, const QString &password, bool tls = false);
    QString url() const; // http(s)://127.0.0.1:<port>/

private:
    bool m_tls = false;
};

// OpenSSH's sshd with a throwaway host key and a throwaway client key (for the current user);
// readOnly makes its SFTP subsystem refuse every change.
class SshServer final : public ServerProcess
{
public:
    QString start(bool readOnly = false);
    QString clientKey() const { return dir() + QStringLiteral("/client_key"); }
    QString knownHosts() const { return dir() + QStringLiteral("/known_hosts"); }
    QString user() const;
};

// A UDP relay between a TFTP client and server that loses and duplicates packets on purpose:
// it drops every dropEvery-th packet and sends every duplicateEvery-th packet twice (0: never).
// It follows TFTP's transfer ids: the server answers from a new port, the client only ever
// sees the relay's port.
class LossyUdpRelay final : public QObject
{
    Q_OBJECT

public:
    LossyUdpRelay(quint16 serverPort, int dropEvery, int duplicateEvery, QObject *parent = nullptr);
    ~LossyUdpRelay() override;
    quint16 port() const;
    int dropped() const { return m_dropped; }
    int duplicated() const { return m_duplicated; }

private:
    // One client socket (one curl transfer) talks to the server through its own socket, so a
    // late packet of an earlier transfer never reaches a later one.
    struct Session
    {
        QUdpSocket *back = nullptr;
        QHostAddress client;
        quint16 clientPort = 0;
        quint16 transferPort = 0;
    };
    void fromClient();
    void fromServer(Session *session);
    bool pass(QUdpSocket *socket, const QByteArray &data, const QHostAddress &to, quint16 port);

    QUdpSocket *m_front;
    QHash<quint16, Session *> m_sessions;
    quint16 m_serverPort;
    int m_dropEvery;
    int m_duplicateEvery;
    int m_count = 0;
    int m_dropped = 0;
    int m_duplicated = 0;
};

// A TCP relay that cuts both connections once cutAfter bytes went from client to server: a
// connection lost in the middle of an upload.
class CuttingTcpRelay final : public QObject
{
    Q_OBJECT

public:
    CuttingTcpRelay(quint16 serverPort, qint64 cutAfter, QObject *parent = nullptr);
    quint16 port() const;
    bool cut() const { return m_cut; }

private:
    QTcpServer *m_server;
    quint16 m_serverPort;
    qint64 m_cutAfter;
    bool m_cut = false;
};

} // namespace Bootlace::Test
