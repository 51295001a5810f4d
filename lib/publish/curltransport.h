#pragma once

#include "publish/transport.h"

typedef void CURL;

namespace Bootlace {

// Publishes over the network with libcurl: TFTP (blksize and tsize negotiated), HTTP PUT with
// WebDAV MOVE (basic auth, TLS always verified) and SFTP (key, agent or password; the server's
// host key is checked against a known_hosts file). WebDAV uploads to a temporary name and MOVEs
// it over the old file (Overwrite: T); SFTP uploads to a temporary name and renames it (OpenSSH
// refuses to rename over an existing file, so the old file is first renamed aside and put back
// if the final rename fails); TFTP writes in place and relies on the verify step.
class CurlTransport final : public Transport
{
public:
    // A block of 1468 bytes fills one Ethernet frame: larger blocks fragment on real networks.
    static constexpr int TftpBlockSize = 1468;

    CurlTransport(const PublishTarget &target, const QString &password);
    ~CurlTransport() override;

    TransferResult upload(const QString &remoteName, QIODevice *source, qint64 size) override;
    TransferResult download(const QString &remoteName, QIODevice *sink) override;
    bool atomicUpload() const override { return m_target.kind != PublishTarget::Kind::Tftp; }

private:
    struct Transfer;
    QByteArray urlFor(const QString &remoteName) const;
    QString remotePath(const QString &remoteName) const; // SFTP: absolute path on the server
    CURL *newHandle(const QByteArray &url, Transfer *transfer) const;
    // verb: a translated template, %1 the remote file, %2 the target name, %3 the reason.
    TransferResult perform(CURL *curl, Transfer *transfer, const QString &verb, const QString &remoteName);
    TransferResult simpleRequest(const QByteArray &url, const QByteArray &method, const QList<QByteArray> &headers,
                                 const QList<QByteArray> &quote, const QString &verb, const QString &remoteName);
    QString scrub(QString text) const;
    qint64 sftpFreeBytes(const QString &folder); // -1 if unknown

    PublishTarget m_target;
    QString m_password;
};

} // namespace Bootlace
