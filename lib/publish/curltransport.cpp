#include "publish/curltransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QLocale>
#include <QUrl>

#include <curl/curl.h>

#include <mutex>

namespace Bootlace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bootlace::CurlTransport", text);
}

// Owns a curl_slist.
struct SList
{
    curl_slist *list = nullptr;
    ~SList() { curl_slist_free_all(list); }
    void append(const QByteArray &line) { list = curl_slist_append(list, line.constData()); }
};

QByteArray quoted(const QString &path)
{
    // libcurl's SFTP quote commands read "double-quoted" paths with \" and \\ escapes.
    QByteArray p = path.toUtf8();
    p.replace('\\', "\\\\");
    p.replace('"', "\\\"");
    return '"' + p + '"';
}

} // namespace

struct CurlTransport::Transfer
{
    const CurlTransport *self = nullptr;
    QIODevice *source = nullptr;
    QIODevice *sink = nullptr;
    qint64 total = 0;
    bool upload = false;
    bool sinkFailed = false;
    QByteArray headers; // also where libcurl reports the result of an SFTP statvfs
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

CurlTransport::CurlTransport(const PublishTarget &target, const QString &password)
    : m_target(target)
    , m_password(password)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CurlTransport::~CurlTransport() = default;

QByteArray CurlTransport::urlFor(const QString &remoteName) const
{
    QUrl url = m_target.folderUrl();
    url.setPath(url.path() + remoteName);
    return url.toEncoded();
}

QString CurlTransport::remotePath(const QString &remoteName) const
{
    return m_target.folderUrl().path() + remoteName;
}

QString CurlTransport::scrub(QString text) const
{
    if (!m_password.isEmpty())
        text.replace(m_password, QStringLiteral("***"));
    return text;
}

CURL *CurlTransport::newHandle(const QByteArray &url, Transfer *transfer) const
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return nullptr;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, transfer->errorBuffer);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Bootlace/" BOOTLACE_VERSION_STRING);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(timeoutSecs()));
    // A stalled transfer (a cut cable, a dead server) ends after the timeout instead of hanging.
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(timeoutSecs()));
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, transfer);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION,
                     +[](void *p, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow) -> int {
                         auto *t = static_cast<Transfer *>(p);
                         if (t->self->cancelled())
                             return 1;
                         if (t->upload)
                             t->self->reportProgress(ulnow, ultotal ? ultotal : t->total);
                         else
                             t->self->reportProgress(dlnow, dltotal);
                         return 0;
                     });
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, transfer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, +[](char *data, size_t size, size_t n, void *p) -> size_t {
        auto *t = static_cast<Transfer *>(p);
        if (!t->sink)
            return size * n; // a response body nobody needs (a MOVE's status page)
        if (t->sink->write(data, qint64(size * n)) != qint64(size * n)) {
            t->sinkFailed = true;
            return 0;
        }
        return size * n;
    });
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, +[](char *data, size_t size, size_t n, void *p) -> size_t {
        auto *t = static_cast<Transfer *>(p);
        if (t->headers.size() < 64 * 1024)
            t->headers.append(data, qsizetype(size * n));
        return size * n;
    });
    curl_easy_setopt(curl, CURLOPT_READDATA, transfer);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, +[](char *buffer, size_t size, size_t n, void *p) -> size_t {
        auto *t = static_cast<Transfer *>(p);
        const qint64 got = t->source ? t->source->read(buffer, qint64(size * n)) : 0;
        return got < 0 ? CURL_READFUNC_ABORT : size_t(got);
    });

    switch (m_target.kind) {
    case PublishTarget::Kind::Tftp:
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "tftp");
        curl_easy_setopt(curl, CURLOPT_TFTP_BLKSIZE, long(TftpBlockSize));
        // libcurl derives the retransmission interval it asks the server for (the "timeout"
        // option) from the connect timeout: 5 s gives the classic 1 s, so a lost packet costs
        // a second instead of five.
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(std::min(timeoutSecs(), 5)));
        break;
    case PublishTarget::Kind::WebDav:
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
        // TLS peers are always verified against the system's CA store; there is no switch.
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!m_target.username.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
            curl_easy_setopt(curl, CURLOPT_USERNAME, m_target.username.toUtf8().constData());
            curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.toUtf8().constData());
        }
        break;
    case PublishTarget::Kind::Sftp: {
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "sftp");
        if (!m_target.username.isEmpty())
            curl_easy_setopt(curl, CURLOPT_USERNAME, m_target.username.toUtf8().constData());
        const QString knownHosts = m_target.knownHostsFile.isEmpty()
            ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
            : m_target.knownHostsFile;
        // Without a key callback libcurl rejects a host that is missing from or differs in
        // known_hosts: the server's identity is always checked.
        curl_easy_setopt(curl, CURLOPT_SSH_KNOWNHOSTS, QFile::encodeName(knownHosts).constData());
        if (!m_target.sshKeyFile.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_SSH_AUTH_TYPES, long(CURLSSH_AUTH_PUBLICKEY));
            curl_easy_setopt(curl, CURLOPT_SSH_PRIVATE_KEYFILE, QFile::encodeName(m_target.sshKeyFile).constData());
            const QString pub = m_target.sshKeyFile + QStringLiteral(".pub");
            // An empty public key file lets libssh2 derive it from the private key.
            curl_easy_setopt(curl, CURLOPT_SSH_PUBLIC_KEYFILE,
                             QFile::exists(pub) ? QFile::encodeName(pub).constData() : "");
            if (!m_password.isEmpty())
                curl_easy_setopt(curl, CURLOPT_KEYPASSWD, m_password.toUtf8().constData());
        } else if (!m_password.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_SSH_AUTH_TYPES, long(CURLSSH_AUTH_PASSWORD | CURLSSH_AUTH_KEYBOARD));
            curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.toUtf8().constData());
        } else {
            curl_easy_setopt(curl, CURLOPT_SSH_AUTH_TYPES, long(CURLSSH_AUTH_AGENT));
        }
        break;
    }
    case PublishTarget::Kind::Directory:
        break;
    }
    return curl;
}

TransferResult CurlTransport::perform(CURL *curl, Transfer *transfer, const QString &verb, const QString &remoteName)
{
    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_off_t moved = 0;
    curl_easy_getinfo(curl, transfer->upload ? CURLINFO_SIZE_UPLOAD_T : CURLINFO_SIZE_DOWNLOAD_T, &moved);
    curl_easy_cleanup(curl);

    const bool http = m_target.kind == PublishTarget::Kind::WebDav;
    if (code == CURLE_OK && (!http || (status >= 200 && status < 300)))
        return {};

    const QString where = m_target.name;
    const QUrl folder = m_target.folderUrl();
    const QString host = folder.port() > 0 ? folder.host() + QLatin1Char(':') + QString::number(folder.port())
                                           : folder.host();
    QString detail = scrub(QString::fromUtf8(transfer->errorBuffer).trimmed());
    // libcurl leaves this harmless note about TFTP's unconnected UDP socket in the error buffer.
    if (detail.startsWith(QLatin1String("getpeername()")))
        detail.clear();
    const QString curlText = detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail;
    auto fail = [&](TransferError e, const QString &text) {
        return TransferResult::failure(e, verb.arg(remoteName, where, text));
    };

    if (code == CURLE_OK && http) {
        switch (status) {
        case 401:
            return fail(TransferError::AuthFailed,
                        tr("the server refused the user name or password (HTTP 401)."));
        case 403:
        case 405:
            return fail(TransferError::PermissionDenied,
                        tr("permission denied by the server (HTTP %1).").arg(status));
        case 404:
            return fail(TransferError::NotFound, tr("the file does not exist (HTTP 404)."));
        case 409:
            return fail(TransferError::PermissionDenied,
                        tr("the server cannot create the folder (HTTP 409)."));
        case 413:
        case 507:
            return fail(TransferError::DiskFull, tr("the server has no room for the file (HTTP %1).").arg(status));
        case 500:
            return fail(TransferError::Other,
                        tr("the server could not store the file (HTTP 500). A full disk or a folder the server "
                           "may not write to are the usual causes; its error log says which."));
        default:
            return fail(TransferError::Other, tr("the server answered HTTP %1.").arg(status));
        }
    }
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        return TransferResult::failure(TransferError::Cancelled, tr("Cancelled."));
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return fail(TransferError::ServerDown, tr("cannot connect to %1: the server is down or unreachable (%2).")
                                                   .arg(host, curlText));
    case CURLE_LOGIN_DENIED:
        return fail(TransferError::AuthFailed, tr("the server refused the user name, password or key (%1).").arg(curlText));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        return fail(TransferError::AuthFailed,
                    tr("the server's identity could not be verified (%1). Check its certificate or host key.")
                        .arg(curlText));
    case CURLE_TFTP_ILLEGAL:
        // tftpd-hpa answers a write it may not do (no --create, a folder it cannot write) this way.
        return fail(TransferError::PermissionDenied,
                    tr("permission denied: the TFTP server refused the request (%1). Is the folder writable for "
                       "the server, and does it allow creating files (tftpd-hpa --create)?")
                        .arg(curlText));
    case CURLE_REMOTE_ACCESS_DENIED:
    case CURLE_TFTP_PERM:
        return fail(TransferError::PermissionDenied, tr("permission denied by the server (%1).").arg(curlText));
    case CURLE_REMOTE_DISK_FULL:
        return fail(TransferError::DiskFull, tr("the server's disk is full (%1).").arg(curlText));
    case CURLE_TFTP_NOTFOUND:
    case CURLE_REMOTE_FILE_NOT_FOUND:
        if (transfer->upload)
            return fail(TransferError::NotFound, m_target.kind == PublishTarget::Kind::Tftp
                            ? tr("the folder does not exist on the server (TFTP cannot create folders).")
                            : tr("the folder does not exist on the server."));
        return fail(TransferError::NotFound, tr("the file does not exist."));
    case CURLE_HTTP_RETURNED_ERROR:
        if (status == 404)
            return fail(TransferError::NotFound, tr("the file does not exist (HTTP 404)."));
        if (status == 401)
            return fail(TransferError::AuthFailed, tr("the server refused the user name or password (HTTP 401)."));
        if (status == 403)
            return fail(TransferError::PermissionDenied, tr("permission denied by the server (HTTP 403)."));
        return fail(TransferError::Other, tr("the server answered HTTP %1.").arg(status));
    case CURLE_WRITE_ERROR:
        if (transfer->sinkFailed)
            return fail(TransferError::Other, tr("the file is too large to read back."));
        break;
    case CURLE_OPERATION_TIMEDOUT:
        if (m_target.kind == PublishTarget::Kind::Tftp && moved == 0)
            return fail(TransferError::ServerDown,
                        tr("no answer from the TFTP server %1: it is down or a firewall drops the packets.").arg(host));
        return fail(TransferError::ConnectionCut,
                    QCoreApplication::translate("Bootlace::CurlTransport",
                                                "the transfer stalled and was given up after %n second(s) (%1).",
                                                nullptr, timeoutSecs())
                        .arg(curlText));
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
    case CURLE_UPLOAD_FAILED:
        return fail(TransferError::ConnectionCut, tr("the connection broke during the transfer (%1).").arg(curlText));
    case CURLE_SSH:
        if (curlText.contains(QLatin1String("disconnect"), Qt::CaseInsensitive)
            || curlText.contains(QLatin1String("socket"), Qt::CaseInsensitive)
            || curlText.contains(QLatin1String("EOF"), Qt::CaseInsensitive))
            return fail(TransferError::ConnectionCut, tr("the connection broke during the transfer (%1).").arg(curlText));
        if (curlText.contains(QLatin1String("space"), Qt::CaseInsensitive))
            return fail(TransferError::DiskFull, tr("the server's disk is full (%1).").arg(curlText));
        if (moved > 0) // data was flowing when the SSH session failed
            return fail(TransferError::ConnectionCut, tr("the connection broke during the transfer (%1).").arg(curlText));
        break;
    default:
        break;
    }
    return fail(TransferError::Other, curlText + QStringLiteral(" [curl %1]").arg(int(code)));
}

TransferResult CurlTransport::simpleRequest(const QByteArray &url, const QByteArray &method,
                                            const QList<QByteArray> &headers, const QList<QByteArray> &quote,
                                            const QString &verb, const QString &remoteName)
{
    Transfer transfer;
    transfer.self = this;
    CURL *curl = newHandle(url, &transfer);
    if (!curl)
        return TransferResult::failure(TransferError::Other, tr("libcurl could not start a transfer."));
    SList headerList;
    for (const QByteArray &h : headers)
        headerList.append(h);
    SList quoteList;
    for (const QByteArray &q : quote)
        quoteList.append(q);
    if (!method.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
    if (headerList.list)
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headerList.list);
    if (quoteList.list) {
        curl_easy_setopt(curl, CURLOPT_QUOTE, quoteList.list);
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    }
    return perform(curl, &transfer, verb, remoteName);
}

qint64 CurlTransport::sftpFreeBytes(const QString &folder)
{
    // OpenSSH's SFTP (version 3) reports a full disk only as "failure"; ask the file system.
    Transfer transfer;
    transfer.self = this;
    CURL *curl = newHandle(m_target.folderUrl().toEncoded(), &transfer);
    if (!curl)
        return -1;
    SList quote;
    quote.append("statvfs " + quoted(folder));
    curl_easy_setopt(curl, CURLOPT_QUOTE, quote.list);
    curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK)
        return -1;
    qint64 avail = -1;
    qint64 fragment = -1;
    for (const QByteArray &line : transfer.headers.split('\n')) {
        const QList<QByteArray> kv = line.trimmed().split(':');
        if (kv.size() == 2 && kv.at(0) == "f_bavail")
            avail = kv.at(1).trimmed().toLongLong();
        if (kv.size() == 2 && kv.at(0) == "f_frsize")
            fragment = kv.at(1).trimmed().toLongLong();
    }
    return avail >= 0 && fragment > 0 ? avail * fragment : -1;
}

TransferResult CurlTransport::upload(const QString &remoteName, QIODevice *source, qint64 size)
{
    const bool atomic = atomicUpload();
    const QString uploadName = atomic ? temporaryName(remoteName) : remoteName;
    const QString verb = tr("Uploading %1 to %2: %3");

    if (m_target.kind == PublishTarget::Kind::WebDav && remoteName.contains(QLatin1Char('/'))) {
        // WebDAV servers only PUT into an existing collection (nginx's create_full_put_path is an
        // extension): make each parent first. "Exists" (405) and refusals are left to the PUT
        // to report, with its own clearer error.
        const QStringList parts = remoteName.split(QLatin1Char('/'));
        QString dir;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            dir += parts.at(i) + QLatin1Char('/');
            simpleRequest(urlFor(dir), "MKCOL", {}, {}, verb, remoteName);
        }
    }

    Transfer transfer;
    transfer.self = this;
    transfer.source = source;
    transfer.total = size;
    transfer.upload = true;
    CURL *curl = newHandle(urlFor(uploadName), &transfer);
    if (!curl)
        return TransferResult::failure(TransferError::Other, tr("libcurl could not start a transfer."));
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(size)); // also TFTP's tsize option
    SList postQuote;
    const QString finalPath = remotePath(remoteName);
    const QString backupPath = remotePath(remoteName) + QStringLiteral(".bootlace-old");
    if (m_target.kind == PublishTarget::Kind::Sftp) {
        curl_easy_setopt(curl, CURLOPT_FTP_CREATE_MISSING_DIRS, long(CURLFTP_CREATE_DIR));
        curl_easy_setopt(curl, CURLOPT_NEW_FILE_PERMS, long(m_target.fileMode));
        curl_easy_setopt(curl, CURLOPT_NEW_DIRECTORY_PERMS, 0755L);
        // OpenSSH's SFTP rename refuses to replace a file: move the old one aside first ("*"
        // lets a command fail, e.g. when there is no old file yet).
        postQuote.append("*rm " + quoted(backupPath));
        postQuote.append("*rename " + quoted(finalPath) + ' ' + quoted(backupPath));
        postQuote.append("rename " + quoted(remotePath(uploadName)) + ' ' + quoted(finalPath));
        postQuote.append("*rm " + quoted(backupPath));
        curl_easy_setopt(curl, CURLOPT_POSTQUOTE, postQuote.list);
    } else if (m_target.kind == PublishTarget::Kind::Tftp) {
        // TFTP has no total timeout of its own: allow a slow 64 kB/s plus twice the stall timeout.
        // libcurl derives its retransmission interval from this total.
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(2 * timeoutSecs() + size / (64 * 1024)));
    }
    TransferResult result = perform(curl, &transfer, verb, remoteName);
    if (!result.ok()) {
        if (m_target.kind == PublishTarget::Kind::Sftp && result.error != TransferError::ServerDown
            && result.error != TransferError::AuthFailed) {
            // Put the old file back if it was moved aside, and drop the partial upload.
            simpleRequest(m_target.folderUrl().toEncoded(), {}, {},
                          {"*rename " + quoted(backupPath) + ' ' + quoted(finalPath),
                           "*rm " + quoted(remotePath(uploadName))},
                          verb, remoteName);
            if (result.error == TransferError::ConnectionCut || result.error == TransferError::Other) {
                const qint64 free = sftpFreeBytes(m_target.folderUrl().path());
                if (free >= 0 && free < size)
                    result = TransferResult::failure(
                        TransferError::DiskFull,
                        tr("Uploading %1 to %2: the server's disk is full (%3 free, %4 needed).")
                            .arg(remoteName, m_target.name, QLocale::c().formattedDataSize(free),
                                 QLocale::c().formattedDataSize(size)));
            }
        } else if (m_target.kind == PublishTarget::Kind::WebDav && result.error != TransferError::ServerDown) {
            simpleRequest(urlFor(uploadName), "DELETE", {}, {}, verb, remoteName);
        }
        return result;
    }
    if (m_target.kind == PublishTarget::Kind::WebDav) {
        result = simpleRequest(urlFor(uploadName), "MOVE",
                               {"Destination: " + urlFor(remoteName), QByteArrayLiteral("Overwrite: T")}, {},
                               tr("Moving %1 into place on %2: %3"), remoteName);
        if (!result.ok())
            simpleRequest(urlFor(uploadName), "DELETE", {}, {}, verb, remoteName);
    }
    return result;
}

TransferResult CurlTransport::download(const QString &remoteName, QIODevice *sink)
{
    Transfer transfer;
    transfer.self = this;
    transfer.sink = sink;
    CURL *curl = newHandle(urlFor(remoteName), &transfer);
    if (!curl)
        return TransferResult::failure(TransferError::Other, tr("libcurl could not start a transfer."));
    // An error page must never be taken for the file's contents.
    curl_easy_setopt(curl, CURLOPT_FAILONERROR, 1L);
    if (m_target.kind == PublishTarget::Kind::Tftp)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(20 * timeoutSecs()));
    return perform(curl, &transfer, tr("Reading %1 from %2: %3"), remoteName);
}

} // namespace Bootlace
