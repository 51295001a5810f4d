#include "model/atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Bootlace {

QString AtomicFile::write(const QString &fileName, const QByteArray &data)
{
    QSaveFile f(fileName);
    // Unbuffered: QFileDevice's buffered flush accepts a short write silently (seen with
    // RLIMIT_FSIZE on Qt 6.4), so every write is checked here instead.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QCoreApplication::translate("Bootlace::AtomicFile", "cannot write %1: %2").arg(fileName, f.errorString());
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = f.write(data.constData() + written, data.size() - written);
        if (n <= 0) {
            const QString reason = f.errorString();
            f.cancelWriting();
            return QCoreApplication::translate("Bootlace::AtomicFile", "cannot write %1: %2 (the previous file was kept)")
                .arg(fileName, reason.isEmpty() ? QCoreApplication::translate("Bootlace::AtomicFile", "the disk is full or the file is too large") : reason);
        }
        written += n;
    }
    if (!f.commit())
        return QCoreApplication::translate("Bootlace::AtomicFile", "cannot save %1: %2 (the previous file was kept)").arg(fileName, f.errorString());
    return {};
}

} // namespace Bootlace
