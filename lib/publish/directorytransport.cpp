#include "publish/directorytransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIODevice>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bootlace {

namespace {

constexpr qint64 kChunk = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Bootlace::DirectoryTransport", text);
}

enum class Op { CreateFolder, Write, Replace, Read };

// Whole sentences per operation so translators never glue a verb into a sentence. Written with
// QCoreApplication::translate and the class context (lupdate gives tr() here the context
// "Bootlace", which the running app would never look up).
TransferResult errnoResult(int error, Op op, const QString &path)
{
    const QString cause = QString::fromLocal8Bit(std::strerror(error));
    const char *ctx = "Bootlace::DirectoryTransport";
    switch (error) {
    case EACCES:
    case EPERM:
    case EROFS: {
        const char *text = op == Op::CreateFolder ? QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "Permission denied: cannot create the folder %1 (%2).")
            : op == Op::Write   ? QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "Permission denied: cannot write %1 (%2).")
            : op == Op::Replace ? QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "Permission denied: cannot replace %1 (%2).")
                                : QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "Permission denied: cannot read %1 (%2).");
        return TransferResult::failure(TransferError::PermissionDenied,
                                       QCoreApplication::translate(ctx, text).arg(path, cause));
    }
    case ENOSPC:
    case EDQUOT:
    case EFBIG: {
        const char *text = op == Op::CreateFolder ? QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "The disk is full: cannot create the folder %1 (%2).")
            : op == Op::Write   ? QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "The disk is full: cannot write %1 (%2).")
            : op == Op::Replace ? QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "The disk is full: cannot replace %1 (%2).")
                                : QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "The disk is full: cannot read %1 (%2).");
        return TransferResult::failure(TransferError::DiskFull, QCoreApplication::translate(ctx, text).arg(path, cause));
    }
    case ENOENT:
        return TransferResult::failure(TransferError::NotFound,
                                       QCoreApplication::translate(ctx, "%1 does not exist.").arg(path));
    default: {
        const char *text = op == Op::CreateFolder ? QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "Cannot create the folder %1: %2.")
            : op == Op::Write   ? QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "Cannot write %1: %2.")
            : op == Op::Replace ? QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "Cannot replace %1: %2.")
                                : QT_TRANSLATE_NOOP("Bootlace::DirectoryTransport", "Cannot read %1: %2.");
        return TransferResult::failure(TransferError::Other, QCoreApplication::translate(ctx, text).arg(path, cause));
    }
    }
}

// fsync on the directory makes the rename itself durable.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

DirectoryTransport::DirectoryTransport(const QString &root, int fileMode)
    : m_root(root)
    , m_fileMode(fileMode)
{
}

TransferResult DirectoryTransport::upload(const QString &remoteName, QIODevice *source, qint64 size)
{
    const QString finalPath = QDir(m_root).filePath(remoteName);
    const QString tempPath = QDir(m_root).filePath(temporaryName(remoteName));
    const QString dir = QFileInfo(finalPath).absolutePath();
    // The folder itself is created on the first publish, but only inside an existing parent: a
    // missing parent usually means a share that is not mounted, and writing there would hide that.
    const QFileInfo rootInfo(m_root);
    if (!rootInfo.exists() && QFileInfo(rootInfo.absolutePath()).isDir())
        QDir().mkpath(m_root);
    if (!QDir(m_root).exists())
        return TransferResult::failure(TransferError::NotFound,
                                       tr("The folder %1 does not exist (is the share mounted?).").arg(m_root));
    if (!QDir().mkpath(dir))
        return errnoResult(errno ? errno : EACCES, Op::CreateFolder, dir);

    const QByteArray tempName = QFile::encodeName(tempPath);
    ::unlink(tempName.constData()); // a leftover from an interrupted publish
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errnoResult(errno, Op::Write, finalPath);
    auto failAndClean = [&](const TransferResult &result) {
        ::close(fd);
        ::unlink(tempName.constData());
        return result;
    };

    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    reportProgress(0, size);
    while (true) {
        if (cancelled())
            return failAndClean(TransferResult::failure(TransferError::Cancelled, tr("Cancelled.")));
        const qint64 n = source->read(buffer.data(), kChunk);
        if (n < 0)
            return failAndClean(TransferResult::failure(
                TransferError::Other, tr("Cannot read the file to publish: %1.").arg(source->errorString())));
        if (n == 0)
            break;
        qint64 written = 0;
        while (written < n) {
            const ssize_t w = ::write(fd, buffer.constData() + written, size_t(n - written));
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                return failAndClean(errnoResult(errno, Op::Write, finalPath));
            }
            written += w;
        }
        done += n;
        reportProgress(done, size);
    }
    if (::fchmod(fd, mode_t(m_fileMode)) != 0 || ::fsync(fd) != 0)
        return failAndClean(errnoResult(errno, Op::Write, finalPath));
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        return errnoResult(error, Op::Write, finalPath);
    }
    if (::rename(tempName.constData(), QFile::encodeName(finalPath).constData()) != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        return errnoResult(error, Op::Replace, finalPath);
    }
    syncDirectory(dir);
    return {};
}

TransferResult DirectoryTransport::download(const QString &remoteName, QIODevice *sink)
{
    const QString path = QDir(m_root).filePath(remoteName);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errnoResult(errno, Op::Read, path);
    struct stat st = {};
    const qint64 total = ::fstat(fd, &st) == 0 ? qint64(st.st_size) : 0;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    while (true) {
        if (cancelled()) {
            ::close(fd);
            return TransferResult::failure(TransferError::Cancelled, tr("Cancelled."));
        }
        const ssize_t n = ::read(fd, buffer.data(), size_t(kChunk));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return errnoResult(error, Op::Read, path);
        }
        if (n == 0)
            break;
        if (sink->write(buffer.constData(), n) != n) {
            ::close(fd);
            return TransferResult::failure(TransferError::Other, tr("%1 is too large to read back.").arg(path));
        }
        done += n;
        reportProgress(done, total);
    }
    ::close(fd);
    return {};
}

} // namespace Bootlace
