#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Bootlace {

// One file of a publish: where it goes on the target (a relative path) and where its bytes come
// from: generated text held in memory (the menu, the bootstrap script) or a local file that is
// streamed (a mirrored artifact; see PublishSet::addExtraFile).
struct PublishFile final
{
    QString remoteName;
    QByteArray data;    // used when localPath is empty
    QString localPath;  // streamed from disk, never loaded whole
    // Content-addressed (a mirrored artifact): its name changes whenever its bytes do, so a copy
    // already on the target with the same SHA-256 is kept instead of uploaded again.
    bool immutable = false;

    bool operator==(const PublishFile &) const = default;

    bool isLocal() const { return !localPath.isEmpty(); }
    // The size and SHA-256 of the bytes; for a local file read in chunks. False if unreadable.
    bool measure(qint64 *size, QByteArray *sha256, QString *error) const;
};

using PublishFiles = QList<PublishFile>;

} // namespace Bootlace
