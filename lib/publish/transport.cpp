#include "publish/transport.h"

#include "publish/curltransport.h"
#include "publish/directorytransport.h"
#include "publish/sha256.h"

#include <QFileInfo>
#include <QIODevice>

namespace Bootlace {

namespace {

// A write-only device that hashes what it is given and keeps nothing.
class HashSink final : public QIODevice
{
public:
    Sha256 hash;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        hash.add(data, len);
        return len;
    }
};

// A write-only device that keeps at most `limit` bytes and fails beyond that.
class CappedBuffer final : public QIODevice
{
public:
    explicit CappedBuffer(qint64 limit)
        : m_limit(limit)
    {
    }
    QByteArray data;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *bytes, qint64 len) override
    {
        if (data.size() + len > m_limit)
            return -1;
        data.append(bytes, len);
        return len;
    }

private:
    qint64 m_limit;
};

} // namespace

TransferResult Transport::sha256(const QString &remoteName, QByteArray *digest)
{
    HashSink sink;
    sink.open(QIODevice::WriteOnly);
    const TransferResult result = download(remoteName, &sink);
    if (result.ok())
        *digest = sink.hash.result();
    return result;
}

TransferResult Transport::fetch(const QString &remoteName, QByteArray *data, qint64 maxBytes)
{
    CappedBuffer sink(maxBytes);
    sink.open(QIODevice::WriteOnly);
    const TransferResult result = download(remoteName, &sink);
    if (result.ok())
        *data = sink.data;
    return result;
}

std::unique_ptr<Transport> Transport::create(const PublishTarget &target, const QString &password,
                                             const QString &projectDir)
{
    if (target.kind == PublishTarget::Kind::Directory)
        return std::make_unique<DirectoryTransport>(target.directoryPath(projectDir), target.fileMode);
    return std::make_unique<CurlTransport>(target, password);
}

QString Transport::temporaryName(const QString &remoteName)
{
    // Hidden, beside the final file (a rename never crosses a file system), and recognisable.
    const qsizetype slash = remoteName.lastIndexOf(QLatin1Char('/'));
    return remoteName.left(slash + 1) + QLatin1Char('.') + remoteName.mid(slash + 1)
        + QStringLiteral(".bootlace-tmp");
}

} // namespace Bootlace
