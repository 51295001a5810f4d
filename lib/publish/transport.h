#pragma once

#include "publish/publishtarget.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace Bootlace {

// What went wrong in a transfer, so the UI and the CLI can say it plainly and act on it.
enum class TransferError {
    None,
    ServerDown,       // nothing answered at the address
    AuthFailed,       // wrong user name, password or key; or the server's identity is unknown
    PermissionDenied, // the server refused to write or read there
    DiskFull,         // no space (or a size limit) on the server
    ConnectionCut,    // the connection broke in the middle of a transfer
    NotFound,         // the file does not exist (reading only)
    Cancelled,        // the user stopped it
    VerifyFailed,     // the file read back differs from what was written
    Other,
};

// The outcome of one transport call: an error kind and a translated message that names the
// file and the target but never a password.
struct TransferResult final
{
    TransferError error = TransferError::None;
    QString message;

    bool ok() const { return error == TransferError::None; }
    static TransferResult failure(TransferError error, const QString &message) { return {error, message}; }
};

// Moves files to and from one publish target. Calls block and are meant for a worker thread;
// one Transport is used by one thread at a time. Every call streams: nothing is held in memory
// beyond a buffer. upload() is atomic where the protocol allows it (temporary name, then
// rename or MOVE), so a failed upload leaves the previous file in place; TFTP cannot rename and
// writes in place.
class Transport
{
public:
    // Called with bytes done and total (total 0 if unknown); a set cancel flag stops the call.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    virtual ~Transport() = default;

    // Uploads `size` bytes from source (already open) as remoteName (a relative path with "/").
    virtual TransferResult upload(const QString &remoteName, QIODevice *source, qint64 size) = 0;
    // Streams remoteName into sink (already open); NotFound when it does not exist.
    virtual TransferResult download(const QString &remoteName, QIODevice *sink) = 0;
    // Whether upload() replaces the file atomically.
    virtual bool atomicUpload() const = 0;

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Seconds without progress (or to connect) before a transfer is given up.
    void setTimeout(int seconds) { m_timeoutSecs = seconds; }

    // Downloads remoteName and returns its SHA-256; NotFound when it does not exist.
    TransferResult sha256(const QString &remoteName, QByteArray *digest);
    // Downloads a small file (at most maxBytes) into memory: the dry run diffs menus this way.
    TransferResult fetch(const QString &remoteName, QByteArray *data, qint64 maxBytes = 16 << 20);

    // A transport for target; password is the password or key passphrase (may be empty);
    // projectDir resolves a relative directory target.
    static std::unique_ptr<Transport> create(const PublishTarget &target, const QString &password,
                                             const QString &projectDir);

    // The temporary name an atomic upload writes first, beside the final file.
    static QString temporaryName(const QString &remoteName);

protected:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void reportProgress(qint64 done, qint64 total) const
    {
        if (m_progress)
            m_progress(done, total);
    }
    int timeoutSecs() const { return m_timeoutSecs; }

private:
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_timeoutSecs = 30;
};

} // namespace Bootlace
