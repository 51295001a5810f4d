#pragma once

#include "publish/transport.h"

namespace Bootlace {

// Publishes into a local or mounted directory (a TFTP root or a web root): each file is written
// to a temporary file beside its final name, flushed to disk with fsync and renamed over the old
// file, so readers see either the old or the new file, never a partial one.
class DirectoryTransport final : public Transport
{
public:
    DirectoryTransport(const QString &root, int fileMode);

    TransferResult upload(const QString &remoteName, QIODevice *source, qint64 size) override;
    TransferResult download(const QString &remoteName, QIODevice *sink) override;
    bool atomicUpload() const override { return true; }

private:
    QString m_root;
    int m_fileMode;
};

} // namespace Bootlace
