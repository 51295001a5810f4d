#pragma once

#include <QByteArray>
#include <QString>

namespace Bootlace {

// Replaces a file's contents atomically: the data goes to a temporary file beside it, which is
// renamed over the target only when every byte was written. Unlike a bare QSaveFile write, a
// short write (a full disk, a file size limit) is detected and reported instead of committing a
// truncated file, so the previous contents survive every failure.
class AtomicFile final
{
public:
    // Returns an empty string on success, otherwise a message naming the file and the cause.
    static QString write(const QString &fileName, const QByteArray &data);
};

} // namespace Bootlace
